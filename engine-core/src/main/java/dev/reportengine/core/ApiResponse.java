package dev.reportengine.core;

import java.util.Objects;

/**
 * An answer of the {@link JsonApi}: an HTTP status code and a JSON body, ready for a host's HTTP
 * layer to send as it is.
 *
 * @param status the HTTP status code, such as 202 or 400
 * @param json the body, a JSON document (the literal {@code null} where the contract says so)
 */
public record ApiResponse(int status, String json) {

  /** Requires a body. */
  public ApiResponse {
    Objects.requireNonNull(json, "json");
  }
}
