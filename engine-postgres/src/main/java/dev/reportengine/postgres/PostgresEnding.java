package dev.reportengine.postgres;

import dev.reportengine.api.JobEvent;
import dev.reportengine.api.Report;
import dev.reportengine.api.spi.JobClaims.ClaimedJob;
import dev.reportengine.api.spi.JobClaims.Ending;
import dev.reportengine.api.spi.JobClaims.EndingAndClaims;
import dev.reportengine.api.spi.WebhookOutbox.Delivery;
import dev.reportengine.core.StoreJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves a job's end in one statement of data-modifying CTEs: the fenced update of its row to the
 * terminal snapshot, and, only when that update found the row ({@code WHERE EXISTS (SELECT 1 FROM
 * ended)}), the insert of its last events, its report and its webhook delivery. One statement is
 * one transaction, so a crash or a lost lease leaves all of it or none.
 */
final class PostgresEnding {

  private final Jdbc jdbc;
  private final StoreJson json;

  PostgresEnding(Jdbc jdbc, StoreJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  boolean save(Ending ending) {
    return alone("save the end of claimed job " + ending.terminal().jobId(), c -> save(c, ending));
  }

  /** A statement on a connection of its own. */
  private interface Alone<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code statement} on a connection of its own, in auto-commit mode: once it returned, it
   * committed, so a failure to close the connection afterwards (a pool or network hiccup) is logged
   * and the result kept. Throwing then would report a saved end as failed, and the worker would
   * give up a job whose end is in the database.
   */
  private <T> T alone(String what, Alone<T> statement) {
    Connection c;
    try {
      c = jdbc.dataSource().getConnection();
    } catch (SQLException e) {
      throw Jdbc.failed(what, e);
    }
    T result;
    try {
      result = statement.run(c);
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      if (e instanceof SQLException sql) {
        throw Jdbc.failed(what, sql);
      }
      throw (RuntimeException) e;
    }
    try {
      c.close();
    } catch (SQLException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "could not close the connection after the statement committed: " + what,
          e);
    }
    return result;
  }

  private static final System.Logger LOG = System.getLogger(PostgresEnding.class.getName());

  /** {@link #save} on a connection the caller holds, in its transaction. */
  boolean save(Connection c, Ending ending) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(endingCtes(ending) + " SELECT count(*) FROM ended")) {
      bindEnding(c, s, ending);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }

  /**
   * The end as {@link #save} saves it and, in the same statement, the claim of up to {@code max}
   * queued jobs for the same owner: two more CTEs, {@code next} (the claim's {@code SELECT ... FOR
   * UPDATE SKIP LOCKED}, {@code claimSelect}) and {@code claimed} (its {@code UPDATE ...
   * RETURNING}, {@code claimUpdate}, whose parameters {@code bindClaim} sets from the given index
   * on), then {@code SELECT (SELECT count(*) FROM ended), c.* FROM (SELECT 1) one LEFT JOIN claimed
   * c ON true}: one row, or one per claimed job, whose first column says whether the end was saved.
   * One statement, one transaction, one WAL flush for the end and the claims. The row the end
   * updates is running, never queued, so the two parts touch different rows.
   */
  EndingAndClaims saveAndClaim(
      Ending ending,
      String claimSelect,
      String claimUpdate,
      ClaimBinder bindClaim,
      Jdbc.Reader<ClaimedJob> claimed) {
    String jobId = ending.terminal().jobId();
    String sql = saveAndClaimSql(ending, claimSelect, claimUpdate);
    return alone(
        "save the end of claimed job " + jobId + " and claim queued jobs",
        c -> saveAndClaim(c, sql, ending, bindClaim, claimed));
  }

  /** {@link #saveAndClaim} on a connection the caller holds, in its transaction. */
  EndingAndClaims saveAndClaim(
      Connection c,
      String sql,
      Ending ending,
      ClaimBinder bindClaim,
      Jdbc.Reader<ClaimedJob> claimed)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int before = bindEnding(c, s, ending);
      bindClaim.bind(s, before);
      boolean saved = false;
      List<ClaimedJob> jobs = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          saved = rs.getInt(1) == 1;
          if (rs.getString(2) != null) {
            jobs.add(claimed.read(rs));
          }
        }
      }
      return new EndingAndClaims(saved, jobs);
    }
  }

  /** The statement of {@link #saveAndClaim}. */
  static String saveAndClaimSql(Ending ending, String claimSelect, String claimUpdate) {
    return endingCtes(ending)
        + ", next AS ("
        + claimSelect
        + "), claimed AS ("
        + claimUpdate
        + ") SELECT (SELECT count(*) FROM ended), c.* FROM (SELECT 1) one"
        + " LEFT JOIN claimed c ON true";
  }

  /** Sets the claim's parameters, the first at {@code before + 1}. */
  @FunctionalInterface
  interface ClaimBinder {
    void bind(PreparedStatement s, int before) throws SQLException;
  }

  /**
   * {@code WITH ended AS (...)} and the CTEs of the end's events, report and delivery, each only
   * when the job's row was updated.
   */
  private static String endingCtes(Ending ending) {
    StringBuilder sql =
        new StringBuilder(
            "WITH ended AS (UPDATE reportengine_jobs SET status = ?, snapshot = ?::json,"
                + " updated_at = now(), lease_until = NULL"
                + " WHERE id = ? AND owner = ? AND status = 'running' RETURNING id)");
    if (!ending.events().isEmpty()) {
      sql.append(", events AS (")
          .append(PostgresEvents.INSERT)
          .append(" SELECT * FROM (VALUES ")
          .append(PostgresEvents.rows(ending.events().size()))
          .append(") e WHERE EXISTS (SELECT 1 FROM ended))");
    }
    if (ending.report().isPresent()) {
      sql.append(", report AS (").append(PostgresReportStore.UPSERT_REPORT_SELECT).append(")");
    }
    if (ending.delivery().isPresent()) {
      sql.append(", delivery AS (")
          .append(PostgresWebhookOutbox.INSERT)
          .append(" SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM ended)")
          .append(" ON CONFLICT DO NOTHING)");
    }
    return sql.toString();
  }

  /** Sets the parameters of {@link #endingCtes}; returns the index of the last one set. */
  private int bindEnding(Connection c, PreparedStatement s, Ending ending) throws SQLException {
    String jobId = ending.terminal().jobId();
    s.setString(1, ending.terminal().status().wireName());
    s.setString(2, json.encode(ending.terminal()));
    s.setString(3, jobId);
    s.setString(4, ending.owner());
    int before = 4;
    for (JobEvent event : ending.events()) {
      PostgresEvents.bind(s, before, event);
      before += PostgresEvents.COLUMNS;
    }
    if (ending.report().isPresent()) {
      Report report = ending.report().get();
      s.setString(++before, report.id());
      s.setString(++before, jobId);
      s.setObject(++before, Jdbc.micros(report.createdAt()));
      s.setString(++before, json.encode(report));
    }
    if (ending.delivery().isPresent()) {
      Delivery delivery = ending.delivery().get();
      PostgresWebhookOutbox.bind(c, s, before, delivery);
      before += 7;
    }
    return before;
  }
}
