package dev.reportengine.postgres;

import dev.reportengine.api.spi.QueueNotifications.Kind;
import dev.reportengine.api.spi.QueueNotifications.Notification;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * {@code LISTEN reportengine_jobs} on a connection of its own, borrowed from the data source for as
 * long as it listens, read with {@link PGConnection#getNotifications(int)} on a daemon thread. A
 * dropped connection is replaced after a pause; each (re)connect delivers a {@code QUEUED}.
 */
final class PostgresQueueListener implements AutoCloseable {

  static final String CHANNEL = "reportengine_jobs";
  private static final System.Logger LOG = System.getLogger(PostgresQueueListener.class.getName());
  private static final int WAIT_MILLIS = 500;
  private static final long RECONNECT_MILLIS = 1000;

  private final DataSource dataSource;
  private final Consumer<Notification> listener;
  private final Thread thread;
  private volatile boolean closed;

  PostgresQueueListener(DataSource dataSource, Consumer<Notification> listener) {
    this.dataSource = dataSource;
    this.listener = listener;
    this.thread = new Thread(this::run, "report-engine-listen-" + CHANNEL);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    while (!closed) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        listener.accept(new Notification(Kind.QUEUED, Optional.empty()));
        while (!closed) {
          PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
          if (received != null) {
            for (PGNotification n : received) {
              listener.accept(notification(n.getParameter()));
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!closed) {
          LOG.log(
              Level.WARNING,
              "the LISTEN connection failed; engines poll until it is back: " + e.getMessage(),
              e);
          pause();
        }
      }
    }
  }

  private static Notification notification(String payload) {
    if (payload.startsWith("cancel:")) {
      return new Notification(
          Kind.CANCEL_REQUESTED, Optional.of(payload.substring("cancel:".length())));
    }
    return new Notification(Kind.QUEUED, Optional.empty());
  }

  private void pause() {
    try {
      Thread.sleep(RECONNECT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /**
   * Stops listening and waits (at most a few seconds) for the thread to give its connection back.
   */
  @Override
  public void close() {
    closed = true;
    try {
      thread.join(WAIT_MILLIS * 4L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
