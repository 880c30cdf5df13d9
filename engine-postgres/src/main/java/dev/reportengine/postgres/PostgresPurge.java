package dev.reportengine.postgres;

import java.time.Duration;

/** Deletes finished jobs past a retention, with what belongs to them, in one statement a batch. */
final class PostgresPurge {

  /**
   * Data-modifying CTEs: lock up to {@code n} finished jobs that ended before {@code now() -
   * retention} and have no webhook still pending ({@code FOR UPDATE SKIP LOCKED}, so engines
   * purging at once take disjoint rows), delete them and their request, reports, artifacts, events,
   * idempotency records, finished outbox rows and their attempts.
   */
  private static final String FINISHED =
      "WITH gone AS (SELECT id FROM reportengine_jobs j"
          + " WHERE status IN ('succeeded', 'failed', 'canceled')"
          + " AND updated_at < now() - ? * interval '1 millisecond'"
          + " AND NOT EXISTS (SELECT 1 FROM reportengine_webhook_outbox o"
          + " WHERE o.job_id = j.id AND o.status = 'pending')"
          + " ORDER BY updated_at LIMIT ? FOR UPDATE SKIP LOCKED),"
          + " jobs AS (DELETE FROM reportengine_jobs j USING gone WHERE j.id = gone.id"
          + " RETURNING j.id),"
          + " requests AS (DELETE FROM reportengine_requests r USING jobs"
          + " WHERE r.job_id = jobs.id),"
          + " reports AS (DELETE FROM reportengine_reports p USING jobs WHERE p.job_id = jobs.id"
          + " RETURNING p.id),"
          + " artifacts AS (DELETE FROM reportengine_artifacts a USING reports"
          + " WHERE a.report_id = reports.id),"
          + " events AS (DELETE FROM reportengine_events e USING jobs WHERE e.job_id = jobs.id),"
          + " hooks AS (DELETE FROM reportengine_webhook_outbox o USING jobs"
          + " WHERE o.job_id = jobs.id),"
          + " attempts AS (DELETE FROM reportengine_webhook_attempts a USING jobs"
          + " WHERE a.job_id = jobs.id),"
          + " keys AS (DELETE FROM reportengine_idempotency k USING jobs WHERE k.job_id = jobs.id)"
          + " SELECT count(*) FROM jobs";

  private static final String EXPIRED_KEYS =
      "DELETE FROM reportengine_idempotency WHERE key IN (SELECT key FROM reportengine_idempotency"
          + " WHERE expires_at < now() ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)";

  private final Jdbc jdbc;
  private final Duration keepFinished;

  PostgresPurge(Jdbc jdbc, Duration keepFinished) {
    this.jdbc = jdbc;
    this.keepFinished = keepFinished;
  }

  int run(int maxJobs) {
    int jobs =
        jdbc.one(
                "delete finished jobs older than " + keepFinished,
                FINISHED,
                s -> {
                  s.setLong(1, keepFinished.toMillis());
                  s.setInt(2, maxJobs);
                },
                rs -> rs.getInt(1))
            .orElse(0);
    jdbc.update("delete expired idempotency keys", EXPIRED_KEYS, s -> s.setInt(1, maxJobs));
    return jobs;
  }
}
