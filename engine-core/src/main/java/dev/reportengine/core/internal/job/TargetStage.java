package dev.reportengine.core.internal.job;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.OnMiss;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.api.spi.TargetResolver;
import dev.reportengine.core.internal.target.DominantResolver;
import dev.reportengine.core.internal.target.EntityIdResolver;
import dev.reportengine.core.internal.target.MagicHintResolver;
import dev.reportengine.core.internal.target.TimeRangeResolver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code resolve_target} stage: runs the request's resolver, applies {@code on_miss}, and
 * describes what happened for the report's {@code raw.target}.
 *
 * <p>What the engine's own resolvers found is remembered per media instance and target (a {@link
 * MediaMemo}, like the inferred speaker names): they read nothing but the media and the target, and
 * both are immutable, so jobs on the same media object with an equal target get the same outcome
 * without resolving again. A host's resolver is run for every job (it may read anything).
 */
final class TargetStage {

  /** Media whose outcomes are remembered at most. */
  static final int MEDIA_CAPACITY = 32;

  /** Targets remembered per media at most; further ones are resolved every time. */
  static final int TARGETS_PER_MEDIA = 16;

  /** The entity chosen and the evidence of how. */
  record Outcome(Entity entity, JsonValue.JsonObject evidence) {}

  private final Map<TargetStrategy, TargetResolver> resolvers;
  private final MediaMemo<Map<TargetSpec, Outcome>> remembered = new MediaMemo<>(MEDIA_CAPACITY);

  TargetStage(Map<TargetStrategy, TargetResolver> resolvers) {
    this.resolvers = Map.copyOf(resolvers);
  }

  /**
   * The outcome of {@code target} on {@code media}, remembered per {@code source} instance when
   * only the engine's own resolvers take part.
   *
   * @param source the media as the source gave it: the identity outcomes are remembered by
   * @param media the media resolved on, derived from {@code source} alone (its inferred speaker
   *     names applied), so the same source instance always gives equal media
   */
  Outcome resolve(Media source, Media media, TargetSpec target) {
    if (!ownResolvers(target)) {
      return resolve(media, target);
    }
    Map<TargetSpec, Outcome> known = remembered.get(source);
    if (known == null) {
      known = remembered.putIfAbsent(source, new ConcurrentHashMap<>());
    }
    Outcome outcome = known.get(target);
    if (outcome == null) {
      // Resolved outside any lock: two jobs on one new media may both resolve, once each.
      outcome = resolve(media, target);
      if (known.size() < TARGETS_PER_MEDIA) {
        known.putIfAbsent(target, outcome);
      }
    }
    return outcome;
  }

  /** Whether the resolvers {@code target} may run (its own, the dominant fallback) are built in. */
  private boolean ownResolvers(TargetSpec target) {
    return builtIn(resolvers.get(target.strategy()))
        && builtIn(resolvers.get(TargetStrategy.DOMINANT));
  }

  private static boolean builtIn(TargetResolver resolver) {
    return resolver instanceof DominantResolver
        || resolver instanceof TimeRangeResolver
        || resolver instanceof EntityIdResolver
        || resolver instanceof MagicHintResolver;
  }

  /** The outcome of {@code target} on {@code media}, resolved now. */
  Outcome resolve(Media media, TargetSpec target) {
    Resolution first = resolver(target.strategy()).resolve(new ResolutionContext(media, target));
    if (first instanceof Resolution.Found found) {
      return new Outcome(found.entity(), describe(target, found, null));
    }
    Resolution.Miss miss = (Resolution.Miss) first;
    String reason = miss.reason();
    if (target.onMiss() == OnMiss.ERROR) {
      throw new StageFailure(
          ErrorCode.TARGET_NOT_FOUND,
          "target " + target.strategy().wireName() + " found nobody: " + reason);
    }
    Resolution fallback =
        resolver(TargetStrategy.DOMINANT)
            .resolve(new ResolutionContext(media, TargetSpec.dominant()));
    if (fallback instanceof Resolution.Found found) {
      return new Outcome(found.entity(), describe(target, found, miss));
    }
    throw new StageFailure(
        ErrorCode.TARGET_NOT_FOUND,
        "target "
            + target.strategy().wireName()
            + " found nobody ("
            + reason
            + ") and the dominant fallback found nobody either: "
            + ((Resolution.Miss) fallback).reason());
  }

  private TargetResolver resolver(TargetStrategy strategy) {
    TargetResolver resolver = resolvers.get(strategy);
    if (resolver == null) {
      throw new StageFailure(
          ErrorCode.INTERNAL, "no target resolver for strategy " + strategy.wireName());
    }
    return resolver;
  }

  private static JsonValue.JsonObject describe(
      TargetSpec target, Resolution.Found found, Resolution.Miss miss) {
    JsonValue.JsonObject.Builder out =
        JsonValue.JsonObject.builder()
            .put("strategy", target.strategy().wireName())
            .put("on_miss", target.onMiss().wireName());
    target.hint().ifPresent(h -> out.put("hint", h));
    out.put("entity_id", found.entity().id())
        .put("rule", found.rule())
        .put("confidence", found.confidence());
    if (miss != null) {
      out.put("fallback", "dominant")
          .put("miss_reason", miss.reason())
          .put("miss_candidates", candidates(miss.candidates()));
    }
    out.put(
        "evidence",
        JsonValue.array(
            found.evidence().stream()
                .map(
                    e -> {
                      JsonValue.JsonObject.Builder item =
                          JsonValue.JsonObject.builder().put("description", e.description());
                      e.quote().ifPresent(q -> item.put("quote", q));
                      e.atSeconds().ifPresent(t -> item.put("at_seconds", t));
                      return item.build();
                    })
                .toList()));
    out.put("candidates", candidates(found.candidates()));
    return out.build();
  }

  private static JsonValue candidates(List<Resolution.Candidate> candidates) {
    return JsonValue.array(
        candidates.stream()
            .map(
                c -> {
                  JsonValue.JsonObject.Builder item =
                      JsonValue.JsonObject.builder().put("entity_id", c.entity().id());
                  c.entity().label().ifPresent(l -> item.put("label", l));
                  return item.put("score", c.score()).put("rule", c.rule()).build();
                })
            .toList());
  }
}
