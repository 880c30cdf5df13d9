package dev.reportengine.postgres;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP endpoint on the loopback address that records each request's {@code webhook-id} and
 * body, and answers with the next scripted status, else 204.
 */
final class WebhookReceiver implements AutoCloseable {

  /** A request as received. */
  record Hit(String webhookId, String body) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Deque<Integer> script = new ArrayDeque<>();
  private final List<Hit> hits = new ArrayList<>();

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hooks", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  /** Answers the next request with {@code status}. */
  synchronized WebhookReceiver thenReply(int status) {
    script.add(status);
    return this;
  }

  synchronized List<Hit> hits() {
    return List.copyOf(hits);
  }

  private void handle(HttpExchange exchange) throws IOException {
    int status;
    synchronized (this) {
      hits.add(
          new Hit(
              exchange.getRequestHeaders().getFirst("webhook-id"),
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      status = script.isEmpty() ? 204 : script.removeFirst();
    }
    try (exchange) {
      exchange.sendResponseHeaders(status, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
