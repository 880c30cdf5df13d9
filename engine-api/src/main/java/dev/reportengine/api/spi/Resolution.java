package dev.reportengine.api.spi;

import dev.reportengine.api.media.Entity;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** The answer of a {@link TargetResolver}: the entity found, or a miss with its reason. */
public sealed interface Resolution permits Resolution.Found, Resolution.Miss {

  /**
   * The target was found.
   *
   * @param entity the entity
   * @param confidence how sure the resolver is, in 0..1 (1 for exact rules)
   * @param rule which rule decided, such as {@code most_speaking_time} or {@code exact_label}
   * @param evidence why, in order of weight
   */
  record Found(Entity entity, double confidence, String rule, List<Evidence> evidence)
      implements Resolution {
    /** Requires all parts and a confidence in 0..1. */
    public Found {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(rule, "rule");
      evidence = List.copyOf(evidence);
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence must be in 0..1, got " + confidence);
      }
    }
  }

  /**
   * Nobody matched.
   *
   * @param reason for people: what was looked for and what was there
   */
  record Miss(String reason) implements Resolution {
    /** Requires a reason. */
    public Miss {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * One piece of evidence for a resolution.
   *
   * @param description what was observed, such as {@code 412.5 s of speech, 48% of all}
   * @param quote the words that show it, when there are any
   * @param atSeconds where in the media, when it has a place
   */
  record Evidence(String description, java.util.Optional<String> quote, OptionalDouble atSeconds) {
    /** Requires all parts. */
    public Evidence {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(quote, "quote");
      Objects.requireNonNull(atSeconds, "atSeconds");
    }

    /** Evidence with only a description. */
    public static Evidence of(String description) {
      return new Evidence(description, java.util.Optional.empty(), OptionalDouble.empty());
    }
  }
}
