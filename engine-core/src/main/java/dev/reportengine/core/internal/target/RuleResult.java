package dev.reportengine.core.internal.target;

import java.util.List;
import java.util.Optional;

/**
 * What one hint rule found.
 *
 * @param scored the entities it scored, best first (see {@link Scored#BEST_FIRST})
 * @param conclusive whether the hint is of this rule's kind (a time, an ordinal), so that later
 *     rules must not reinterpret it even when this rule found nobody
 * @param note for people: what the rule looked for when it found nobody or hit a limit
 */
record RuleResult(List<Scored> scored, boolean conclusive, Optional<String> note) {

  RuleResult {
    scored = scored.stream().filter(s -> s.score() > 0).sorted(Scored.BEST_FIRST).toList();
  }

  /** The rule does not apply to this hint. */
  static RuleResult none() {
    return new RuleResult(List.of(), false, Optional.empty());
  }

  /** The rule applies and scored these entities. */
  static RuleResult of(List<Scored> scored) {
    return new RuleResult(scored, false, Optional.empty());
  }

  /** The hint is of this rule's kind: the cascade stops here. */
  static RuleResult conclusive(List<Scored> scored, String note) {
    return new RuleResult(scored, true, Optional.of(note));
  }
}
