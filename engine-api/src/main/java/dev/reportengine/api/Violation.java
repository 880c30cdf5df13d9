package dev.reportengine.api;

import java.util.Objects;

/**
 * One way a request breaks the contract.
 *
 * @param pointer where, as a JSON Pointer into the request body such as {@code /target/hint}; a
 *     missing field is reported at the pointer it would have had
 * @param code a stable code such as {@code required}, {@code unknown_field} or {@code enum}
 * @param message for people: what is wrong and what is accepted
 */
public record Violation(String pointer, String code, String message) {

  /** Requires all parts. */
  public Violation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + message + " [" + code + "]";
  }
}
