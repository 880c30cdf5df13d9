package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.List;
import java.util.Optional;

/**
 * How the conversation flowed around the target.
 *
 * <ul>
 *   <li>patience: the mean gap, in seconds, between the end of another speaker's turn and the start
 *       of the target's turn that follows it (overlaps count as 0);
 *   <li>interactivity: speaker switches between consecutive turns per minute of media;
 *   <li>interruptions: the target's non-back-channel utterances that start more than {@value
 *       #OVERLAP_SECONDS} s before another speaker's utterance ends, and the same by others into
 *       the target's speech;
 *   <li>back-channels: the target's back-channel utterances (only with lexicons).
 * </ul>
 *
 * @param patienceSeconds the mean gap; 0 when the target never followed someone else
 * @param responses how many of the target's turns followed another speaker's turn
 * @param switchesPerMinute speaker switches per minute
 * @param interruptionsMade the target cutting in
 * @param interruptionsReceived others cutting into the target
 * @param backchannels the target's back-channels; empty without lexicons
 */
public record Dynamics(
    double patienceSeconds,
    int responses,
    double switchesPerMinute,
    int interruptionsMade,
    int interruptionsReceived,
    Optional<Integer> backchannels) {

  /** The overlap above which starting to speak counts as an interruption. */
  public static final double OVERLAP_SECONDS = 0.5;

  /** Computes the dynamics of {@code entityId} in {@code media}. */
  public static Dynamics of(
      Media media, List<Turn> turns, String entityId, Optional<Lexicon> backchannels) {
    double gaps = 0;
    int responses = 0;
    int switches = 0;
    for (int i = 1; i < turns.size(); i++) {
      Turn previous = turns.get(i - 1);
      Turn turn = turns.get(i);
      if (!previous.entityId().equals(turn.entityId())) {
        switches++;
        if (turn.entityId().equals(entityId)) {
          gaps += Math.max(0, turn.startSeconds() - previous.endSeconds());
          responses++;
        }
      }
    }
    int made = 0;
    int received = 0;
    int backchannelCount = 0;
    Utterance lastOther = null;
    Utterance lastTarget = null;
    for (Utterance u : media.utterances()) {
      boolean backchannel = Turns.isBackchannel(u, backchannels);
      boolean isTarget = u.entityId().equals(entityId);
      if (isTarget && backchannel) {
        backchannelCount++;
      } else if (isTarget && overlaps(u, lastOther)) {
        made++;
      } else if (!isTarget && !backchannel && overlaps(u, lastTarget)) {
        received++;
      }
      if (isTarget) {
        lastTarget = later(lastTarget, u);
      } else {
        lastOther = later(lastOther, u);
      }
    }
    double minutes = media.durationSeconds() / 60;
    int bc = backchannelCount;
    return new Dynamics(
        responses > 0 ? gaps / responses : 0,
        responses,
        minutes > 0 ? switches / minutes : 0,
        made,
        received,
        backchannels.map(l -> bc));
  }

  private static boolean overlaps(Utterance u, Utterance before) {
    return before != null && u.startSeconds() < before.endSeconds() - OVERLAP_SECONDS;
  }

  private static Utterance later(Utterance current, Utterance u) {
    return current == null || u.endSeconds() >= current.endSeconds() ? u : current;
  }
}
