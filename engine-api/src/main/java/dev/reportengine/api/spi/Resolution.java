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
   * @param candidates every entity the resolver weighed, best first; may be empty
   */
  record Found(
      Entity entity,
      double confidence,
      String rule,
      List<Evidence> evidence,
      List<Candidate> candidates)
      implements Resolution {
    /** Requires all parts and a confidence in 0..1. */
    public Found {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(rule, "rule");
      evidence = List.copyOf(evidence);
      candidates = List.copyOf(candidates);
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence must be in 0..1, got " + confidence);
      }
    }

    /** A resolution that reports no candidates besides the entity found. */
    public Found(Entity entity, double confidence, String rule, List<Evidence> evidence) {
      this(entity, confidence, rule, evidence, List.of());
    }
  }

  /**
   * Nobody matched.
   *
   * @param reason for people: what was looked for and what was there
   * @param candidates the entities that were weighed and fell short, best first; may be empty
   */
  record Miss(String reason, List<Candidate> candidates) implements Resolution {
    /** Requires a reason. */
    public Miss {
      Objects.requireNonNull(reason, "reason");
      candidates = List.copyOf(candidates);
    }

    /** A miss with a reason and no candidates. */
    public Miss(String reason) {
      this(reason, List.of());
    }
  }

  /**
   * An entity a resolver weighed, with its score under one rule.
   *
   * @param entity the entity
   * @param score its score in 0..1 under {@code rule}
   * @param rule the rule that scored it, such as {@code self_introduction}
   */
  record Candidate(Entity entity, double score, String rule) {
    /** Requires all parts and a score in 0..1. */
    public Candidate {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(rule, "rule");
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("score must be in 0..1, got " + score);
      }
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
