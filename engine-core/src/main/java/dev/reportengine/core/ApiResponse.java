package dev.reportengine.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * An answer of the {@link JsonApi}: an HTTP status code, a content type and a body, ready for a
 * host's HTTP layer to send as it is. Almost every answer is JSON ({@link #json()}); {@code GET
 * /v1/reports/{id}.pdf} answers {@code application/pdf} bytes ({@link #body()}).
 *
 * <pre>{@code
 * ApiResponse r = engine.api().handle(method, path, body);
 * return ResponseEntity.status(r.status())
 *     .contentType(MediaType.parseMediaType(r.contentType()))
 *     .body(r.body());
 * }</pre>
 *
 * @param status the HTTP status code, such as 202 or 400
 * @param contentType the body's media type: {@value #JSON} or, for a PDF, {@code application/pdf}
 * @param body the body's bytes (for JSON, UTF-8); a copy is kept and returned
 * @param headers response headers besides the content type, to send as they are: {@code
 *     Retry-After} (seconds) on a 429
 */
public record ApiResponse(
    int status, String contentType, byte[] body, Map<String, String> headers) {

  /** The content type of JSON answers. */
  public static final String JSON = "application/json";

  /** Requires a content type and a body; copies the body and the headers. */
  public ApiResponse {
    Objects.requireNonNull(contentType, "contentType");
    body = Objects.requireNonNull(body, "body").clone();
    headers = Map.copyOf(headers);
  }

  /** An answer with no headers besides its content type. */
  public ApiResponse(int status, String contentType, byte[] body) {
    this(status, contentType, body, Map.of());
  }

  /**
   * A JSON answer.
   *
   * @param json the body, a JSON document (the literal {@code null} where the contract says so)
   */
  public ApiResponse(int status, String json) {
    this(status, JSON, Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
  }

  /** This answer with one more header. */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new ApiResponse(status, contentType, body, more);
  }

  /** A copy of the body's bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** Whether the body is JSON. */
  public boolean isJson() {
    return JSON.equals(contentType);
  }

  /**
   * The JSON body as text.
   *
   * @throws IllegalStateException naming the content type when the body is not JSON
   */
  public String json() {
    if (!isJson()) {
      throw new IllegalStateException(
          "the body is " + contentType + ", not " + JSON + "; read it with body()");
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiResponse r
        && r.status == status
        && r.contentType.equals(contentType)
        && Arrays.equals(r.body, body)
        && r.headers.equals(headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, contentType, Arrays.hashCode(body), headers);
  }

  @Override
  public String toString() {
    return "ApiResponse["
        + status
        + ", "
        + contentType
        + ", "
        + (isJson() ? json() : body.length + " bytes")
        + (headers.isEmpty() ? "" : ", " + headers)
        + "]";
  }
}
