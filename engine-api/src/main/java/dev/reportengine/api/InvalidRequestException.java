package dev.reportengine.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request was rejected at submit; {@link #violations()} lists every reason, not just the first.
 */
public final class InvalidRequestException extends ReportEngineException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /** Requires at least one violation. */
  public InvalidRequestException(List<Violation> violations) {
    super(ErrorCode.INVALID_REQUEST, describe(violations));
    this.violations = List.copyOf(violations);
  }

  /** Every violation, in request order. */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid request needs at least one violation");
    }
    return violations.size()
        + (violations.size() == 1 ? " violation: " : " violations: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
