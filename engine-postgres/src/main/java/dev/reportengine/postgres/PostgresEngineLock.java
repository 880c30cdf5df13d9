package dev.reportengine.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * An opt-in guard for the one-engine-per-database rule of {@link PostgresReportStore}: a
 * session-level PostgreSQL advisory lock, held on a connection of its own, that at most one holder
 * in the database has at a time (one per schema: the lock is keyed by the connection's {@code
 * current_schema()}). Take it before building the engine and close it after closing the engine:
 *
 * <pre>{@code
 * try (PostgresEngineLock lock = PostgresEngineLock.acquire(dataSource);
 *     ReportEngine engine = ReportEngine.builder().store(new PostgresReportStore(dataSource))...build()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>A second process that tries it fails at once, so a second replica refuses to start: for those
 * who want one engine per database. Several replicas need no lock: they share jobs through the
 * store's claim queue (see {@link PostgresReportStore}). The lock lives as long as its connection:
 * if the connection is lost (the server restarts, a network failure), the lock is gone without
 * notice. It does not work through a pooler in transaction mode (such as PgBouncer's {@code
 * pool_mode=transaction}), which does not keep a session per client.
 */
public final class PostgresEngineLock implements AutoCloseable {

  /** The first key of the two-key advisory lock: ASCII "rpte". */
  static final int LOCK_CLASS = 0x72707465;

  private final Connection connection;
  private final String schema;
  private boolean closed;

  private PostgresEngineLock(Connection connection, String schema) {
    this.connection = connection;
    this.schema = schema;
  }

  /**
   * Takes the lock for the connections' current schema, without waiting.
   *
   * @throws IllegalStateException if another session holds it
   * @throws PostgresStoreException if the database cannot be reached
   */
  public static PostgresEngineLock acquire(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(true);
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT pg_try_advisory_lock(?, hashtext(current_schema())), current_schema()");
          ResultSet rs = query(s)) {
        rs.next();
        boolean locked = rs.getBoolean(1);
        String schema = rs.getString(2);
        if (!locked) {
          throw new IllegalStateException(
              "another report engine holds the PostgreSQL store in schema "
                  + schema
                  + "; this lock allows one engine per database (schema): stop it, or give this engine"
                  + " another database");
        }
        PostgresEngineLock lock = new PostgresEngineLock(c, schema);
        c = null;
        return lock;
      }
    } catch (SQLException e) {
      throw new PostgresStoreException(
          "cannot take the report-engine lock in PostgreSQL: " + e.getMessage(), e);
    } finally {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // the failure being reported matters more
        }
      }
    }
  }

  private static ResultSet query(PreparedStatement s) throws SQLException {
    s.setInt(1, LOCK_CLASS);
    return s.executeQuery();
  }

  /** The schema whose store this lock guards. */
  public String schema() {
    return schema;
  }

  /** Releases the lock and returns its connection; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (Connection c = connection;
        PreparedStatement s =
            c.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(current_schema()))")) {
      s.setInt(1, LOCK_CLASS);
      s.execute();
    } catch (SQLException e) {
      throw new PostgresStoreException(
          "cannot release the report-engine lock in PostgreSQL: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "report-engine lock on schema " + schema + (closed ? " (released)" : "");
  }
}
