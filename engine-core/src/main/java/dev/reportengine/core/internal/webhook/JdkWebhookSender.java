package dev.reportengine.core.internal.webhook;

import dev.reportengine.api.spi.WebhookSender;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default {@link WebhookSender}, on {@code java.net.http.HttpClient}: HTTP/1.1, no proxy, no
 * redirects followed, and the response body never read (the stream is closed as soon as the headers
 * arrive, so an endless body cannot hold a thread).
 *
 * <p>The client resolves the host again when it connects; {@code java.net.http} offers no way to
 * hand it the addresses the engine checked. What keeps the two lookups consistent is the JVM's
 * address cache ({@code networkaddress.cache.ttl}, 30 s by default without a security manager): the
 * client's lookup a moment after the check returns the cached, checked list. A host that sets the
 * TTL to 0, or an entry that expires between check and connect, reopens the window for DNS
 * rebinding; hosts that need a hard guarantee plug in a sender that connects to {@link
 * WebhookSender.Request#addresses()} only, or route webhooks through an egress proxy that filters
 * addresses.
 */
public final class JdkWebhookSender implements WebhookSender, AutoCloseable {

  private final ExecutorService executor;
  private final Duration connectTimeout;
  private HttpClient client;
  private boolean closed;

  /**
   * A sender with its own client and threads, both made on the first send (a client starts a
   * selector thread at once); {@link #close()} stops them.
   */
  public JdkWebhookSender(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            10,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t =
                  new Thread(
                      r, ThreadDeliveryScheduler.THREAD_PREFIX + "http-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  private synchronized HttpClient client() {
    if (closed) {
      throw new IllegalStateException("the webhook sender is closed");
    }
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .proxy(HttpClient.Builder.NO_PROXY)
              .connectTimeout(connectTimeout)
              .executor(executor)
              .build();
    }
    return client;
  }

  @Override
  public Response send(Request request) throws IOException {
    HttpRequest.Builder http =
        HttpRequest.newBuilder(request.url())
            .timeout(request.timeout())
            .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request.headers().forEach(http::header);
    try {
      HttpResponse<InputStream> response =
          client().send(http.build(), HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      return new Response(response.statusCode(), response.headers().firstValue("retry-after"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while posting to " + request.url());
    }
  }

  /**
   * Stops the sender's threads. On Java 21 and later the client is closed too; on Java 17, which
   * cannot close a client, the sender drops it so that its selector thread ends once the client is
   * garbage-collected.
   */
  @Override
  public synchronized void close() {
    closed = true;
    executor.shutdownNow();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close the webhook HTTP client", e);
      }
    }
    client = null;
  }

  @Override
  public String toString() {
    return "JdkWebhookSender";
  }
}
