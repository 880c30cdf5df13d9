package dev.reportengine.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Java-side options of one submit that the wire contract has no field for.
 *
 * <pre>{@code
 * engine.submit(request, SubmitOptions.defaults().withTimeout(Duration.ofSeconds(20)));
 * }</pre>
 *
 * @param timeout the job's deadline counted from the submit; empty for {@link
 *     EngineLimits#jobTimeout()}
 */
public record SubmitOptions(Optional<Duration> timeout) {

  /** Requires a positive timeout when one is given. */
  public SubmitOptions {
    Objects.requireNonNull(timeout, "timeout");
    timeout.ifPresent(
        t -> {
          if (t.isNegative() || t.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + t);
          }
        });
  }

  /** The engine's defaults. */
  public static SubmitOptions defaults() {
    return new SubmitOptions(Optional.empty());
  }

  /** A copy with a deadline of {@code value} from the submit. */
  public SubmitOptions withTimeout(Duration value) {
    return new SubmitOptions(Optional.of(value));
  }
}
