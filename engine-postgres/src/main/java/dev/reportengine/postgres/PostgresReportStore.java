package dev.reportengine.postgres;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.JobClaims;
import dev.reportengine.api.spi.QueueNotifications;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.SharedEvents;
import dev.reportengine.api.spi.SharedIdempotency;
import dev.reportengine.api.spi.StoreRetention;
import dev.reportengine.api.spi.WebhookOutbox;
import dev.reportengine.core.StoreJson;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A durable {@link ReportStore} in PostgreSQL, over plain JDBC and a {@link DataSource} the host
 * supplies (typically a connection pool such as HikariCP). Job snapshots, requests and reports are
 * kept as {@code json} (their text as written: {@code jsonb} refuses U+0000 and reorders members),
 * idempotency records as {@code jsonb}, rendered documents as {@code bytea}, all encoded with the
 * engine's own codec ({@link StoreJson}), so they read back equal to what was saved. Nearly every
 * method is one statement on a connection borrowed for it, in the data source's auto-commit mode
 * (the exceptions: an enqueue's two transactions, and the ends of jobs that arrive together, which
 * share one transaction, {@link #saveEnding}); the store holds no state but its group commit of
 * ends, and is thread-safe. Nothing is forgotten unless the store is made with a retention ({@link
 * #PostgresReportStore(DataSource, Duration)}).
 *
 * <p>The tables must exist first: run {@link PostgresMigrations#apply(DataSource)} once at start,
 * or Flyway with {@code classpath:db/migration/reportengine}. The constructor does not touch the
 * database.
 *
 * <p><b>Several engines on one database.</b> The store is {@linkplain #isDurable() durable} and
 * also a {@link JobClaims claim queue}, so engines built on it (replicas, in one process or
 * several) share its jobs: a submitted job is saved queued; workers claim queued jobs with one
 * statement ({@code WITH next AS (SELECT id ... WHERE status = 'queued' ORDER BY priority DESC,
 * created_at, created_nanos, id LIMIT n FOR UPDATE SKIP LOCKED) UPDATE ... SET status = 'running',
 * owner = ?, attempt = attempt + 1, lease_until = now() + lease ... RETURNING ...}), renew the
 * lease with heartbeats while the job runs, and save its snapshots only while they hold it ({@code
 * ... WHERE owner = ? AND status = 'running'}); any engine requeues jobs whose lease expired, on
 * the database clock; cancel sets {@code cancel_requested}, which the owner sees at its next
 * heartbeat. A job runs once unless its engine loses the lease, then at least once. Idempotency
 * keys are shared too ({@link SharedIdempotency}): a key submitted on two engines at once creates
 * one job. Job events are kept too ({@link SharedEvents}), so a handle on any engine replays a
 * job's history. Webhook deliveries go through an outbox ({@link WebhookOutbox}): any engine makes
 * each due attempt, a restarted one sends what was pending. {@link PostgresEngineLock} still makes
 * a second engine refuse to start, for one engine per database.
 */
public final class PostgresReportStore
    implements ReportStore,
        JobClaims,
        SharedIdempotency,
        SharedEvents,
        WebhookOutbox,
        StoreRetention,
        QueueNotifications {

  private final DataSource dataSource;
  private final Jdbc jdbc;
  private final PostgresEvents events;
  private final PostgresWebhookOutbox outbox;
  private final PostgresEnding ending;
  private final PostgresEndingGroup endings;
  private final PostgresEnqueue enqueue;
  private final Optional<PostgresPurge> purge;
  private final StoreJson json = StoreJson.create();

  /**
   * A store on the tables reached through {@code dataSource}, in the connections' current schema.
   */
  public PostgresReportStore(DataSource dataSource) {
    this(dataSource, Optional.empty());
  }

  /**
   * A store that keeps finished jobs for {@code keepFinished} after they ended (on the database
   * clock), then deletes them with their requests, reports, documents, events, idempotency records
   * and webhook deliveries when an engine asks it to ({@link StoreRetention}); a job whose webhook
   * is still pending is kept until the delivery ends. Keep it at least as long as the engines'
   * idempotency retention (24 h by default), or a key outlives its job.
   *
   * @throws IllegalArgumentException when {@code keepFinished} is shorter than one minute
   */
  public PostgresReportStore(DataSource dataSource, Duration keepFinished) {
    this(dataSource, Optional.of(minuteOrMore(keepFinished)));
  }

  private static Duration minuteOrMore(Duration keepFinished) {
    Objects.requireNonNull(keepFinished, "keepFinished");
    if (keepFinished.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException(
          "keepFinished must be at least one minute (PT1M), so that engines see a job end before"
              + " it is deleted; got "
              + keepFinished);
    }
    return keepFinished;
  }

  private PostgresReportStore(DataSource dataSource, Optional<Duration> keepFinished) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.jdbc = new Jdbc(dataSource);
    this.events = new PostgresEvents(jdbc);
    this.outbox = new PostgresWebhookOutbox(jdbc);
    this.ending = new PostgresEnding(jdbc, json);
    this.endings = new PostgresEndingGroup(dataSource);
    this.enqueue = new PostgresEnqueue(jdbc, json);
    this.purge = keepFinished.map(keep -> new PostgresPurge(jdbc, keep));
  }

  @Override
  public void saveJob(JobSnapshot job) {
    String text = json.encode(job);
    Instant created = job.createdAt();
    jdbc.update(
        "save job " + job.jobId(),
        "INSERT INTO reportengine_jobs (id, status, created_at, created_nanos, snapshot)"
            + " VALUES (?, ?, ?, ?, ?::json)"
            + " ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status,"
            + " created_at = EXCLUDED.created_at, created_nanos = EXCLUDED.created_nanos,"
            + " snapshot = EXCLUDED.snapshot, updated_at = now()",
        s -> {
          s.setString(1, job.jobId());
          s.setString(2, job.status().wireName());
          s.setObject(3, Jdbc.micros(created));
          s.setInt(4, created.getNano());
          s.setString(5, text);
        });
  }

  /**
   * The job's latest snapshot. A job an engine claimed whose running snapshot that engine has not
   * saved yet (it saves it within a poll interval, or with the job's end) reads as running, started
   * when it was claimed (on the database clock).
   */
  @Override
  public Optional<JobSnapshot> job(String jobId) {
    return jdbc.one(
        "read job " + jobId,
        "SELECT " + SNAPSHOT_COLUMNS + " FROM reportengine_jobs WHERE id = ?",
        s -> s.setString(1, jobId),
        rs -> snapshot(rs, 1));
  }

  /** The columns {@link #snapshot} reads: the stored snapshot, the status and the last update. */
  private static final String SNAPSHOT_COLUMNS = "snapshot::text, status, updated_at";

  /**
   * The snapshot in {@link #SNAPSHOT_COLUMNS} from column {@code first} on: as saved, or, for a
   * claimed job whose saved snapshot is still its queued one, running since the claim ({@code
   * updated_at}, which the claim set and nothing else changes until the engine saves a snapshot).
   */
  private JobSnapshot snapshot(ResultSet rs, int first) throws SQLException {
    JobSnapshot saved = json.decodeJob(rs.getString(first));
    if (saved.status() != JobStatus.QUEUED || !"running".equals(rs.getString(first + 1))) {
      return saved;
    }
    return saved.toBuilder()
        .status(JobStatus.RUNNING)
        .startedAt(Optional.of(rs.getObject(first + 2, OffsetDateTime.class).toInstant()))
        .estimatedWaitSec(OptionalDouble.empty())
        .build();
  }

  @Override
  public JobPage jobs(JobQuery query) {
    Optional<Position> after = query.cursor().map(Position::parse);
    StringBuilder sql =
        new StringBuilder("SELECT " + SNAPSHOT_COLUMNS + " FROM reportengine_jobs WHERE true");
    if (!query.statuses().isEmpty()) {
      sql.append(" AND status = ANY (?)");
    }
    if (after.isPresent()) {
      sql.append(" AND (created_at, created_nanos, id) < (?, ?, ?)");
    }
    sql.append(" ORDER BY created_at DESC, created_nanos DESC, id DESC LIMIT ?");
    List<JobSnapshot> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      int i = 1;
      if (!query.statuses().isEmpty()) {
        Array statuses =
            c.createArrayOf(
                "text", query.statuses().stream().map(JobStatus::wireName).toArray(String[]::new));
        s.setArray(i++, statuses);
      }
      if (after.isPresent()) {
        Position p = after.get();
        s.setObject(i++, Jdbc.micros(p.createdAt()));
        s.setInt(i++, p.createdAt().getNano());
        s.setString(i++, p.jobId());
      }
      s.setInt(i, query.limit() + 1);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(snapshot(rs, 1));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("list jobs", e);
    }
    if (found.size() <= query.limit()) {
      return new JobPage(found, Optional.empty());
    }
    List<JobSnapshot> page = List.copyOf(found.subList(0, query.limit()));
    return new JobPage(page, Optional.of(Position.of(page.get(page.size() - 1)).cursor()));
  }

  @Override
  public void saveRequest(String jobId, CreateReportJobRequest request) {
    String text = json.encode(request);
    jdbc.update(
        "save the request of job " + jobId,
        "INSERT INTO reportengine_requests (job_id, request) VALUES (?, ?::json)"
            + " ON CONFLICT (job_id) DO UPDATE SET request = EXCLUDED.request, saved_at = now()",
        s -> {
          s.setString(1, jobId);
          s.setString(2, text);
        });
  }

  @Override
  public Optional<CreateReportJobRequest> request(String jobId) {
    return jdbc.one(
        "read the request of job " + jobId,
        "SELECT request::text FROM reportengine_requests WHERE job_id = ?",
        s -> s.setString(1, jobId),
        rs -> json.decodeRequest(rs.getString(1)));
  }

  /**
   * Upserts a report from a {@code SELECT} of its id, job id, creation time and JSON, only when the
   * enclosing statement's {@code ended} CTE found the job ({@link PostgresEnding}).
   */
  static final String UPSERT_REPORT_SELECT =
      "INSERT INTO reportengine_reports (id, job_id, created_at, report)"
          + " SELECT ?::text, ?::text, ?::timestamptz, ?::json WHERE EXISTS (SELECT 1 FROM ended)"
          + " ON CONFLICT (id) DO UPDATE SET job_id = EXCLUDED.job_id,"
          + " created_at = EXCLUDED.created_at, report = EXCLUDED.report, saved_at = now()";

  @Override
  public void saveReport(Report report) {
    String text = json.encode(report);
    jdbc.update(
        "save report " + report.id(),
        "INSERT INTO reportengine_reports (id, job_id, created_at, report) VALUES (?, ?, ?, ?::json)"
            + " ON CONFLICT (id) DO UPDATE SET job_id = EXCLUDED.job_id,"
            + " created_at = EXCLUDED.created_at, report = EXCLUDED.report, saved_at = now()",
        s -> {
          s.setString(1, report.id());
          s.setString(2, report.jobId().orElse(null));
          s.setObject(3, Jdbc.micros(report.createdAt()));
          s.setString(4, text);
        });
  }

  @Override
  public Optional<Report> report(String reportId) {
    return jdbc.one(
        "read report " + reportId,
        "SELECT report::text FROM reportengine_reports WHERE id = ?",
        s -> s.setString(1, reportId),
        rs -> json.decodeReport(rs.getString(1)));
  }

  @Override
  public void saveArtifact(String reportId, String mediaType, byte[] bytes) {
    Objects.requireNonNull(mediaType, "mediaType");
    byte[] copy = bytes.clone();
    jdbc.update(
        "save the " + mediaType + " document of report " + reportId,
        "INSERT INTO reportengine_artifacts (report_id, media_type, bytes) VALUES (?, ?, ?)"
            + " ON CONFLICT (report_id, media_type) DO UPDATE SET bytes = EXCLUDED.bytes,"
            + " saved_at = now()",
        s -> {
          s.setString(1, reportId);
          s.setString(2, mediaType);
          s.setBytes(3, copy);
        });
  }

  @Override
  public Optional<byte[]> artifact(String reportId, String mediaType) {
    return jdbc.one(
        "read the " + mediaType + " document of report " + reportId,
        "SELECT bytes FROM reportengine_artifacts WHERE report_id = ? AND media_type = ?",
        s -> {
          s.setString(1, reportId);
          s.setString(2, mediaType);
        },
        rs -> rs.getBytes(1));
  }

  @Override
  public void saveIdempotency(IdempotencyRecord record) {
    jdbc.update(
        "save idempotency key " + record.key(),
        insertIdempotency()
            + " ON CONFLICT (key) DO UPDATE SET request_sha256 = EXCLUDED.request_sha256,"
            + " job_id = EXCLUDED.job_id, created_at = EXCLUDED.created_at,"
            + " expires_at = EXCLUDED.expires_at, record = EXCLUDED.record",
        s -> bindIdempotency(s, record));
  }

  /**
   * Saves an idempotency record unless a record live at its {@code createdAt} holds its key: {@code
   * INSERT ... ON CONFLICT (key) DO UPDATE ... WHERE expires_at <= EXCLUDED.created_at RETURNING
   * record}, so an expired record is replaced and, of several callers racing with one key, exactly
   * one wins; a loser then reads the winner's record in a second statement (which sees the winner's
   * committed row). The engine uses it for every submit with a key.
   *
   * @return the record that holds the key: {@code record} when it was saved, else the live one
   */
  @Override
  public IdempotencyRecord saveIdempotencyIfAbsent(IdempotencyRecord record) {
    String what = "save idempotency key " + record.key();
    while (true) {
      Optional<IdempotencyRecord> saved =
          jdbc.one(
              what,
              insertIdempotency()
                  + " ON CONFLICT (key) DO UPDATE SET request_sha256 = EXCLUDED.request_sha256,"
                  + " job_id = EXCLUDED.job_id, created_at = EXCLUDED.created_at,"
                  + " expires_at = EXCLUDED.expires_at, record = EXCLUDED.record"
                  + " WHERE reportengine_idempotency.expires_at <= EXCLUDED.created_at"
                  + " RETURNING record::text",
              s -> bindIdempotency(s, record),
              rs -> json.decodeIdempotency(rs.getString(1)));
      if (saved.isPresent()) {
        return saved.get();
      }
      Optional<IdempotencyRecord> holder = idempotency(record.key());
      if (holder.isPresent()) {
        return holder.get();
      }
      // The holder was deleted between the two statements: try again.
    }
  }

  private static String insertIdempotency() {
    return "INSERT INTO reportengine_idempotency"
        + " (key, request_sha256, job_id, created_at, expires_at, record)"
        + " VALUES (?, ?, ?, ?, ?, ?::jsonb)";
  }

  private void bindIdempotency(PreparedStatement s, IdempotencyRecord record) throws SQLException {
    s.setString(1, record.key());
    s.setString(2, record.requestSha256());
    s.setString(3, record.jobId());
    s.setObject(4, Jdbc.micros(record.createdAt()));
    s.setObject(5, Jdbc.micros(record.expiresAt()));
    s.setString(6, json.encode(record));
  }

  @Override
  public Optional<IdempotencyRecord> idempotency(String key) {
    return jdbc.one(
        "read idempotency key " + key,
        "SELECT record::text FROM reportengine_idempotency WHERE key = ?",
        s -> s.setString(1, key),
        rs -> json.decodeIdempotency(rs.getString(1)));
  }

  /**
   * True: what is saved outlives the process. Engines built on this store claim its queued jobs
   * (see {@link JobClaims}) rather than rerunning every unfinished job on start.
   */
  @Override
  public boolean isDurable() {
    return true;
  }

  // ---- Event histories (SharedEvents, schema version 2) ----

  @Override
  public void saveEvent(JobEvent event) {
    events.save(event);
  }

  /**
   * One statement, {@code INSERT ... SELECT * FROM (VALUES ...) WHERE EXISTS (... WHERE id = ? AND
   * owner = ? AND status = 'running')}: fenced like {@link #saveClaimed}, so an engine that lost
   * the job saves no more of its events.
   */
  @Override
  public boolean saveClaimedEvents(List<JobEvent> claimed, String owner) {
    return events.saveClaimed(claimed, owner);
  }

  @Override
  public List<JobEvent> events(String jobId) {
    return events.of(jobId);
  }

  /**
   * One statement: {@code SELECT ... FROM unnest(ids, counts) k(id, n) JOIN LATERAL (SELECT ...
   * FROM reportengine_events WHERE job_id = k.id ORDER BY seq OFFSET k.n) ...} (the index on {@code
   * (job_id, seq)}).
   */
  @Override
  public Map<String, List<JobEvent>> eventsAfter(Map<String, Integer> known) {
    return events.after(known);
  }

  // ---- The webhook outbox (WebhookOutbox, schema version 3) ----

  @Override
  public void addDelivery(Delivery delivery) {
    outbox.add(delivery);
  }

  /**
   * {@code WITH due AS (SELECT ... WHERE status = 'pending' AND next_attempt_at <= now() AND
   * (lease_until IS NULL OR lease_until < now()) ... FOR UPDATE SKIP LOCKED) UPDATE ... SET owner =
   * ?, lease_until = now() + lease ... RETURNING ...}.
   */
  @Override
  public List<Delivery> claimDeliveries(String owner, Duration lease, int max) {
    return outbox.claim(owner, lease, max);
  }

  /**
   * Fenced by the owner: a delivery another relay claimed meanwhile is left to it. The attempt is
   * logged in {@code reportengine_webhook_attempts} by the same statement.
   */
  @Override
  public boolean finishAttempt(Attempt attempt) {
    return outbox.finish(attempt);
  }

  /** {@code SELECT ... FROM reportengine_webhook_attempts WHERE job_id = ? ORDER BY number}. */
  @Override
  public List<dev.reportengine.api.WebhookAttempt> attempts(String jobId) {
    return outbox.attempts(jobId);
  }

  @Override
  public int releaseDeliveries(String owner) {
    return outbox.release(owner);
  }

  // ---- Retention (StoreRetention, schema version 4) ----

  /**
   * Without a retention ({@link #PostgresReportStore(DataSource)}), deletes nothing. With one, one
   * statement of data-modifying CTEs locks up to {@code maxJobs} jobs that ended before {@code
   * now() - keepFinished} with no webhook pending ({@code FOR UPDATE SKIP LOCKED}, the partial
   * index {@code reportengine_jobs_finished}) and deletes them with what belongs to them; a second
   * deletes up to as many expired idempotency records.
   */
  @Override
  public int purge(Purge request) {
    return purge.map(p -> p.run(request.maxJobs())).orElse(0);
  }

  // ---- Queue notifications (QueueNotifications, schema version 5) ----

  /**
   * {@code LISTEN reportengine_jobs} on a connection borrowed from the data source for as long as
   * the handle is open (so a pool needs one connection more per engine), on a daemon thread; a
   * trigger notifies when a job becomes queued or a cancel is requested. A dropped connection is
   * replaced after a second.
   */
  @Override
  public AutoCloseable listen(Consumer<Notification> listener) {
    return new PostgresQueueListener(dataSource, Objects.requireNonNull(listener, "listener"));
  }

  // ---- The claim queue (JobClaims) ----

  private static final String CLAIMED_COLUMNS =
      " RETURNING j.snapshot::text, j.attempt, j.cancel_requested,"
          + " (SELECT r.request::text FROM reportengine_requests r WHERE r.job_id = j.id)";

  /**
   * A requeued job's snapshot says queued, like its status column: the first {@code status} member
   * of the codec's text (the snapshot's own, before any free text) is rewritten in place, so the
   * rest of the text stays as written.
   */
  private static final String REQUEUED_SNAPSHOT =
      " snapshot = regexp_replace(snapshot::text, '\"status\"\\s*:\\s*\"running\"',"
          + " '\"status\":\"queued\"')::json,";

  private static final String LEASED =
      " status = 'running', owner = ?, attempt = j.attempt + 1,"
          + " lease_until = now() + ? * interval '1 millisecond', updated_at = now()";

  /**
   * A CTE that makes the statement's transaction commit without waiting for its WAL to reach the
   * disk ({@code set_config('synchronous_commit', 'off', true)}: this transaction only, whatever
   * the server's setting): for a claim, which a crash of the server may undo without harm. A claim
   * lost that way leaves its jobs queued, as a crash just before it would have, and the engine that
   * held them finds its end fenced out ({@code owner} no longer matches), as after a lost lease;
   * every later durable commit (an end, an enqueue) flushes the WAL up to its own record, and so
   * the claims before it. The function is volatile, so the CTE is not inlined; the claim joins it,
   * so it runs before the commit.
   */
  private static final String NO_FLUSH_WAIT =
      " no_flush_wait AS (SELECT set_config('synchronous_commit', 'off', true))";

  /**
   * One statement: a CTE locks up to {@code max} queued rows in queue order ({@code priority DESC,
   * created_at, created_nanos, id}, the partial index {@code reportengine_jobs_queued}) with {@code
   * FOR UPDATE SKIP LOCKED}, so concurrent claimers take disjoint rows without waiting, and the
   * update marks them running under {@code owner} with a lease on the database clock. The claim
   * commits without waiting for a WAL flush ({@link #NO_FLUSH_WAIT}): a worker taking its next job
   * does not wait for the disk, only the job's end does.
   */
  @Override
  public List<ClaimedJob> claim(String owner, Duration lease, int max) {
    Objects.requireNonNull(owner, "owner");
    if (max <= 0) {
      return List.of();
    }
    String sql =
        "WITH next AS ("
            + NEXT_QUEUED
            + "),"
            + NO_FLUSH_WAIT
            + " UPDATE reportengine_jobs j SET"
            + LEASED
            + " FROM next, no_flush_wait WHERE j.id = next.id"
            + CLAIMED_COLUMNS;
    List<ClaimedJob> claimed =
        claimed(
            "claim queued jobs",
            sql,
            s -> {
              s.setInt(1, max);
              s.setString(2, owner);
              s.setLong(3, lease.toMillis());
            });
    return inClaimOrder(claimed);
  }

  /** Up to {@code ?} queued jobs in queue order, locked, skipping those another claim locked. */
  private static final String NEXT_QUEUED =
      "SELECT id FROM reportengine_jobs WHERE status = 'queued'"
          + " ORDER BY priority DESC, created_at, created_nanos, id"
          + " LIMIT ? FOR UPDATE SKIP LOCKED";

  private static List<ClaimedJob> inClaimOrder(List<ClaimedJob> claimed) {
    List<ClaimedJob> sorted = new ArrayList<>(claimed);
    sorted.sort(
        Comparator.comparing((ClaimedJob c) -> c.snapshot().createdAt())
            .thenComparing(c -> c.snapshot().jobId()));
    return sorted;
  }

  /**
   * One statement: the end as {@link #saveEnding} saves it, and the claim of up to {@code max}
   * queued jobs as {@link #claim} makes it ({@link PostgresEnding#saveAndClaim}), so a worker that
   * ends a job takes the next one in the round trip and the WAL flush of the end; and, like {@link
   * #saveEnding}, in one transaction with the other ends of this store's workers that arrive while
   * an end is being committed ({@link PostgresEndingGroup}).
   */
  @Override
  public EndingAndClaims saveEndingAndClaim(Ending ending, Duration lease, int max) {
    if (max <= 0) {
      return new EndingAndClaims(saveEnding(ending), List.of());
    }
    String update =
        "UPDATE reportengine_jobs j SET"
            + LEASED
            + " FROM next WHERE j.id = next.id"
            + CLAIMED_COLUMNS;
    PostgresEnding.ClaimBinder binder =
        (s, before) -> {
          s.setInt(before + 1, max);
          s.setString(before + 2, ending.owner());
          s.setLong(before + 3, lease.toMillis());
        };
    Jdbc.Reader<ClaimedJob> reader = rs -> claimedJob(rs, 2);
    String sql = PostgresEnding.saveAndClaimSql(ending, NEXT_QUEUED, update);
    EndingAndClaims done =
        endings.save(
            "claimed job " + ending.terminal().jobId(),
            c -> this.ending.saveAndClaim(c, sql, ending, binder, reader),
            () -> this.ending.saveAndClaim(ending, NEXT_QUEUED, update, binder, reader));
    return new EndingAndClaims(done.saved(), inClaimOrder(done.claimed()));
  }

  /** The ends this store wrote, and in how many transactions; for tests. */
  PostgresEndingGroup endingGroup() {
    return endings;
  }

  @Override
  public Optional<ClaimedJob> claim(String jobId, String owner, Duration lease) {
    Objects.requireNonNull(owner, "owner");
    String sql =
        "UPDATE reportengine_jobs j SET"
            + LEASED
            + " WHERE j.id = ? AND j.status = 'queued'"
            + CLAIMED_COLUMNS;
    return claimed(
            "claim job " + jobId,
            sql,
            s -> {
              s.setString(1, owner);
              s.setLong(2, lease.toMillis());
              s.setString(3, jobId);
            })
        .stream()
        .findFirst();
  }

  private List<ClaimedJob> claimed(String what, String sql, Jdbc.Binder binder) {
    return jdbc.list(what, sql, binder, rs -> claimedJob(rs, 1));
  }

  /** A claimed job from the {@link #CLAIMED_COLUMNS}, the first at column {@code first}. */
  private ClaimedJob claimedJob(ResultSet rs, int first) throws SQLException {
    String request = rs.getString(first + 3);
    return new ClaimedJob(
        json.decodeJob(rs.getString(first)),
        request == null ? null : json.decodeRequest(request),
        rs.getInt(first + 1),
        rs.getBoolean(first + 2));
  }

  @Override
  public boolean saveClaimed(JobSnapshot job, String owner) {
    String text = json.encode(job);
    return jdbc.update(
            "save claimed job " + job.jobId(), SAVE_CLAIMED, s -> bindClaimed(s, job, text, owner))
        == 1;
  }

  /**
   * Saves a claimed job's snapshot, fenced by its owner; five parameters ({@link #bindClaimed}).
   */
  private static final String SAVE_CLAIMED =
      "UPDATE reportengine_jobs SET status = ?, snapshot = ?::json, updated_at = now(),"
          + " lease_until = CASE WHEN ? THEN NULL ELSE lease_until END"
          + " WHERE id = ? AND owner = ? AND status = 'running'";

  private static void bindClaimed(PreparedStatement s, JobSnapshot job, String text, String owner)
      throws SQLException {
    s.setString(1, job.status().wireName());
    s.setString(2, text);
    s.setBoolean(3, job.status().isTerminal());
    s.setString(4, job.jobId());
    s.setString(5, owner);
  }

  /**
   * One statement: {@code WITH saved AS (UPDATE ... SET status, snapshot ... WHERE id = ? AND owner
   * = ? AND status = 'running' RETURNING id) INSERT INTO reportengine_events ... SELECT * FROM
   * (VALUES ...) e WHERE EXISTS (SELECT 1 FROM saved)}: the snapshot and the events, or nothing.
   */
  @Override
  public boolean saveClaimed(JobSnapshot job, String owner, List<JobEvent> claimedEvents) {
    if (claimedEvents.isEmpty()) {
      return saveClaimed(job, owner);
    }
    for (JobEvent event : claimedEvents) {
      if (!event.jobId().equals(job.jobId())) {
        throw new IllegalArgumentException(
            "events of job " + job.jobId() + " expected; got one of " + event.jobId());
      }
    }
    String text = json.encode(job);
    return jdbc.update(
            "save claimed job " + job.jobId() + " with its events",
            "WITH saved AS ("
                + SAVE_CLAIMED
                + " RETURNING id) "
                + PostgresEvents.INSERT
                + " SELECT * FROM (VALUES "
                + PostgresEvents.rows(claimedEvents.size())
                + ") e WHERE EXISTS (SELECT 1 FROM saved)",
            s -> {
              bindClaimed(s, job, text, owner);
              int before = 5;
              for (JobEvent event : claimedEvents) {
                PostgresEvents.bind(s, before, event);
                before += PostgresEvents.COLUMNS;
              }
            })
        == claimedEvents.size();
  }

  /**
   * One statement: {@code WITH ended AS (UPDATE ... SET status, snapshot ... WHERE id = ? AND owner
   * = ? AND status = 'running' RETURNING id), events AS (INSERT ... WHERE EXISTS (SELECT 1 FROM
   * ended)), delivery AS (INSERT INTO reportengine_webhook_outbox ... WHERE EXISTS (SELECT 1 FROM
   * ended) ON CONFLICT DO NOTHING) SELECT count(*) FROM ended}, so the terminal snapshot, the last
   * events and the webhook delivery commit together, or not at all. Ends that this store's workers
   * save while another end is being committed wait for that commit, then are written together in
   * one transaction, one WAL flush for all of them, each statement fenced by its own job's owner
   * ({@link PostgresEndingGroup}, group commit); an end alone is one statement as before.
   */
  @Override
  public boolean saveEnding(Ending ending) {
    return endings
        .save(
            "claimed job " + ending.terminal().jobId(),
            c -> new EndingAndClaims(this.ending.save(c, ending), List.of()),
            () -> new EndingAndClaims(this.ending.save(ending), List.of()))
        .saved();
  }

  @Override
  public Lease heartbeat(String jobId, String owner, Duration lease) {
    return jdbc.one(
            "renew the lease of job " + jobId,
            "UPDATE reportengine_jobs SET lease_until = now() + ? * interval '1 millisecond'"
                + " WHERE id = ? AND owner = ? AND status = 'running' RETURNING cancel_requested",
            s -> {
              s.setLong(1, lease.toMillis());
              s.setString(2, jobId);
              s.setString(3, owner);
            },
            rs -> rs.getBoolean(1) ? Lease.CANCEL_REQUESTED : Lease.HELD)
        .orElse(Lease.LOST);
  }

  /**
   * One transaction: {@code SELECT pg_advisory_xact_lock('rptq', hashtext(current_schema()))}, then
   * {@code WITH room AS (SELECT count(*) < bound ... WHERE status = 'queued' LIMIT bound), request
   * AS (INSERT ... WHERE ok), event AS (...), job AS (INSERT ... WHERE ok RETURNING id) SELECT
   * count(*) FROM job}, then commit: submits on every engine pass the lock one at a time, so the
   * count each sees includes every job queued before it.
   */
  @Override
  public boolean enqueue(Enqueue job) {
    return enqueue.save(job);
  }

  /**
   * One transaction for the whole batch, all or none, under the same advisory lock as {@link
   * #enqueue}: a count of the queued jobs, then the requests, events and jobs inserted as JDBC
   * batches; committed without waiting for the disk, then one flush covers every job of the batch
   * before it returns ({@code pg_logical_emit_message}, as for one job). So a batch of n submits
   * costs one WAL flush instead of n.
   */
  @Override
  public int enqueueAll(List<Enqueue> jobs) {
    return enqueue.saveAll(jobs);
  }

  @Override
  public int requeueExpired(int maxExpiries) {
    return jdbc.update(
        "requeue jobs whose lease expired",
        "UPDATE reportengine_jobs SET status = 'queued', owner = NULL, lease_until = NULL,"
            + REQUEUED_SNAPSHOT
            + " lease_expiries = lease_expiries + 1, updated_at = now()"
            + " WHERE status = 'running' AND lease_until < now() AND lease_expiries + 1 < ?",
        s -> s.setInt(1, maxExpiries));
  }

  /**
   * {@code UPDATE ... SET owner = ?, lease_until = now() + lease, lease_expiries = lease_expiries +
   * 1 WHERE status = 'running' AND lease_until < now() AND lease_expiries + 1 >= ? RETURNING ...}
   * (column {@code lease_expiries}, schema version 6): a second caller waits on the row lock, then
   * finds the lease renewed and skips the row.
   */
  @Override
  public List<ClaimedJob> claimAbandoned(String owner, Duration lease, int maxExpiries) {
    Objects.requireNonNull(owner, "owner");
    return claimed(
        "claim jobs whose lease expired " + maxExpiries + " times",
        "UPDATE reportengine_jobs j SET owner = ?,"
            + " lease_until = now() + ? * interval '1 millisecond',"
            + " lease_expiries = j.lease_expiries + 1, updated_at = now()"
            + " WHERE j.status = 'running' AND j.lease_until < now()"
            + " AND j.lease_expiries + 1 >= ?"
            + CLAIMED_COLUMNS,
        s -> {
          s.setString(1, owner);
          s.setLong(2, lease.toMillis());
          s.setInt(3, maxExpiries);
        });
  }

  @Override
  public Optional<JobStatus> requestCancel(String jobId) {
    return jdbc.one(
        "request the cancel of job " + jobId,
        "UPDATE reportengine_jobs SET cancel_requested = true"
            + " WHERE id = ? AND status IN ('queued', 'running') RETURNING status",
        s -> s.setString(1, jobId),
        rs -> JobStatus.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)));
  }

  @Override
  public int release(String owner) {
    return jdbc.update(
        "release the jobs of " + owner,
        "UPDATE reportengine_jobs SET status = 'queued', owner = NULL, lease_until = NULL,"
            + REQUEUED_SNAPSHOT
            + " updated_at = now() WHERE owner = ? AND status = 'running'",
        s -> s.setString(1, owner));
  }

  @Override
  public List<JobSnapshot> ended(Collection<String> jobIds) {
    if (jobIds.isEmpty()) {
      return List.of();
    }
    List<JobSnapshot> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT snapshot::text FROM reportengine_jobs WHERE id = ANY (?)"
                    + " AND status IN ('succeeded', 'failed', 'canceled')")) {
      s.setArray(1, c.createArrayOf("text", jobIds.toArray(String[]::new)));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(json.decodeJob(rs.getString(1)));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("read ended jobs", e);
    }
    return out;
  }

  /**
   * One round trip of two queries: the ended jobs among {@code jobIds} with their reports ({@code
   * LEFT JOIN reportengine_reports ON id = snapshot ->> 'reportId'}), then their events in order
   * ({@code CROSS JOIN LATERAL (... WHERE job_id = j.id ORDER BY seq)}). A job's end saves its last
   * events with its terminal snapshot in one transaction, so the second query, which starts after
   * the first, sees every event of a job the first found ended.
   */
  @Override
  public List<EndedJob> endedJobs(Collection<String> jobIds) {
    if (jobIds.isEmpty()) {
      return List.of();
    }
    Map<String, JobSnapshot> snapshots = new LinkedHashMap<>();
    Map<String, Report> reports = new HashMap<>();
    Map<String, List<JobEvent>> histories = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT j.snapshot::text, r.report::text FROM reportengine_jobs j"
                    + " LEFT JOIN reportengine_reports r ON r.id = j.snapshot ->> 'reportId'"
                    + " WHERE j.id = ANY (?) AND j.status IN ('succeeded', 'failed', 'canceled');"
                    + " SELECT j.id, e.status, e.stage, e.progress, e.at, e.at_nanos"
                    + " FROM reportengine_jobs j CROSS JOIN LATERAL (SELECT seq, "
                    + PostgresEvents.COLUMNS_READ
                    + " FROM reportengine_events WHERE job_id = j.id ORDER BY seq) e"
                    + " WHERE j.id = ANY (?) AND j.status IN ('succeeded', 'failed', 'canceled')"
                    + " ORDER BY j.id, e.seq")) {
      // The events of the ended jobs only, read through the index on (job_id, seq) job by job (the
      // ORDER BY keeps the subquery from being flattened into a join the planner may hash): a
      // filter on reportengine_events by the whole id array let PostgreSQL scan the table, about
      // 2,000 ids against every row, at every poll interval.
      Array ids = c.createArrayOf("text", jobIds.toArray(String[]::new));
      s.setArray(1, ids);
      s.setArray(2, ids);
      s.execute();
      try (ResultSet rs = s.getResultSet()) {
        while (rs.next()) {
          JobSnapshot ended = json.decodeJob(rs.getString(1));
          snapshots.put(ended.jobId(), ended);
          String report = rs.getString(2);
          if (report != null) {
            reports.put(ended.jobId(), json.decodeReport(report));
          }
        }
      }
      if (!s.getMoreResults()) {
        throw new SQLException("the events query of the ended jobs returned no rows");
      }
      try (ResultSet rs = s.getResultSet()) {
        while (rs.next()) {
          String jobId = rs.getString(1);
          histories
              .computeIfAbsent(jobId, id -> new ArrayList<>())
              .add(PostgresEvents.read(rs, 2, jobId));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("read ended jobs", e);
    }
    List<EndedJob> out = new ArrayList<>();
    for (JobSnapshot ended : snapshots.values()) {
      out.add(
          new EndedJob(
              ended,
              Optional.ofNullable(reports.get(ended.jobId())),
              histories.getOrDefault(ended.jobId(), List.of())));
    }
    return out;
  }

  @Override
  public String toString() {
    return "PostgreSQL store";
  }

  /**
   * The position of the last job of a page, the same as the engine's built-in stores use: {@code
   * createdAt|jobId}, base64url-encoded.
   */
  private record Position(Instant createdAt, String jobId) {

    static Position of(JobSnapshot job) {
      return new Position(job.createdAt(), job.jobId());
    }

    String cursor() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((createdAt + "|" + jobId).getBytes(StandardCharsets.UTF_8));
    }

    static Position parse(String cursor) {
      try {
        String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        int bar = position.indexOf('|');
        if (bar < 0 || position.indexOf('\u0000') >= 0) {
          throw new IllegalArgumentException("not a position");
        }
        return new Position(Instant.parse(position.substring(0, bar)), position.substring(bar + 1));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(
            "cursor [" + cursor + "] is not one a job page returned; pass nextCursor as it is", e);
      }
    }
  }
}
