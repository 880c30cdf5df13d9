package dev.reportengine.templates.general;

import dev.reportengine.templates.analysis.Chapter;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.analysis.ItemKind;
import dev.reportengine.templates.analysis.SpeakerStats;
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
    a.items()
        .ifPresent(
            items -> {
              long decisions = items.stream().filter(i -> i.kind() == ItemKind.DECISION).count();
              long actions = items.stream().filter(i -> i.kind() == ItemKind.ACTION_ITEM).count();
              out.append(" The transcript has ")
                  .append(count(decisions, "decision", "decisions"))
                  .append(" and ")
                  .append(count(actions, "action item", "action items"))
                  .append(" in its own words.");
            });
    return out.toString();
  }

  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
