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

  private static final String INSERT =
      "INSERT INTO reportengine_events (job_id, status, stage, progress, at, at_nanos)";

  private final Jdbc jdbc;

  PostgresEvents(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  void save(JobEvent event) {
    jdbc.update(
        "save an event of job " + event.jobId(),
        INSERT + " VALUES (?, ?, ?, ?, ?, ?)",
        s -> bind(s, event));
  }

  /** Saved only while {@code owner} holds the job's claim: the job is running under its name. */
  boolean saveClaimed(JobEvent event, String owner) {
    return jdbc.update(
            "save an event of claimed job " + event.jobId(),
            INSERT
                + " SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM reportengine_jobs"
                + " WHERE id = ? AND owner = ? AND status = 'running')",
            s -> {
              bind(s, event);
              s.setString(7, event.jobId());
              s.setString(8, owner);
            })
        == 1;
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

  private static void bind(PreparedStatement s, JobEvent event) throws SQLException {
    s.setString(1, event.jobId());
    s.setString(2, event.status().wireName());
    s.setString(3, event.stage().map(JobStage::name).orElse(null));
    s.setDouble(4, event.progress());
    s.setObject(5, Jdbc.micros(event.at()));
    s.setInt(6, event.at().getNano());
  }
}
