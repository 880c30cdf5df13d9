package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three replicas, each in its own JVM ({@link ReplicaChild}), on one PostgreSQL database run 10,000
 * jobs submitted from this JVM: every job succeeds and its template runs exactly once, counted by a
 * row the template inserts in a table of its own.
 */
class PostgresThreeJvmReplicasTest {

  private static final int JOBS = 10_000;
  private static final int REPLICAS = 3;
  private static EmbeddedDatabase db;

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.start(4);
    PostgresMigrations.apply(db.dataSource());
    db.execute("CREATE TABLE replica_executions (media_id text NOT NULL, engine text NOT NULL)");
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  private static long count(String sql) {
    return Long.parseLong(db.queryText(sql));
  }

  @Test
  void doesRunTenThousandJobsOnceEachOnThreeReplicasInThreeJvms(@TempDir Path logs)
      throws Exception {
    List<Process> children = new ArrayList<>();
    long began = System.nanoTime();
    try {
      for (int i = 1; i <= REPLICAS; i++) {
        children.add(startChild("replica-" + i, logs.resolve("replica-" + i + ".log")));
      }
      for (int i = 1; i <= REPLICAS; i++) {
        awaitLine(children.get(i - 1), logs.resolve("replica-" + i + ".log"), "submitted 0");
      }
      submitAll();
      long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      while (count("SELECT count(*) FROM reportengine_jobs WHERE status = 'succeeded'") < JOBS
          && System.nanoTime() < until) {
        for (Process child : children) {
          assertThat(child.isAlive()).as("a replica died; see " + logs).isTrue();
        }
        Thread.sleep(500);
      }
    } finally {
      for (Process child : children) {
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
      }
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

    assertThat(count("SELECT count(*) FROM reportengine_jobs")).isEqualTo(JOBS);
    assertThat(count("SELECT count(*) FROM reportengine_jobs WHERE status = 'succeeded'"))
        .as("jobs lost")
        .isEqualTo(JOBS);
    assertThat(count("SELECT count(*) FROM reportengine_reports")).isEqualTo(JOBS);
    assertThat(count("SELECT count(DISTINCT media_id) FROM replica_executions"))
        .as("jobs whose template ran")
        .isEqualTo(JOBS);
    long executions = count("SELECT count(*) FROM replica_executions");
    assertThat(executions).as("template runs (a job run twice adds one)").isEqualTo(JOBS);
    assertThat(count("SELECT count(*) FROM reportengine_jobs WHERE attempt <> 1")).isZero();
    assertThat(count("SELECT count(DISTINCT engine) FROM replica_executions"))
        .as("every replica ran jobs")
        .isEqualTo(REPLICAS);
    System.out.println(
        JOBS
            + " jobs on "
            + REPLICAS
            + " replica JVMs in "
            + ms
            + " ms (JVM starts included); runs per replica: "
            + db.queryText(
                "SELECT string_agg(engine || '=' || n, ', ' ORDER BY engine) FROM"
                    + " (SELECT engine, count(*) n FROM replica_executions GROUP BY engine) r")
            + "; run twice: "
            + (executions - JOBS));
  }

  private static Process startChild(String name, Path log) throws IOException {
    return ReplicaChild.inNewJvm(db.jdbcUrl(), "0", "0", "30000", "replica_executions", name)
        .redirectOutput(log.toFile())
        .start();
  }

  /**
   * Submits every job through an engine in this JVM that claims none (its long poll interval keeps
   * it from reading the state of 10,000 followed jobs over and over), from 4 threads.
   */
  private static void submitAll() throws Exception {
    HikariDataSource pool = db.newPool("submitter", 4);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (ReportEngine submitter =
        ReportEngine.builder()
            .parallelism(1)
            .store(new PostgresReportStore(pool))
            .mediaSource(new PostgresReplicasTest.AnyMedia())
            .template(new ReplicaChild.Slow(0))
            .pdfMode(PdfMode.OFF)
            .claimSettings(
                new ClaimSettings(
                    Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30)))
            .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(JOBS))
            .resumeJobs(false)
            .build()) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int first = t;
        done.add(
            threads.submit(
                () -> {
                  for (int i = first; i < JOBS; i += 4) {
                    submitter.submit(
                        CreateReportJobRequest.of(
                            "media-" + i, Template.GENERAL_REPORT, TargetSpec.dominant()));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
      pool.close();
    }
  }

  private static void awaitLine(Process child, Path log, String expected) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < until) {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      if (text.lines().anyMatch(expected::equals)) {
        return;
      }
      if (!child.isAlive()) {
        throw new AssertionError("the child ended before saying [" + expected + "]:\n" + text);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the child did not say [" + expected + "] within 120 s");
  }
}
