package dev.reportengine.postgres;

import dev.reportengine.api.JobEvent;
import dev.reportengine.api.Report;
import dev.reportengine.api.spi.JobClaims.Ending;
import dev.reportengine.api.spi.WebhookOutbox.Delivery;
import dev.reportengine.core.StoreJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
    String jobId = ending.terminal().jobId();
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
    sql.append(" SELECT count(*) FROM ended");
    String text = json.encode(ending.terminal());
    try (Connection c = jdbc.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      s.setString(1, ending.terminal().status().wireName());
      s.setString(2, text);
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
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    } catch (SQLException e) {
      throw Jdbc.failed("save the end of claimed job " + jobId, e);
    }
  }
}
