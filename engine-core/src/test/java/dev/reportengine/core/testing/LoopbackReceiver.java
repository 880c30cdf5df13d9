package dev.reportengine.core.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 (port chosen by the system) that records every request and
 * answers from a script: the next scripted reply, else 200. Tests never send traffic anywhere else.
 */
public final class LoopbackReceiver implements AutoCloseable {

  /** A request as received: method, path, headers (lower-case names, first value) and body. */
  public record Received(String method, String path, Map<String, String> headers, byte[] body) {
    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private record Reply(int status, Map<String, String> headers, boolean stall) {}

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  private LoopbackReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  /** Starts a receiver. */
  public static LoopbackReceiver start() {
    return new LoopbackReceiver();
  }

  /** {@code http://127.0.0.1:<port>/hooks}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
  }

  /** Answers the next request with {@code status}. */
  public synchronized LoopbackReceiver thenReply(int status) {
    return thenReply(status, Map.of());
  }

  /** Answers the next request with {@code status} and headers. */
  public synchronized LoopbackReceiver thenReply(int status, Map<String, String> headers) {
    script.add(new Reply(status, headers, false));
    return this;
  }

  /** Sends no answer to the next request until the receiver closes. */
  public synchronized LoopbackReceiver thenStall() {
    script.add(new Reply(200, Map.of(), true));
    return this;
  }

  /** Every request so far. */
  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Reply reply;
    synchronized (this) {
      Map<String, String> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      received.add(
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              headers,
              exchange.getRequestBody().readAllBytes()));
      reply = script.isEmpty() ? new Reply(200, Map.of(), false) : script.removeFirst();
    }
    try (exchange) {
      if (reply.stall()) {
        release.await(30, TimeUnit.SECONDS);
      }
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(reply.status(), -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client gave up (a timeout test); nothing to answer.
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    handlers.shutdownNow();
  }
}
