package dev.reportengine.templates.general;

import dev.reportengine.templates.analysis.Chapter;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.ItemKind;
import dev.reportengine.templates.analysis.SpeakerStats;
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
    out.append(name)
        .append(" spoke for ")
        .append(Durations.spoken(s.talkSeconds()))
        .append(" (")
        .append(Decimals.percent(s.share()))
        .append(" of all speech) in ")
        .append(count(s.turns(), "turn", "turns"))
        .append(" and asked ")
        .append(count(a.questions().count(), "question", "questions"))
        .append('.');
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
    a.items().ifPresent(items -> out.insert(0, headline(a, items)));
    return out.toString();
  }

  /** Words of a quoted sentence shown in the summary before it is cut with an ellipsis. */
  static final int QUOTE_WORDS = 14;

  /**
   * What a manager reads first: the first decision, the first risk and the first committed next
   * step (else the first one) with its owner and due phrase, each quoted; then the counts.
   */
  static String headline(ConversationAnalysis a, List<Item> items) {
    StringBuilder out = new StringBuilder();
    first(items, ItemKind.DECISION)
        .ifPresent(i -> out.append("Decided: \"").append(shortQuote(i)).append("\" "));
    first(items, ItemKind.RISK)
        .ifPresent(i -> out.append("Risk: \"").append(shortQuote(i)).append("\" "));
    List<Item> steps = items.stream().filter(Item::isStep).toList();
    steps.stream()
        .filter(Item::committed)
        .findFirst()
        .or(() -> steps.stream().findFirst())
        .ifPresent(
            i ->
                out.append("Next step: \"")
                    .append(shortQuote(i))
                    .append("\" (")
                    .append(i.ownerId().map(a::name).orElse("owner not named"))
                    .append(i.due().map(d -> ", due " + d).orElse(""))
                    .append(i.committed() ? "" : ", tentative")
                    .append("). "));
    long decisions = items.stream().filter(i -> i.kind() == ItemKind.DECISION).count();
    long risks = items.stream().filter(i -> i.kind() == ItemKind.RISK).count();
    out.append("In all: ")
        .append(count(decisions, "decision", "decisions"))
        .append(", ")
        .append(count(risks, "risk", "risks"))
        .append(" and ")
        .append(count(steps.size(), "next step", "next steps"))
        .append(". ");
    return out.toString();
  }

  private static java.util.Optional<Item> first(List<Item> items, ItemKind kind) {
    return items.stream().filter(i -> i.kind() == kind).findFirst();
  }

  /** The item's sentence, cut after {@value #QUOTE_WORDS} words with an ellipsis. */
  static String shortQuote(Item i) {
    String[] words = i.quote().text().split(" ");
    if (words.length <= QUOTE_WORDS) {
      return i.quote().text();
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(0, QUOTE_WORDS)) + " \u2026";
  }

  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
