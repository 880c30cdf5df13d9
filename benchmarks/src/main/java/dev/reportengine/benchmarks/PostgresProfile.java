package dev.reportengine.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The embedded server's process id, and its {@code pg_stat_statements} (when preloaded, {@link
 * ReplicaThroughput#STATEMENTS}), for {@link ReplicaThroughput}.
 */
final class PostgresProfile {

  private static volatile EmbeddedPostgres server;

  private PostgresProfile() {}

  static void use(EmbeddedPostgres embedded) {
    server = embedded;
  }

  /** The postmaster's process id: the parent of a backend. */
  static int postmaster() {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      String stat = Files.readString(Path.of("/proc", String.valueOf(rs.getInt(1)), "stat"));
      return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
    } catch (Exception e) {
      return -1;
    }
  }

  /** Creates the extension (each case drops the schema) and resets its counters. */
  static void resetStatements() {
    run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    run("SELECT pg_stat_statements_reset()");
  }

  /** Every statement run since the reset: calls per job, mean ms, rows per call, share of time. */
  static void printStatements(int jobs) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT calls, total_exec_time + total_plan_time, rows, wal_records, left(regexp_replace(query,"
                    + " '\\s+', ' ', 'g'), 150), plans, total_plan_time"
                    + " FROM pg_stat_statements ORDER BY calls DESC")) {
      System.out.println(
          "  statements since the warm-up (calls per job, mean ms planning and executing,"
              + " rows and WAL records per call):");
      double perJob = 0;
      while (rs.next()) {
        long calls = rs.getLong(1);
        perJob += rs.getDouble(2) / jobs;
        if (calls * 200 < jobs) {
          continue;
        }
        System.out.printf(
            Locale.ROOT,
            "  %7.3f  %7.3f ms (%4.2f planned, %.3f ms each)  %6.2f rows  %6.2f wal  %s%n",
            calls / (double) jobs,
            rs.getDouble(2) / calls,
            rs.getLong(6) / (double) calls,
            rs.getLong(6) == 0 ? 0 : rs.getDouble(7) / rs.getLong(6),
            rs.getLong(3) / (double) calls,
            rs.getLong(4) / (double) calls,
            rs.getString(5));
      }
      System.out.printf(Locale.ROOT, "  all statements: %.3f ms per job%n", perJob);
    } catch (SQLException e) {
      System.out.println("  (no pg_stat_statements: " + e.getMessage() + ")");
    }
  }

  private static void run(String sql) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }
}
