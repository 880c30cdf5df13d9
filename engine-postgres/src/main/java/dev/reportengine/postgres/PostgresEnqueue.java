package dev.reportengine.postgres;

import dev.reportengine.api.spi.JobClaims.Enqueue;
import dev.reportengine.core.StoreJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Saves a submitted job under the shared queue bound, in one transaction: a transaction-level
 * advisory lock (one per schema) that every engine's enqueue takes first, then one statement of
 * data-modifying CTEs that counts the queued jobs and inserts the request, the queued event and the
 * job only when the count is under the bound. The lock makes count-and-insert atomic across
 * engines; the statement runs after the lock was granted, so (in READ COMMITTED) its snapshot sees
 * every job a previous holder committed. Claims, heartbeats and cancels do not take the lock.
 *
 * <p>The lock is released at commit, and a durable commit releases it only once its WAL is on the
 * disk: held across that flush, it would let the submits of all engines together queue one job per
 * disk flush. So the transaction that takes it commits without waiting for the flush ({@code
 * set_config('synchronous_commit', 'off', true)}, this transaction only), which releases the lock
 * as soon as its rows are visible, and a second transaction on the same connection (one statement
 * in auto-commit mode) then waits for the flush: {@code SELECT pg_logical_emit_message(true,
 * 'reportengine', 'queued')} writes a WAL record under a transaction id (a transaction that writes
 * none commits without a flush), so its commit, durable under the server's {@code
 * synchronous_commit}, flushes the WAL up to its own record, past the job's. {@link #save} returns
 * only after that commit, so a submit returns once its job is on the disk, as before; but a submit
 * on another engine no longer waits for this one's flush to take the lock. A job another engine
 * claims in between is not at risk either: its end is a durable commit after the enqueue's, and
 * flushing it flushes the enqueue.
 */
final class PostgresEnqueue {

  /**
   * The first key of the two-key advisory lock: ASCII "rptq" ({@code PostgresEngineLock}: "rpte").
   */
  static final int LOCK_CLASS = 0x72707471;

  private final Jdbc jdbc;
  private final StoreJson json;

  PostgresEnqueue(Jdbc jdbc, StoreJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  boolean save(Enqueue job) {
    String jobId = job.queued().jobId();
    StringBuilder sql =
        new StringBuilder(
            "WITH room AS (SELECT count(*) < ? AS ok FROM (SELECT 1 FROM reportengine_jobs"
                + " WHERE status = 'queued' LIMIT ?) q),"
                + " request AS (INSERT INTO reportengine_requests (job_id, request)"
                + " SELECT ?::text, ?::json FROM room WHERE ok"
                + " ON CONFLICT (job_id) DO UPDATE SET request = EXCLUDED.request,"
                + " saved_at = now()),");
    if (job.event().isPresent()) {
      sql.append(" event AS (")
          .append(PostgresEvents.INSERT)
          .append(" SELECT * FROM (VALUES ")
          .append(PostgresEvents.rows(1))
          .append(") e WHERE (SELECT ok FROM room)),");
    }
    sql.append(
        " job AS (INSERT INTO reportengine_jobs (id, status, created_at, created_nanos, snapshot)"
            + " SELECT ?::text, 'queued', ?::timestamptz, ?::integer, ?::json FROM room WHERE ok"
            + " ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status,"
            + " created_at = EXCLUDED.created_at, created_nanos = EXCLUDED.created_nanos,"
            + " snapshot = EXCLUDED.snapshot, updated_at = now() RETURNING id)"
            + " SELECT count(*) FROM job");
    String what = "queue job " + jobId;
    try (Connection c = jdbc.dataSource().getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        boolean saved = saveLocked(c, sql.toString(), job);
        c.commit();
        if (saved) {
          c.setAutoCommit(true);
          waitForFlush(c);
        }
        return saved;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Jdbc.failed(what, e);
    }
  }

  /**
   * Saves a batch of submitted jobs all or none, in one transaction like {@link #save}'s: the
   * queue's advisory lock, a count of the queued jobs (up to the bound), and, when the batch fits
   * under the smallest bound of its jobs, its requests, queued events and jobs as three JDBC
   * batches of inserts (pgjdbc sends each batch in one round trip); then the commit without waiting
   * for the disk and the one flush ({@link #waitForFlush}) for the whole batch. A batch larger than
   * its bound is refused whatever the queue holds.
   *
   * @return how many were saved: all of them, or 0 when the queue has no room for all
   */
  int saveAll(List<Enqueue> jobs) {
    if (jobs.isEmpty()) {
      return 0;
    }
    if (jobs.size() == 1) {
      return save(jobs.get(0)) ? 1 : 0;
    }
    int bound = Integer.MAX_VALUE;
    for (Enqueue job : jobs) {
      bound = Math.min(bound, job.maxQueued());
    }
    if (jobs.size() > bound) {
      return 0;
    }
    String what =
        "queue "
            + jobs.size()
            + " jobs (the first "
            + jobs.get(0).queued().jobId()
            + ", the last "
            + jobs.get(jobs.size() - 1).queued().jobId()
            + ")";
    try (Connection c = jdbc.dataSource().getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        lock(c);
        boolean saved = queued(c, bound) + jobs.size() <= bound;
        if (saved) {
          insertAll(c, jobs);
        }
        c.commit();
        if (saved) {
          c.setAutoCommit(true);
          waitForFlush(c);
        }
        return saved ? jobs.size() : 0;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Jdbc.failed(what, e);
    }
  }

  /** How many jobs are queued, counted up to {@code bound}. */
  private static int queued(Connection c, int bound) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT count(*) FROM (SELECT 1 FROM reportengine_jobs WHERE status = 'queued'"
                + " LIMIT ?) q")) {
      s.setInt(1, bound);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private void insertAll(Connection c, List<Enqueue> jobs) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO reportengine_requests (job_id, request) VALUES (?, ?::json)"
                + " ON CONFLICT (job_id) DO UPDATE SET request = EXCLUDED.request,"
                + " saved_at = now()")) {
      for (Enqueue job : jobs) {
        s.setString(1, job.queued().jobId());
        s.setString(2, json.encode(job.request()));
        s.addBatch();
      }
      s.executeBatch();
    }
    if (jobs.stream().anyMatch(j -> j.event().isPresent())) {
      try (PreparedStatement s =
          c.prepareStatement(
              PostgresEvents.INSERT + " SELECT * FROM (VALUES " + PostgresEvents.rows(1) + ") e")) {
        for (Enqueue job : jobs) {
          if (job.event().isPresent()) {
            PostgresEvents.bind(s, 0, job.event().get());
            s.addBatch();
          }
        }
        s.executeBatch();
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO reportengine_jobs (id, status, created_at, created_nanos, snapshot)"
                + " VALUES (?, 'queued', ?, ?, ?::json)"
                + " ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status,"
                + " created_at = EXCLUDED.created_at, created_nanos = EXCLUDED.created_nanos,"
                + " snapshot = EXCLUDED.snapshot, updated_at = now()")) {
      for (Enqueue job : jobs) {
        s.setString(1, job.queued().jobId());
        s.setObject(2, Jdbc.micros(job.queued().createdAt()));
        s.setInt(3, job.queued().createdAt().getNano());
        s.setString(4, json.encode(job.queued()));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * The queue's advisory lock, for this transaction, which commits without waiting for the disk.
   */
  private static void lock(Connection c) throws SQLException {
    try (PreparedStatement lock =
        c.prepareStatement(
            "SELECT set_config('synchronous_commit', 'off', true),"
                + " pg_advisory_xact_lock(?, hashtext(current_schema()))")) {
      lock.setInt(1, LOCK_CLASS);
      lock.execute();
    }
  }

  private boolean saveLocked(Connection c, String sql, Enqueue job) throws SQLException {
    lock(c);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 0;
      s.setInt(++i, job.maxQueued());
      s.setInt(++i, job.maxQueued());
      s.setString(++i, job.queued().jobId());
      s.setString(++i, json.encode(job.request()));
      if (job.event().isPresent()) {
        PostgresEvents.bind(s, i, job.event().get());
        i += PostgresEvents.COLUMNS;
      }
      s.setString(++i, job.queued().jobId());
      s.setObject(++i, Jdbc.micros(job.queued().createdAt()));
      s.setInt(++i, job.queued().createdAt().getNano());
      s.setString(++i, json.encode(job.queued()));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }

  /**
   * Runs, in auto-commit mode, a statement that writes one WAL record ({@code
   * pg_logical_emit_message}, transactional so it takes a transaction id), under the server's
   * {@code synchronous_commit}: returns once the WAL up to it, the enqueue committed before it
   * included, is flushed. A failure here leaves the job queued, though perhaps not yet on the disk,
   * and the submit fails, as when the reply to a commit is lost.
   */
  private static void waitForFlush(Connection c) throws SQLException {
    try (PreparedStatement flush =
        c.prepareStatement("SELECT pg_logical_emit_message(true, 'reportengine', 'queued')")) {
      flush.execute();
    }
  }
}
