package dev.reportengine.templates.general;

import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.analysis.Keyword;
import java.util.stream.Collectors;

/** Writes the general report's one-paragraph summary from its numbers. */
final class GeneralSummary {

  private static final int TOPICS = 3;

  private GeneralSummary() {}

  static String of(GeneralAnalysis a) {
    if (!a.hasSpeech()) {
      return "The transcript contains no speech, so there is nothing to report about "
          + a.targetName()
          + ".";
    }
    if (!a.targetSpoke()) {
      long speakers = a.participants().stream().filter(p -> p.stats().turns() > 0).count();
      return a.targetName()
          + " did not speak in this conversation; "
          + count(speakers, "other participant", "other participants")
          + " did.";
    }
    StringBuilder out = new StringBuilder();
    out.append(a.targetName())
        .append(" spoke for ")
        .append(Durations.spoken(a.target().talkSeconds()))
        .append(" (")
        .append(Decimals.percent(a.target().share()))
        .append(" of all speech) in ")
        .append(count(a.target().turns(), "turn", "turns"))
        .append(" and asked ")
        .append(count(a.questions().size(), "question", "questions"))
        .append('.');
    if (!a.keywords().isEmpty()) {
      out.append(" Main topics: ")
          .append(
              a.keywords().stream()
                  .limit(TOPICS)
                  .map(Keyword::term)
                  .collect(Collectors.joining(", ")))
          .append('.');
    }
    return out.toString();
  }

  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
