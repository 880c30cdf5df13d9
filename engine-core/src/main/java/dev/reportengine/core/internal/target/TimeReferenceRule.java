package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.spi.Resolution.Evidence;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rule (f): a time in the hint ("whoever spoke at 12:30", "at minute 5") names the person speaking
 * then. People whose turns contain that instant share 0.95 in proportion to the length of those
 * turns, so the one holding the floor beats a short "yeah" over it. When nobody speaks then, the
 * nearest turn within the window (5 s by default) scores 0.75 minus 0.04 per second away. A
 * recognised time is conclusive: nobody near it is a miss.
 */
final class TimeReferenceRule implements HintRule {

  static final double INSIDE = 0.95;
  static final double NEAR = 0.75;
  static final double PER_SECOND = 0.04;

  private final double windowSeconds;

  TimeReferenceRule(double windowSeconds) {
    this.windowSeconds = windowSeconds;
  }

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    Optional<TimeExpressions.Found> found = TimeExpressions.find(hint.original());
    if (found.isEmpty()) {
      return RuleResult.none();
    }
    double at = found.get().seconds();
    String when = TimeExpressions.clock(at);
    Map<String, Double> inside = new LinkedHashMap<>();
    Map<String, Turn> longest = new LinkedHashMap<>();
    for (Turn t : conversation.personTurns()) {
      if (t.utterance().startSeconds() <= at && at <= t.utterance().endSeconds()) {
        inside.merge(t.speaker().id(), t.utterance().durationSeconds(), Double::sum);
        longest.merge(
            t.speaker().id(),
            t,
            (a, b) -> b.utterance().durationSeconds() > a.utterance().durationSeconds() ? b : a);
      }
    }
    if (!inside.isEmpty()) {
      double all = inside.values().stream().mapToDouble(Double::doubleValue).sum();
      List<Scored> scored = new ArrayList<>();
      for (Map.Entry<String, Double> e : inside.entrySet()) {
        Turn turn = longest.get(e.getKey());
        double share = all > 0 ? e.getValue() / all : 1.0 / inside.size();
        scored.add(score(turn.speaker(), INSIDE * share, turn.evidence("speaking at " + when)));
      }
      return RuleResult.conclusive(scored, "time_reference: " + found.get().text());
    }
    Map<String, Scored> nearest = new LinkedHashMap<>();
    for (Turn t : conversation.personTurns()) {
      double gap = Math.max(t.utterance().startSeconds() - at, at - t.utterance().endSeconds());
      if (gap <= windowSeconds) {
        Scored s =
            score(
                t.speaker(),
                NEAR - PER_SECOND * gap,
                t.evidence(
                    "speaking "
                        + String.format(Locale.ROOT, "%.1f", gap)
                        + " s from "
                        + when
                        + ", nobody speaks at "
                        + when));
        nearest.merge(t.speaker().id(), s, (a, b) -> b.score() > a.score() ? b : a);
      }
    }
    return RuleResult.conclusive(
        List.copyOf(nearest.values()),
        "time_reference: nobody speaks within "
            + windowSeconds
            + " s of "
            + when
            + " (the media lasts "
            + TimeExpressions.clock(conversation.media().durationSeconds())
            + ")");
  }

  private static Scored score(Entity who, double score, Evidence evidence) {
    return new Scored(who, Math.max(0, score), "time_reference", List.of(evidence));
  }
}
