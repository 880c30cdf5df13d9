package dev.reportengine.postgres;

import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** The columns {@link #read} reads, in order. */
  static final String COLUMNS_READ = "status, stage, progress, at, at_nanos";

  List<JobEvent> of(String jobId) {
    return jdbc.list(
        "read the events of job " + jobId,
        "SELECT " + COLUMNS_READ + " FROM reportengine_events WHERE job_id = ? ORDER BY seq",
        s -> s.setString(1, jobId),
        rs -> read(rs, 1, jobId));
  }

  /** The events of each job saved after the first {@code known.get(jobId)} of them. */
  Map<String, List<JobEvent>> after(Map<String, Integer> known) {
    Map<String, List<JobEvent>> out = new HashMap<>();
    if (known.isEmpty()) {
      return out;
    }
    String[] ids = known.keySet().toArray(String[]::new);
    Integer[] counts = new Integer[ids.length];
    for (int i = 0; i < ids.length; i++) {
      counts[i] = known.get(ids[i]);
    }
    try (Connection c = jdbc.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT k.id, e.status, e.stage, e.progress, e.at, e.at_nanos"
                    + " FROM unnest(?::text[], ?::integer[]) AS k(id, n)"
                    + " JOIN LATERAL (SELECT seq, "
                    + COLUMNS_READ
                    + " FROM reportengine_events WHERE job_id = k.id ORDER BY seq OFFSET k.n) e"
                    + " ON true ORDER BY k.id, e.seq")) {
      s.setArray(1, c.createArrayOf("text", ids));
      s.setArray(2, c.createArrayOf("integer", counts));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String jobId = rs.getString(1);
          out.computeIfAbsent(jobId, id -> new ArrayList<>()).add(read(rs, 2, jobId));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("read the new events of " + ids.length + " jobs", e);
    }
    return out;
  }

  /** An event of {@code jobId} from the {@link #COLUMNS_READ} starting at column {@code first}. */
  static JobEvent read(ResultSet rs, int first, String jobId) throws SQLException {
    return new JobEvent(
        jobId,
        JobStatus.valueOf(rs.getString(first).toUpperCase(Locale.ROOT)),
        Optional.ofNullable(rs.getString(first + 1)).map(JobStage::valueOf),
        rs.getDouble(first + 2),
        Jdbc.instant(rs, first + 3, first + 4));
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
