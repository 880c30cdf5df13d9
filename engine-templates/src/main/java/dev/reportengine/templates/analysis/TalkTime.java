package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Talk time, share, words and turns per entity. A turn is a maximal run of consecutive utterances
 * (in time order) by the same entity; overlapping speech counts for each speaker.
 */
public final class TalkTime {

  private TalkTime() {}

  /**
   * Statistics for every entity of {@code media}, including those who never spoke, ordered by talk
   * time (most first), then by id.
   */
  public static List<SpeakerStats> perEntity(Media media) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (Entity entity : media.entities()) {
      tallies.put(entity.id(), new Tally());
    }
    String previous = null;
    double total = 0;
    for (Utterance u : media.utterances()) {
      Tally tally = tallies.get(u.entityId());
      tally.seconds += u.durationSeconds();
      tally.words += Tokens.wordCount(u.text());
      if (!u.entityId().equals(previous)) {
        tally.turns++;
      }
      previous = u.entityId();
      total += u.durationSeconds();
    }
    List<SpeakerStats> stats = new ArrayList<>();
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      double share = total > 0 ? t.seconds / total : 0;
      stats.add(new SpeakerStats(e.getKey(), t.seconds, share, t.words, t.turns));
    }
    stats.sort(
        Comparator.comparingDouble(SpeakerStats::talkSeconds)
            .reversed()
            .thenComparing(SpeakerStats::entityId));
    return List.copyOf(stats);
  }

  /** The statistics of one entity; all zero when it is not in the media or never spoke. */
  public static SpeakerStats of(Media media, String entityId) {
    return perEntity(media).stream()
        .filter(s -> s.entityId().equals(entityId))
        .findFirst()
        .orElse(SpeakerStats.silent(entityId));
  }

  private static final class Tally {
    private double seconds;
    private int words;
    private int turns;
  }
}
