package dev.reportengine.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportStores;
import dev.reportengine.postgres.PostgresMigrations;
import dev.reportengine.postgres.PostgresReportStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Jobs per second through 1, 2 and 4 engines sharing one embedded PostgreSQL (claim mode), and
 * through one engine on the in-memory and on the file store, with the trivial template and PDF off;
 * plus the claim latency (a job's {@code startedAt} minus its {@code createdAt}, both on this JVM's
 * clock) at light load, p50 and p99; for PostgreSQL, the database transactions per job over the
 * throughput run (about the statements per job, since the store runs each in auto-commit mode), the
 * WAL flushes per job ({@code fdatasync} calls, which durable commits wait for) and the mean time
 * of one flush.
 *
 * <p>Throughput: one submitting thread per engine submits its share of N jobs at once (a backlog),
 * then every job is awaited; jobs/s is N over the time from the first submit to the last job ended.
 * With a batch size above 1, each thread submits its share with {@code ReportEngine.submitAll} in
 * batches of that size (one enqueue transaction and one WAL flush per batch on PostgreSQL) instead
 * of one {@code submit} per job. Latency: jobs are submitted one at a time, each awaited before the
 * next, rotating over the engines, so the figure is the hand-off (a poll, or the submitting
 * engine's wake-up) and not time spent waiting behind other jobs. Each case first runs a warm-up of
 * the same shape.
 *
 * <pre>
 * {@code java -cp benchmarks/target/benchmarks.jar dev.reportengine.benchmarks.ReplicaThroughput
 * [jobs] [latencySamples] [workersPerEngine] [cases] [durable|zonky] [submitBatch]}</pre>
 */
public final class ReplicaThroughput {

  private ReplicaThroughput() {}

  /**
   * {@code -Dreportengine.bench.statements=true}: the server preloads {@code pg_stat_statements},
   * and after each PostgreSQL throughput run the harness prints the statements it ran, calls per
   * job and mean milliseconds each (the counters are reset after the warm-up; the harness's own
   * counter reads are among them).
   */
  static final boolean STATEMENTS = Boolean.getBoolean("reportengine.bench.statements");

  /**
   * {@code -Dreportengine.bench.warmups=n}: how many warm-up throughput runs (of a fifth of the
   * jobs, at least 200) each case makes before it is measured; 1 by default, as every run before
   * branch {@code pgtx}. With one, the JIT compilers still take a third to a half of this JVM's CPU
   * during a measured PostgreSQL run of 2,000 jobs (branch {@code pgtx}, by thread).
   */
  static final int WARM_UP_ROUNDS = Integer.getInteger("reportengine.bench.warmups", 1);

  /**
   * Arguments: jobs per throughput run (2000), latency samples (300), workers per engine (2), the
   * cases to run (all: {@code memory,file,pg1,pg2,pg4}), and the embedded server's durability:
   * {@code durable} (PostgreSQL's defaults, {@code fsync} and {@code synchronous_commit} on) or
   * {@code zonky} (both off, as zonky's builder runs it unless told, and as every run before
   * 2026-12-06 measured), and the submit batch size (1: one {@code submit} per job, as every run
   * before branch {@code pgbatch} measured; above 1, {@code submitAll} batches of that size).
   */
  public static void main(String[] args) throws Exception {
    int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<String> cases =
        List.of((args.length > 3 ? args[3] : "memory,file,pg1,pg2,pg4").split(","));
    String durability = args.length > 4 ? args[4] : "durable";
    if (!List.of("durable", "zonky").contains(durability)) {
      throw new IllegalArgumentException("durability must be durable or zonky, got " + durability);
    }
    String durable = durability.equals("durable") ? "on" : "off";
    int batch = args.length > 5 ? Integer.parseInt(args[5]) : 1;
    if (batch < 1) {
      throw new IllegalArgumentException("submitBatch must be at least 1, got " + batch);
    }
    System.out.printf(
        Locale.ROOT,
        "jobs %d, latency samples %d, workers per engine %d, submit batch %d, %d cores, Java %s%n",
        jobs,
        samples,
        workers,
        batch,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    System.out.println(
        "| store | engines | jobs/s | claim latency p50 (ms) | claim latency p99 (ms) |"
            + " transactions per job | WAL flushes per job | ms per WAL flush |"
            + " CPU ms per job: PostgreSQL / this JVM / whole machine |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");

    if (cases.contains("memory")) {
      run(
          "in-memory",
          1,
          jobs,
          samples,
          workers,
          batch,
          () -> ReportStores.inMemory(),
          () -> {},
          null);
    }
    if (cases.contains("file")) {
      Path dir = Files.createTempDirectory("reportengine-bench-");
      run(
          "file",
          1,
          jobs,
          samples,
          workers,
          batch,
          () -> ReportStores.directory(dir),
          () -> {},
          null);
    }

    if (cases.stream().noneMatch(c -> c.startsWith("pg"))) {
      return;
    }
    // zonky's builder runs the server with fsync = off and synchronous_commit = off; PostgreSQL's
    // own defaults are on, so that is what the harness measures unless told "zonky" (a host's
    // choice, reported separately).
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("fsync", durable)
            .setServerConfig("synchronous_commit", durable)
            // For the flush counts and times the harness prints (pg_stat_wal).
            .setServerConfig("track_wal_io_timing", "on");
    if (STATEMENTS) {
      builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
      builder.setServerConfig("pg_stat_statements.track", "all");
      builder.setServerConfig("pg_stat_statements.track_planning", "on");
    }
    // -Dreportengine.bench.pgconf=name=value;name=value: more server settings, for profiling.
    for (String setting : System.getProperty("reportengine.bench.pgconf", "").split(";")) {
      int eq = setting.indexOf('=');
      if (eq > 0) {
        builder.setServerConfig(setting.substring(0, eq), setting.substring(eq + 1));
      }
    }
    EmbeddedPostgres server = builder.start();
    try {
      System.out.println("PostgreSQL: " + settings(server));
      PostgresProfile.use(server);
      for (int engines : new int[] {1, 2, 4}) {
        if (!cases.contains("pg" + engines)) {
          continue;
        }
        List<HikariDataSource> pools = new ArrayList<>();
        resetSchema(server);
        run(
            "PostgreSQL",
            engines,
            jobs,
            samples,
            workers,
            batch,
            () -> {
              HikariDataSource pool = pool(server, "engine-" + pools.size(), workers + 4);
              pools.add(pool);
              return new PostgresReportStore(pool);
            },
            () -> pools.forEach(HikariDataSource::close),
            () -> counters(server));
      }
    } finally {
      server.close();
    }
  }

  private static void run(
      String store,
      int engineCount,
      int jobs,
      int samples,
      int workers,
      int batch,
      Supplier<ReportStore> stores,
      Runnable cleanUp,
      Supplier<Counters> counters)
      throws Exception {
    List<ReportEngine> engines = new ArrayList<>();
    try {
      for (int i = 0; i < engineCount; i++) {
        engines.add(
            ReportEngine.builder()
                .parallelism(workers)
                .store(stores.get())
                .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(jobs + 1000))
                .mediaSource(
                    MediaSources.inMemory(List.of(SyntheticConversation.generate("call", 1, 2, 7))))
                .template(new TrivialTemplate())
                .pdfMode(PdfMode.OFF)
                .build());
      }
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        throughput(engines, Math.max(200, jobs / 5), batch);
      }
      latency(engines, Math.max(50, samples / 5));
      Counters before = counters == null ? null : counters.get();
      if (counters != null && STATEMENTS) {
        PostgresProfile.resetStatements();
      }
      CpuSplit cpu = CpuSplit.start(counters == null ? -1 : PostgresProfile.postmaster());
      double perSecond = throughput(engines, jobs, batch);
      String cpuPerJob = cpu.perJob(jobs);
      String threadsPerJob = STATEMENTS ? cpu.threadsPerJob(jobs) : "";
      String serverPerJob = STATEMENTS ? cpu.serverPerJob(jobs) : "";
      Counters after = counters == null ? null : counters.get();
      double[] millis = latency(engines, samples);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.0f | %.2f | %.2f | %s | %s |%n",
          store,
          engineCount,
          perSecond,
          percentile(millis, 50),
          percentile(millis, 99),
          counters == null ? " | |" : after.minus(before).perJob(jobs),
          cpuPerJob);
      if (STATEMENTS) {
        System.out.println("  this JVM's CPU ms per job by thread:" + threadsPerJob);
        System.out.println("  PostgreSQL's CPU ms per job by process:" + serverPerJob);
      }
      if (counters != null && STATEMENTS) {
        PostgresProfile.printStatements(jobs);
      }
    } finally {
      engines.forEach(e -> e.close(Duration.ofSeconds(10)));
      cleanUp.run();
    }
  }

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("call", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  /**
   * Submits {@code jobs} at once, one thread per engine ({@code submitAll} in batches of {@code
   * batch} when above 1), and returns jobs/s until all ended.
   */
  private static double throughput(List<ReportEngine> engines, int jobs, int batch)
      throws Exception {
    ExecutorService submitters = Executors.newFixedThreadPool(engines.size());
    try {
      long began = System.nanoTime();
      List<Future<List<JobHandle>>> parts = new ArrayList<>();
      for (int e = 0; e < engines.size(); e++) {
        ReportEngine engine = engines.get(e);
        int share = jobs / engines.size() + (e < jobs % engines.size() ? 1 : 0);
        parts.add(
            submitters.submit(
                () -> {
                  List<JobHandle> handles = new ArrayList<>(share);
                  if (batch == 1) {
                    for (int i = 0; i < share; i++) {
                      handles.add(engine.submit(request()));
                    }
                    return handles;
                  }
                  for (int from = 0; from < share; from += batch) {
                    int size = Math.min(batch, share - from);
                    List<CreateReportJobRequest> requests = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                      requests.add(request());
                    }
                    handles.addAll(engine.submitAll(requests));
                  }
                  return handles;
                }));
      }
      for (Future<List<JobHandle>> part : parts) {
        for (JobHandle handle : part.get()) {
          handle.await(Duration.ofMinutes(5));
        }
      }
      return jobs / ((System.nanoTime() - began) / 1e9);
    } finally {
      submitters.shutdownNow();
    }
  }

  /** Submits one job at a time, rotating over the engines; returns created-to-started in ms. */
  private static double[] latency(List<ReportEngine> engines, int samples) {
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      JobHandle handle = engines.get(i % engines.size()).submit(request());
      handle.await(Duration.ofMinutes(1));
      JobSnapshot done = handle.snapshot();
      if (done.status() != JobStatus.SUCCEEDED || done.startedAt().isEmpty()) {
        throw new IllegalStateException("job " + handle.jobId() + " ended " + done.status());
      }
      millis[i] = Duration.between(done.createdAt(), done.startedAt().get()).toNanos() / 1e6;
    }
    return millis;
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static HikariDataSource pool(EmbeddedPostgres server, String name, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(size);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  /**
   * The database's counters so far, after waiting for the backends' statistics to be reported:
   * transactions committed or rolled back ({@code pg_stat_database}; every statement the store runs
   * in auto-commit mode is one, so the difference over a run, divided by its jobs, is about the
   * statements per job, polls and heartbeats of the run included), and the WAL flushes ({@code
   * pg_stat_wal.wal_sync}: the {@code fdatasync} calls a durable commit waits for, several commits
   * sharing one when they wait together) with their time ({@code wal_sync_time}).
   */
  private static Counters counters(EmbeddedPostgres server) {
    try {
      Thread.sleep(1500);
      try (Connection c = server.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("SELECT pg_stat_clear_snapshot()");
        try (java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT xact_commit + xact_rollback FROM pg_stat_database"
                    + " WHERE datname = current_database()), wal_sync, wal_sync_time"
                    + " FROM pg_stat_wal")) {
          rs.next();
          return new Counters(rs.getLong(1), rs.getLong(2), rs.getDouble(3));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read pg_stat_database and pg_stat_wal", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Transactions, WAL flushes and the milliseconds spent in them, as {@link #counters} reads. */
  private record Counters(long transactions, long walSyncs, double walSyncMillis) {

    Counters minus(Counters before) {
      return new Counters(
          transactions - before.transactions,
          walSyncs - before.walSyncs,
          walSyncMillis - before.walSyncMillis);
    }

    /** The table's last three cells: transactions and flushes per job, milliseconds per flush. */
    String perJob(int jobs) {
      return String.format(
          Locale.ROOT,
          "%.1f | %.2f | %.2f",
          transactions / (double) jobs,
          walSyncs / (double) jobs,
          walSyncs == 0 ? 0 : walSyncMillis / walSyncs);
    }
  }

  /** The server's version and its durability settings, as the server reports them. */
  private static String settings(EmbeddedPostgres server) throws SQLException {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT current_setting('server_version'), current_setting('synchronous_commit'),"
                    + " current_setting('fsync'), current_setting('wal_sync_method')")) {
      rs.next();
      return String.format(
          Locale.ROOT,
          "version %s, synchronous_commit = %s, fsync = %s, wal_sync_method = %s",
          rs.getString(1),
          rs.getString(2),
          rs.getString(3),
          rs.getString(4));
    }
  }

  private static void resetSchema(EmbeddedPostgres server) {
    try (HikariDataSource admin = pool(server, "admin", 2)) {
      try (Connection c = admin.getConnection();
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA public CASCADE");
        s.execute("CREATE SCHEMA public");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot reset the schema", e);
      }
      PostgresMigrations.apply(admin);
    }
  }
}
