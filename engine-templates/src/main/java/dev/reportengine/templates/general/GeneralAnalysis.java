package dev.reportengine.templates.general;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Keyword;
import dev.reportengine.templates.analysis.KeywordExtractor;
import dev.reportengine.templates.analysis.KeywordScores;
import dev.reportengine.templates.analysis.Questions;
import dev.reportengine.templates.analysis.Quotes;
import dev.reportengine.templates.analysis.SpeakerStats;
import dev.reportengine.templates.analysis.TalkTime;
import java.util.List;

/**
 * Everything the general report says, computed once from the transcript.
 *
 * @param targetName the target's display name, with the request's entity label applied
 * @param target the target's speaking statistics
 * @param participants every entity with its statistics, most talk time first
 * @param questions every question the target asked, in time order
 * @param questionLimit how many questions the report lists
 * @param keywords the target's best keywords, best first
 * @param quotes the target's notable quotes, in time order
 * @param durationSeconds the media's length
 * @param hasSpeech whether anyone spoke at all
 */
record GeneralAnalysis(
    String targetName,
    SpeakerStats target,
    List<Participant> participants,
    List<Excerpt> questions,
    int questionLimit,
    List<Keyword> keywords,
    List<Excerpt> quotes,
    double durationSeconds,
    boolean hasSpeech) {

  /**
   * One participant.
   *
   * @param name the label, or the id when there is none
   * @param stats how much it spoke
   */
  record Participant(String name, SpeakerStats stats) {}

  /** Runs every analysis the report needs with the given limits. */
  static GeneralAnalysis of(
      TemplateContext context,
      KeywordExtractor extractor,
      int keywordLimit,
      int quoteLimit,
      int questionLimit) {
    Media media = context.media();
    Entity target = context.target();
    List<SpeakerStats> stats = TalkTime.perEntity(media);
    List<Participant> participants =
        stats.stream().map(s -> new Participant(name(context, s.entityId()), s)).toList();
    SpeakerStats targetStats =
        stats.stream()
            .filter(s -> s.entityId().equals(target.id()))
            .findFirst()
            .orElse(SpeakerStats.silent(target.id()));
    KeywordScores scores = extractor.score(media, target.id());
    return new GeneralAnalysis(
        target.displayName(),
        targetStats,
        participants,
        Questions.askedBy(media, target.id()),
        questionLimit,
        scores.top(keywordLimit),
        Quotes.select(media, target.id(), scores, quoteLimit),
        media.durationSeconds(),
        !media.utterances().isEmpty());
  }

  private static String name(TemplateContext context, String entityId) {
    if (entityId.equals(context.target().id())) {
      return context.target().displayName();
    }
    return context.media().entity(entityId).map(Entity::displayName).orElse(entityId);
  }

  /** Whether the target said anything. */
  boolean targetSpoke() {
    return target.turns() > 0;
  }
}
