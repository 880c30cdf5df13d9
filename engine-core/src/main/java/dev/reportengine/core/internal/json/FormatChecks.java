package dev.reportengine.core.internal.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Checks of strings with a format: ISO-8601 instants and absolute URIs. */
final class FormatChecks {
  private FormatChecks() {}

  /** An ISO-8601 instant such as {@code 2024-05-01T12:00:00Z}. */
  static Optional<Instant> instant(FieldChecks checks, JsonNode node, Pointer pointer) {
    return checks
        .string(node, pointer)
        .flatMap(
            text -> {
              try {
                return Optional.of(Instant.parse(text));
              } catch (DateTimeParseException e) {
                checks.add(
                    pointer,
                    ViolationCode.FORMAT,
                    checks.name(pointer)
                        + " must be an ISO-8601 instant such as 2024-05-01T12:00:00Z, got "
                        + Texts.quote(text));
                return Optional.empty();
              }
            });
  }

  /** An absolute URI (JSON Schema {@code format: uri}). */
  static Optional<URI> absoluteUri(FieldChecks checks, JsonNode node, Pointer pointer) {
    return checks
        .string(node, pointer)
        .flatMap(
            text -> {
              try {
                URI uri = new URI(text);
                if (uri.isAbsolute()) {
                  return Optional.of(uri);
                }
                checks.add(
                    pointer,
                    ViolationCode.FORMAT,
                    checks.name(pointer)
                        + " must be an absolute URI such as https://example.com/hook, got "
                        + Texts.quote(text));
              } catch (URISyntaxException e) {
                checks.add(
                    pointer,
                    ViolationCode.FORMAT,
                    checks.name(pointer) + " is not a valid URI: " + Texts.shorten(e.getMessage()));
              }
              return Optional.empty();
            });
  }
}
