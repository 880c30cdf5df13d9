package dev.reportengine.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Creates and upgrades the tables of {@link PostgresReportStore} with the versioned SQL scripts
 * shipped in this jar under {@value #LOCATION}, in Flyway's naming ({@code
 * V1__jobs_requests_reports.sql}, ...). A host that runs Flyway can skip this class and add {@code
 * classpath:db/migration/reportengine} to Flyway's locations instead; the two must not be mixed on
 * one database.
 *
 * <p>{@link #apply(DataSource)} records every script it applied, with its SHA-256, in the table
 * {@value #HISTORY_TABLE}, and applies only the ones missing, each in its own transaction together
 * with its record. It is idempotent, and safe when several processes run it at once: each
 * transaction first takes a transaction-level advisory lock ({@code pg_advisory_xact_lock}), so one
 * process applies a script and the others then find it applied. Tables go in the connection's
 * current schema ({@code search_path}).
 */
public final class PostgresMigrations {

  /** Where the scripts are on the class path. */
  public static final String LOCATION = "db/migration/reportengine";

  /** The table that records applied versions. */
  public static final String HISTORY_TABLE = "reportengine_schema_history";

  /** The advisory lock key every migrating transaction takes (ASCII "rptengmg"). */
  static final long LOCK_KEY = 0x727074656e676d67L;

  /** The scripts, in order; a new one is added at the end with the next version. */
  private static final List<Script> SCRIPTS =
      List.of(
          new Script(1, "jobs requests reports", "V1__jobs_requests_reports.sql"),
          new Script(2, "job events", "V2__job_events.sql"),
          new Script(3, "webhook outbox", "V3__webhook_outbox.sql"),
          new Script(4, "retention", "V4__retention.sql"),
          new Script(5, "queue notify", "V5__queue_notify.sql"),
          new Script(6, "lease expiries", "V6__lease_expiries.sql"),
          new Script(7, "webhook attempts", "V7__webhook_attempts.sql"));

  private PostgresMigrations() {}

  /** The file names of the scripts, in order. */
  static List<String> scriptFiles() {
    return SCRIPTS.stream().map(Script::file).toList();
  }

  /** The newest schema version this jar knows. */
  public static int latestVersion() {
    return SCRIPTS.get(SCRIPTS.size() - 1).version();
  }

  /**
   * Brings the database up to {@link #latestVersion()}: applies the scripts it has not applied yet,
   * in order.
   *
   * @return the versions applied by this call; empty when the schema was already up to date
   * @throws PostgresStoreException if a script fails (its transaction is rolled back), or if a
   *     script applied earlier has since changed
   */
  public static List<Integer> apply(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    List<Integer> applied = new java.util.ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        for (Script script : SCRIPTS) {
          if (applyOne(c, script)) {
            applied.add(script.version());
          }
        }
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new PostgresStoreException(
          "cannot migrate the report-engine schema: " + e.getMessage(), e);
    }
    return List.copyOf(applied);
  }

  /** Applies one script unless it is recorded; one transaction under the advisory lock. */
  private static boolean applyOne(Connection c, Script script) throws SQLException {
    String sql = script.text();
    String checksum = sha256(sql);
    try {
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, LOCK_KEY);
        lock.execute();
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS "
                + HISTORY_TABLE
                + " (version integer PRIMARY KEY, description text NOT NULL,"
                + " script text NOT NULL, checksum text NOT NULL,"
                + " applied_at timestamptz NOT NULL DEFAULT now())");
      }
      Map<Integer, String> recorded = recorded(c);
      if (recorded.containsKey(script.version())) {
        c.rollback();
        if (!recorded.get(script.version()).equals(checksum)) {
          throw new PostgresStoreException(
              "the report-engine schema script "
                  + script.file()
                  + " was applied with another content (checksum "
                  + recorded.get(script.version())
                  + ", now "
                  + checksum
                  + "); a shipped migration must never change");
        }
        return false;
      }
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      }
      try (PreparedStatement record =
          c.prepareStatement(
              "INSERT INTO "
                  + HISTORY_TABLE
                  + " (version, description, script, checksum) VALUES (?, ?, ?, ?)")) {
        record.setInt(1, script.version());
        record.setString(2, script.description());
        record.setString(3, script.file());
        record.setString(4, checksum);
        record.executeUpdate();
      }
      c.commit();
      return true;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      if (e instanceof SQLException sqlException) {
        throw new PostgresStoreException(
            "cannot apply " + script.file() + ": " + e.getMessage(), sqlException);
      }
      throw e;
    }
  }

  private static Map<Integer, String> recorded(Connection c) throws SQLException {
    Map<Integer, String> versions = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, checksum FROM " + HISTORY_TABLE)) {
      while (rs.next()) {
        versions.put(rs.getInt(1), rs.getString(2));
      }
    }
    return versions;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** One versioned script on the class path. */
  private record Script(int version, String description, String file) {
    String text() {
      String path = LOCATION + "/" + file;
      try (InputStream in = PostgresMigrations.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("the migration " + path + " is missing from the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the migration " + path, e);
      }
    }
  }
}
