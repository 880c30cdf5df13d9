package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch is killed with SIGKILL mid-run; a new engine on the same directory finishes it. Every job
 * ends succeeded with exactly one report, and none is lost.
 */
class CrashRecoveryTest {

  private static final int JOBS = 200;

  @TempDir Path dir;

  @Test
  void doesFinishEveryJobWithOneReportWhenABatchIsKilledMidRun() throws Exception {
    Process child = startChild();
    try {
      awaitLine(child, "submitted " + JOBS);
      await()
          .atMost(20, TimeUnit.SECONDS)
          .pollInterval(Duration.ofMillis(20))
          .until(() -> count("reports") >= 30);
    } finally {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(count("reports")).as("reports written before the kill").isLessThan(JOBS);

    try (ReportEngine engine =
        ReportEngine.builder()
            .parallelism(2)
            .store(ReportStores.directory(dir))
            .template(new ScriptedTemplate(c -> {}))
            .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
            .build()) {
      List<JobSnapshot> jobs = engine.jobs(JobQuery.all().withLimit(1000)).jobs();
      assertThat(jobs).hasSize(JOBS);
      for (JobSnapshot job : jobs) {
        engine
            .handle(job.jobId())
            .orElseThrow()
            .future()
            .exceptionally(e -> null)
            .get(30, TimeUnit.SECONDS);
      }
      List<JobSnapshot> done = engine.jobs(JobQuery.all().withLimit(1000)).jobs();
      assertThat(done).allSatisfy(j -> assertThat(j.status()).isEqualTo(JobStatus.SUCCEEDED));
      for (JobSnapshot job : done) {
        Report report = engine.reportByJob(job.jobId()).orElseThrow();
        assertThat(report.jobId()).contains(job.jobId());
      }
    }
    assertThat(count("reports")).isEqualTo(JOBS);
    assertThat(count("jobs")).isEqualTo(JOBS);
    assertThat(count("idempotency")).isEqualTo(JOBS);
  }

  private Process startChild() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            CrashChild.class.getName(),
            dir.toString(),
            String.valueOf(JOBS))
        .redirectErrorStream(true)
        .start();
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

  /** Files in a store folder, temporary files left by the kill excluded. */
  private long count(String sub) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve(sub))) {
      return files.filter(p -> !p.getFileName().toString().endsWith(".tmp")).count();
    }
  }
}
