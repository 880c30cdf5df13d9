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
 * Saves a job's end in one statement of data-modifying CTEs: the update of its row to the terminal
 * snapshot, fenced by the claim the end was made under ({@code WHERE id = ? AND owner = ? AND
 * attempt = ? AND status = 'running'}: an end of an attempt whose lease expired finds no row even
 * when the same owner claimed the job again), and, only when that update found the row ({@code
 * WHERE EXISTS (SELECT 1 FROM ended)}), the insert of its last events, its report and its webhook
 * delivery. One statement is one transaction, so a crash or a lost lease leaves all of it or none.
 */
final class PostgresEnding {

  private final Jdbc jdbc;
  private final StoreJson json;

  PostgresEnding(Jdbc jdbc, StoreJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  boolean save(Ending ending) {
    String jobId = ending.terminal().jobId();
    try (Connection c = jdbc.dataSource().getConnection()) {
      return save(c, ending);
    } catch (SQLException e) {
      throw Jdbc.failed("save the end of claimed job " + jobId, e);
    }
  }

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

    try (Connection c = jdbc.dataSource().getConnection()) {
      return saveAndClaim(c, sql, ending, bindClaim, claimed);
    } catch (SQLException e) {
      throw Jdbc.failed("save the end of claimed job " + jobId + " and claim queued jobs", e);
    }
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
    return "WITH " + ctes(ending, "");
  }

  /**
   * The CTEs of {@link #endingCtes} without {@code WITH}, each name ending with {@code suffix}, so
   * that one statement can hold the CTEs of several ends ({@link #saveAll}).
   */
  private static String ctes(Ending ending, String suffix) {
    String ended = "ended" + suffix;
    StringBuilder sql =
        new StringBuilder(ended)
            .append(
                " AS (UPDATE reportengine_jobs SET status = ?, snapshot = ?::json,"
                    + " updated_at = now(), lease_until = NULL"
                    + " WHERE id = ? AND owner = ? AND attempt = ? AND status = 'running'"
                    + " RETURNING id)");
    if (!ending.events().isEmpty()) {
      sql.append(", events")
          .append(suffix)
          .append(" AS (")
          .append(PostgresEvents.INSERT)
          .append(" SELECT * FROM (VALUES ")
          .append(PostgresEvents.rows(ending.events().size()))
          .append(") e WHERE EXISTS (SELECT 1 FROM ")
          .append(ended)
          .append("))");
    }
    if (ending.report().isPresent()) {
      sql.append(", report")
          .append(suffix)
          .append(" AS (")
          .append(
              PostgresReportStore.UPSERT_REPORT_SELECT.replace(
                  "(SELECT 1 FROM ended)", "(SELECT 1 FROM " + ended + ")"))
          .append(")");
    }
    if (ending.delivery().isPresent()) {
      sql.append(", delivery")
          .append(suffix)
          .append(" AS (")
          .append(PostgresWebhookOutbox.INSERT)
          .append(" SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM ")
          .append(ended)
          .append(") ON CONFLICT DO NOTHING)");
    }
    return sql.toString();
  }

  /**
   * Saves several ends, of different jobs, in one statement on a connection the caller holds, in
   * its transaction: the CTEs of each ({@link #ctes}, numbered), then one row whose column {@code
   * i} says whether end {@code i} was saved. Each end is fenced by its own job's owner and attempt,
   * as {@link #save} fences it; one round trip instead of one per end. Returns whether each was
   * saved.
   */
  boolean[] saveAll(Connection c, List<Ending> endings) throws SQLException {
    StringBuilder sql = new StringBuilder("WITH ");
    StringBuilder counts = new StringBuilder(" SELECT ");
    for (int i = 0; i < endings.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(ctes(endings.get(i), "_" + i));
      counts
          .append(i == 0 ? "" : ", ")
          .append("(SELECT count(*) FROM ended_")
          .append(i)
          .append(")");
    }
    try (PreparedStatement s = c.prepareStatement(sql.append(counts).toString())) {
      int before = 0;
      for (Ending ending : endings) {
        before = bindEnding(c, s, ending, before);
      }
      boolean[] saved = new boolean[endings.size()];
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          for (int i = 0; i < saved.length; i++) {
            saved[i] = rs.getInt(i + 1) == 1;
          }
        }
      }
      return saved;
    }
  }

  /** Sets the parameters of {@link #endingCtes}; returns the index of the last one set. */
  private int bindEnding(Connection c, PreparedStatement s, Ending ending) throws SQLException {
    return bindEnding(c, s, ending, 0);
  }

  /**
   * Sets the parameters of one end's {@link #ctes}, the first at {@code before + 1}; returns the
   * index of the last one set.
   */
  private int bindEnding(Connection c, PreparedStatement s, Ending ending, int first)
      throws SQLException {
    String jobId = ending.terminal().jobId();
    s.setString(first + 1, ending.terminal().status().wireName());
    s.setString(first + 2, json.encode(ending.terminal()));
    s.setString(first + 3, jobId);
    s.setString(first + 4, ending.owner());
    s.setInt(first + 5, ending.attempt());
    int before = first + 5;
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
