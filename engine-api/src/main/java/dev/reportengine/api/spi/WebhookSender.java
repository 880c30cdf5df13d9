package dev.reportengine.api.spi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sends one webhook attempt: a single HTTP POST, no retries (the engine retries). The engine has
 * already checked the URL's scheme and every resolved address against its address policy before it
 * calls {@link #send}; a sender that can pin connections (OkHttp's {@code Dns}, Apache HttpClient's
 * {@code DnsResolver}) should connect only to {@link Request#addresses()}.
 *
 * <p>Implementations must be thread-safe. The engine calls them from its own delivery threads,
 * never from a job worker, so a slow endpoint costs a delivery thread, not a job. The default
 * sender, on {@code java.net.http.HttpClient}, is used when the host registers none.
 */
public interface WebhookSender {

  /**
   * Posts the body and returns the status code once the response headers arrive. Must not follow
   * redirects.
   *
   * @return the response's status code and {@code Retry-After} header
   * @throws IOException when no response arrived: the connection was refused or reset, or the
   *     request timed out ({@code java.net.http.HttpTimeoutException} or {@link
   *     java.net.SocketTimeoutException}); an interrupted sender throws {@link
   *     java.io.InterruptedIOException} and keeps the thread's interrupt flag set. The engine
   *     retries all of these.
   * @throws IllegalArgumentException when the request cannot be sent at all (a header this HTTP
   *     client refuses); the engine records it and does not retry
   */
  Response send(Request request) throws IOException;

  /**
   * One attempt.
   *
   * @param url the absolute http(s) URL from the request's {@code webhook.url}
   * @param headers every header to send: the caller's, {@code content-type} and the {@code
   *     webhook-*} headers
   * @param body the JSON event, UTF-8
   * @param timeout how long to wait for the response headers, connecting included
   * @param addresses the resolved addresses of the URL's host that passed the address policy, in
   *     resolution order; never empty
   */
  record Request(
      URI url,
      Map<String, String> headers,
      byte[] body,
      Duration timeout,
      List<InetAddress> addresses) {

    /** Requires every part; copies the headers, body and addresses. */
    public Request {
      Objects.requireNonNull(url, "url");
      headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
      body = Objects.requireNonNull(body, "body").clone();
      Objects.requireNonNull(timeout, "timeout");
      addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
      if (addresses.isEmpty()) {
        throw new IllegalArgumentException("addresses must not be empty for " + url);
      }
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
      return body.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Request that
          && url.equals(that.url)
          && headers.equals(that.headers)
          && Arrays.equals(body, that.body)
          && timeout.equals(that.timeout)
          && addresses.equals(that.addresses);
    }

    @Override
    public int hashCode() {
      return Objects.hash(url, headers, Arrays.hashCode(body), timeout, addresses);
    }

    @Override
    public String toString() {
      return "Request[url=" + url + ", " + body.length + " bytes, timeout=" + timeout + "]";
    }
  }

  /**
   * What came back.
   *
   * @param statusCode the HTTP status code, 100 to 599
   * @param retryAfter the raw {@code Retry-After} header, if the response had one
   */
  record Response(int statusCode, Optional<String> retryAfter) {

    /** Requires a status code in 100..599. */
    public Response {
      if (statusCode < 100 || statusCode > 599) {
        throw new IllegalArgumentException("statusCode must be in 100..599, got " + statusCode);
      }
      Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** A response without {@code Retry-After}. */
    public static Response of(int statusCode) {
      return new Response(statusCode, Optional.empty());
    }
  }
}
