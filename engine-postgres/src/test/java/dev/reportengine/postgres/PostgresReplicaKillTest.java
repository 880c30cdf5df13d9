package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A replica in another JVM is killed with SIGKILL while it runs jobs; a replica in this JVM, on the
 * same database, finishes every job: the ones the dead one had queued, and the ones it was running
 * once their leases expire.
 */
class PostgresReplicaKillTest {

  private static final int JOBS = 200;
  private static EmbeddedDatabase db;

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.start(4);
    PostgresMigrations.apply(db.dataSource());
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  private static long count(String where) {
    return Long.parseLong(db.queryText("SELECT count(*) FROM reportengine_jobs WHERE " + where));
  }

  @Test
  void doesFinishEveryJobOnceTheOtherReplicaIsKilled() throws Exception {
    Process child = ReplicaChild.inNewJvm(db.jdbcUrl(), String.valueOf(JOBS), "40").start();
    long orphans;
    try {
      awaitLine(child, "submitted " + JOBS);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (count("status = 'succeeded'") < 30 && System.nanoTime() < until) {
        Thread.sleep(10);
      }
    } finally {
      child.destroyForcibly(); // SIGKILL
      child.waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(child.isAlive()).isFalse();
    long succeededAtKill = count("status = 'succeeded'");
    orphans = count("status = 'running'");
    assertThat(succeededAtKill).isBetween(30L, (long) JOBS - 1);

    long began = System.nanoTime();
    HikariDataSource pool = db.newPool("survivor", 8);
    try (ReportEngine survivor =
        ReportEngine.builder()
            .parallelism(4)
            .store(new PostgresReportStore(pool))
            .mediaSource(new PostgresReplicasTest.AnyMedia())
            .template(new ReplicaChild.Slow(1))
            .pdfMode(PdfMode.OFF)
            .claimSettings(
                new ClaimSettings(
                    Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofMillis(100)))
            .build()) {
      List<JobSnapshot> all = new ArrayList<>();
      JobQuery query = JobQuery.all().withLimit(JobQuery.MAX_LIMIT);
      var page = survivor.jobs(query);
      all.addAll(page.jobs());
      while (page.nextCursor().isPresent()) {
        page = survivor.jobs(query.withCursor(page.nextCursor().get()));
        all.addAll(page.jobs());
      }
      assertThat(all).hasSize(JOBS);
      for (JobSnapshot job : all) {
        survivor.handle(job.jobId()).orElseThrow().await(Duration.ofSeconds(60));
      }
    } finally {
      pool.close();
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

    assertThat(count("status = 'succeeded'")).isEqualTo(JOBS);
    assertThat(Long.parseLong(db.queryText("SELECT count(*) FROM reportengine_reports")))
        .isEqualTo(JOBS);
    long reruns = count("attempt >= 2");
    assertThat(reruns)
        .as("jobs run twice: those running when the child was killed")
        .isEqualTo(orphans);
    assertThat(count("attempt > 2")).isZero();
    System.out.println(
        "child killed with "
            + succeededAtKill
            + " of "
            + JOBS
            + " jobs done and "
            + orphans
            + " running; the survivor finished the rest in "
            + ms
            + " ms; jobs run twice: "
            + reruns);
  }

  private static void awaitLine(Process child, String expected) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.equals(expected)) {
        return;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the child ended before saying [" + expected + "]:\n" + seen);
  }
}
