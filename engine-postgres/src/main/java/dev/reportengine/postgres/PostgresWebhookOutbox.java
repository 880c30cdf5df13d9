package dev.reportengine.postgres;

import dev.reportengine.api.WebhookAttempt;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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

  /**
   * One statement: the fenced update of the outbox row, and the insert of the attempt into {@code
   * reportengine_webhook_attempts} (schema version 7) only when the update found the row.
   */
  boolean finish(Attempt attempt) {
    WebhookAttempt made = attempt.made();
    return jdbc.one(
                "record an attempt of webhook delivery " + attempt.eventId(),
                "WITH done AS (UPDATE reportengine_webhook_outbox SET status = ?,"
                    + " attempts = attempts + 1,"
                    + " next_attempt_at = now() + ? * interval '1 millisecond',"
                    + " owner = NULL, lease_until = NULL, last_error = ?, updated_at = now()"
                    + " WHERE event_id = ? AND owner = ? AND status = 'pending'"
                    + " RETURNING event_id, job_id),"
                    + " logged AS (INSERT INTO reportengine_webhook_attempts (event_id, number, job_id,"
                    + " started_at, started_nanos, duration_nanos, status_code, error, outcome,"
                    + " next_attempt_at, next_nanos)"
                    + " SELECT done.event_id, ?::integer, done.job_id, ?::timestamptz, ?::integer,"
                    + " ?::bigint, ?::integer, ?::text, ?::text, ?::timestamptz, ?::integer FROM done"
                    + " ON CONFLICT (event_id, number) DO NOTHING)"
                    + " SELECT count(*) FROM done",
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
                  s.setInt(6, made.number());
                  s.setObject(7, Jdbc.micros(made.startedAt()));
                  s.setInt(8, made.startedAt().getNano());
                  s.setLong(9, made.duration().toNanos());
                  s.setObject(
                      10, made.statusCode().isPresent() ? made.statusCode().getAsInt() : null);
                  s.setString(11, made.error().orElse(null));
                  s.setString(12, made.outcome().wireName());
                  s.setObject(13, made.nextAttemptAt().map(Jdbc::micros).orElse(null));
                  s.setObject(14, made.nextAttemptAt().map(Instant::getNano).orElse(null));
                },
                rs -> rs.getInt(1))
            .orElse(0)
        == 1;
  }

  /** The attempts recorded for a job's delivery, oldest first. */
  List<WebhookAttempt> attempts(String jobId) {
    return jdbc.list(
        "read the webhook attempts of job " + jobId,
        "SELECT event_id, number, started_at, started_nanos, duration_nanos, status_code, error,"
            + " outcome, next_attempt_at, next_nanos FROM reportengine_webhook_attempts"
            + " WHERE job_id = ? ORDER BY number",
        s -> s.setString(1, jobId),
        rs -> {
          int status = rs.getInt(6);
          OptionalInt statusCode = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
          Optional<Instant> next =
              rs.getObject(9) == null ? Optional.empty() : Optional.of(Jdbc.instant(rs, 9, 10));
          return new WebhookAttempt(
              rs.getString(1),
              rs.getInt(2),
              Jdbc.instant(rs, 3, 4),
              Duration.ofNanos(rs.getLong(5)),
              statusCode,
              Optional.ofNullable(rs.getString(7)),
              WebhookAttempt.Outcome.valueOf(rs.getString(8).toUpperCase(Locale.ROOT)),
              next);
        });
  }

  int release(String owner) {
    return jdbc.update(
        "hand back the webhook deliveries of " + owner,
        "UPDATE reportengine_webhook_outbox SET owner = NULL, lease_until = NULL,"
            + " updated_at = now() WHERE owner = ? AND status = 'pending'",
        s -> s.setString(1, owner));
  }
}
