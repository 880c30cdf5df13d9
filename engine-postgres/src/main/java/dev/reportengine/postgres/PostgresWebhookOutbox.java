package dev.reportengine.postgres;

import dev.reportengine.api.spi.WebhookOutbox.Attempt;
import dev.reportengine.api.spi.WebhookOutbox.Delivery;
import dev.reportengine.api.spi.WebhookOutbox.Result;
import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The {@code reportengine_webhook_outbox} table (schema version 3): webhook deliveries. */
final class PostgresWebhookOutbox {

  static final String INSERT =
      "INSERT INTO reportengine_webhook_outbox"
          + " (event_id, job_id, url, header_names, header_values, body, attempts)";

  private final Jdbc jdbc;

  PostgresWebhookOutbox(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  void add(Delivery delivery) {
    String what = "add the webhook delivery of job " + delivery.jobId();
    try (Connection c = jdbc.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(INSERT + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      bind(c, s, 0, delivery);
      s.executeUpdate();
    } catch (SQLException e) {
      throw Jdbc.failed(what, e);
    }
  }

  /** Binds a delivery's seven columns after parameter {@code before}. */
  static void bind(Connection c, PreparedStatement s, int before, Delivery delivery)
      throws SQLException {
    List<String> names = new ArrayList<>(delivery.headers().keySet());
    List<String> values = names.stream().map(delivery.headers()::get).toList();
    s.setString(before + 1, delivery.eventId());
    s.setString(before + 2, delivery.jobId());
    s.setString(before + 3, delivery.url().toString());
    s.setArray(before + 4, c.createArrayOf("text", names.toArray()));
    s.setArray(before + 5, c.createArrayOf("text", values.toArray()));
    s.setBytes(before + 6, delivery.body());
    s.setInt(before + 7, delivery.attemptsMade());
  }

  /**
   * One statement: a CTE locks up to {@code max} due pending rows ({@code FOR UPDATE SKIP LOCKED},
   * the partial index {@code reportengine_webhook_outbox_due}) whose lease is free or expired, and
   * the update leases them to {@code owner} on the database clock.
   */
  List<Delivery> claim(String owner, Duration lease, int max) {
    Objects.requireNonNull(owner, "owner");
    if (max <= 0) {
      return List.of();
    }
    return jdbc.list(
        "claim webhook deliveries",
        "WITH due AS (SELECT event_id FROM reportengine_webhook_outbox"
            + " WHERE status = 'pending' AND next_attempt_at <= now()"
            + " AND (lease_until IS NULL OR lease_until < now())"
            + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " UPDATE reportengine_webhook_outbox o SET owner = ?,"
            + " lease_until = now() + ? * interval '1 millisecond', updated_at = now()"
            + " FROM due WHERE o.event_id = due.event_id"
            + " RETURNING o.event_id, o.job_id, o.url, o.header_names, o.header_values, o.body,"
            + " o.attempts",
        s -> {
          s.setInt(1, max);
          s.setString(2, owner);
          s.setLong(3, lease.toMillis());
        },
        PostgresWebhookOutbox::delivery);
  }

  private static Delivery delivery(ResultSet rs) throws SQLException {
    String[] names = strings(rs.getArray(4));
    String[] values = strings(rs.getArray(5));
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      headers.put(names[i], values[i]);
    }
    return new Delivery(
        rs.getString(1),
        rs.getString(2),
        URI.create(rs.getString(3)),
        headers,
        rs.getBytes(6),
        rs.getInt(7));
  }

  private static String[] strings(Array array) throws SQLException {
    return (String[]) array.getArray();
  }

  boolean finish(Attempt attempt) {
    return jdbc.update(
            "record an attempt of webhook delivery " + attempt.eventId(),
            "UPDATE reportengine_webhook_outbox SET status = ?, attempts = attempts + 1,"
                + " next_attempt_at = now() + ? * interval '1 millisecond',"
                + " owner = NULL, lease_until = NULL, last_error = ?, updated_at = now()"
                + " WHERE event_id = ? AND owner = ? AND status = 'pending'",
            s -> {
              s.setString(
                  1,
                  attempt.result() == Result.RETRY
                      ? "pending"
                      : attempt.result().name().toLowerCase(Locale.ROOT));
              s.setLong(2, attempt.retryIn().orElse(Duration.ZERO).toMillis());
              s.setString(3, attempt.error().orElse(null));
              s.setString(4, attempt.eventId());
              s.setString(5, attempt.owner());
            })
        == 1;
  }

  int release(String owner) {
    return jdbc.update(
        "hand back the webhook deliveries of " + owner,
        "UPDATE reportengine_webhook_outbox SET owner = NULL, lease_until = NULL,"
            + " updated_at = now() WHERE owner = ? AND status = 'pending'",
        s -> s.setString(1, owner));
  }
}
