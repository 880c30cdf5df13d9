package dev.reportengine.api;

import java.util.Map;
import java.util.Objects;

/**
 * Where to notify when the job ends ({@code webhook}). The URL is kept as the caller wrote it; the
 * engine checks at submit that it is an absolute http(s) URI.
 *
 * @param url {@code url}
 * @param headers {@code headers}, sent with the notification
 */
public record Webhook(String url, Map<String, String> headers) {

  /** Requires a URL; copies the headers. */
  public Webhook {
    Objects.requireNonNull(url, "url");
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
  }
}
