package dev.reportengine.postgres;

import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code reportengine_events} table (schema version 2): job event histories. */
final class PostgresEvents {

  static final String INSERT =
      "INSERT INTO reportengine_events (job_id, status, stage, progress, at, at_nanos)";

  /** How many parameters an event binds. */
  static final int COLUMNS = 6;

  private final Jdbc jdbc;

  PostgresEvents(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  void save(JobEvent event) {
    jdbc.update(
        "save an event of job " + event.jobId(),
        INSERT + " VALUES (?, ?, ?, ?, ?, ?)",
        s -> bind(s, 0, event));
  }

  /**
   * Events of one job, in order, saved only while {@code owner} holds the job's claim (it is
   * running under its name): all or none.
   */
  boolean saveClaimed(List<JobEvent> events, String owner) {
    if (events.isEmpty()) {
      return true;
    }
    String jobId = events.get(0).jobId();
    for (JobEvent event : events) {
      if (!event.jobId().equals(jobId)) {
        throw new IllegalArgumentException(
            "events of one job expected; got " + jobId + " and " + event.jobId());
      }
    }
    return jdbc.update(
            "save events of claimed job " + jobId,
            INSERT
                + " SELECT * FROM (VALUES "
                + rows(events.size())
                + ") e WHERE EXISTS (SELECT 1 FROM reportengine_jobs"
                + " WHERE id = ? AND owner = ? AND status = 'running')",
            s -> {
              int before = 0;
              for (JobEvent event : events) {
                bind(s, before, event);
                before += COLUMNS;
              }
              s.setString(before + 1, jobId);
              s.setString(before + 2, owner);
            })
        == events.size();
  }

  List<JobEvent> of(String jobId) {
    return jdbc.list(
        "read the events of job " + jobId,
        "SELECT status, stage, progress, at, at_nanos FROM reportengine_events"
            + " WHERE job_id = ? ORDER BY seq",
        s -> s.setString(1, jobId),
        rs ->
            new JobEvent(
                jobId,
                JobStatus.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                Optional.ofNullable(rs.getString(2)).map(JobStage::valueOf),
                rs.getDouble(3),
                Jdbc.instant(rs, 4, 5)));
  }

  /** The {@code VALUES} rows of {@code count} events, typed so that they can be selected from. */
  static String rows(int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < count; i++) {
      rows.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?::float8, ?::timestamptz, ?::integer)");
    }
    return rows.toString();
  }

  /** Binds an event's six columns after parameter {@code before}. */
  static void bind(PreparedStatement s, int before, JobEvent event) throws SQLException {
    s.setString(before + 1, event.jobId());
    s.setString(before + 2, event.status().wireName());
    s.setString(before + 3, event.stage().map(JobStage::name).orElse(null));
    s.setDouble(before + 4, event.progress());
    s.setObject(before + 5, Jdbc.micros(event.at()));
    s.setInt(before + 6, event.at().getNano());
  }
}
