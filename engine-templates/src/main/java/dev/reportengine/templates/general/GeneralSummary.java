package dev.reportengine.templates.general;

import static dev.reportengine.templates.layout.MetricText.count;

import dev.reportengine.templates.analysis.Chapter;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.ItemKind;
import dev.reportengine.templates.analysis.SpeakerStats;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the general report's one-to-three-sentence summary from its computed facts. */
final class GeneralSummary {

  private GeneralSummary() {}

  static String of(ConversationAnalysis a) {
    String name = a.target().displayName();
    if (a.media().utterances().isEmpty()) {
      return "The transcript contains no speech, so there is nothing to report about " + name + ".";
    }
    SpeakerStats s = a.targetStats();
    if (s.turns() == 0) {
      long speakers = a.speakers().stream().filter(p -> p.turns() > 0).count();
      return name
          + " did not speak in this conversation; "
          + count(speakers, "other participant", "other participants")
          + " did.";
    }
    StringBuilder out = new StringBuilder();
    a.items().ifPresent(items -> out.append(headline(a, items)));
    out.append(name)
        .append(" spoke for ")
        .append(Durations.spoken(s.talkSeconds()))
        .append(" (")
        .append(Decimals.percent(s.share()))
        .append(" of all speech) in ")
        .append(count(s.turns(), "turn", "turns"))
        .append(" and asked ")
        .append(count(a.questions().count(), "question", "questions"));
    a.items()
        .ifPresent(
            items -> {
              long decisions = items.stream().filter(i -> i.kind() == ItemKind.DECISION).count();
              long risks = items.stream().filter(i -> i.kind() == ItemKind.RISK).count();
              long steps = items.stream().filter(Item::isStep).count();
              out.append("; the call has ")
                  .append(count(decisions, "decision", "decisions"))
                  .append(", ")
                  .append(count(risks, "risk", "risks"))
                  .append(" and ")
                  .append(count(steps, "next step", "next steps"));
            });
    out.append('.');
    if (a.chapters().size() > 1) {
      out.append(" The conversation falls into ")
          .append(a.chapters().size())
          .append(" chapters, starting with ")
          .append(
              a.chapters().stream()
                  .limit(2)
                  .map(Chapter::label)
                  .filter(l -> !l.isEmpty())
                  .map(l -> String.join(", ", l))
                  .collect(Collectors.joining("; then ")))
          .append('.');
    }
    return out.toString();
  }

  /** Words of a quoted sentence shown in the summary before it is cut with an ellipsis. */
  static final int QUOTE_WORDS = 14;

  /**
   * What a manager reads first, in one sentence: the first decision, the first risk and the first
   * committed next step (else the first one) with its owner and due phrase, each quoted; empty when
   * the call has none of them.
   */
  static String headline(ConversationAnalysis a, List<Item> items) {
    List<String> parts = new ArrayList<>();
    first(items, ItemKind.DECISION).ifPresent(i -> parts.add("decided \"" + shortQuote(i) + "\""));
    first(items, ItemKind.RISK).ifPresent(i -> parts.add("risk \"" + shortQuote(i) + "\""));
    List<Item> steps = items.stream().filter(Item::isStep).toList();
    steps.stream()
        .filter(Item::committed)
        .findFirst()
        .or(() -> steps.stream().findFirst())
        .ifPresent(
            i ->
                parts.add(
                    "next step \""
                        + shortQuote(i)
                        + "\" ("
                        + i.ownerId().map(a::name).orElse("owner not named")
                        + i.due().map(d -> ", due " + d).orElse("")
                        + (i.committed() ? "" : ", tentative")
                        + ")"));
    if (parts.isEmpty()) {
      return "";
    }
    String joined = String.join("; ", parts);
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ". ";
  }

  private static java.util.Optional<Item> first(List<Item> items, ItemKind kind) {
    return items.stream().filter(i -> i.kind() == kind).findFirst();
  }

  /** The item's sentence, cut after {@value #QUOTE_WORDS} words with an ellipsis. */
  static String shortQuote(Item i) {
    String[] words = i.quote().quoted().split(" ");
    if (words.length <= QUOTE_WORDS) {
      return i.quote().quoted();
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(0, QUOTE_WORDS)) + " \u2026";
  }
}
