package dev.reportengine.core.internal.json;

import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations in the order they are found, keeping at most {@value #LIMIT} so that hostile
 * input cannot make the answer unbounded; the last one then says how many were left out.
 */
final class Violations {
  /** The most violations a list holds, the summary included. */
  static final int LIMIT = 100;

  private final List<Violation> found = new ArrayList<>();
  private int dropped;

  void add(Pointer pointer, ViolationCode code, String message) {
    if (found.size() < LIMIT) {
      found.add(new Violation(pointer.value(), code.wireName(), message));
    } else {
      dropped++;
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The violations found, capped at {@value #LIMIT}. */
  List<Violation> toList() {
    if (dropped == 0) {
      return List.copyOf(found);
    }
    List<Violation> kept = new ArrayList<>(found.subList(0, LIMIT - 1));
    kept.add(
        new Violation(
            "",
            ViolationCode.TOO_MANY_VIOLATIONS.wireName(),
            (dropped + 1)
                + " more violations were not listed; at most "
                + LIMIT
                + " are reported"));
    return List.copyOf(kept);
  }

  /** Throws an {@link InvalidRequestException} with every violation, if there is any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidRequestException(toList());
    }
  }

  /** An exception carrying one violation. */
  static InvalidRequestException single(Pointer pointer, ViolationCode code, String message) {
    Violations violations = new Violations();
    violations.add(pointer, code, message);
    return new InvalidRequestException(violations.toList());
  }
}
