package dev.reportengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that work with a file store: generate --store, batch, resume and jobs. */
class StoreCommandsTest {

  private static final Path ROOT =
      Path.of(System.getProperty("reportengine.root", "..")).toAbsolutePath().normalize();
  private static final Path EXAMPLES = ROOT.resolve("examples");

  @TempDir Path tmp;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();
  private final ContractJson json = ContractJson.create();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void generateHonoursTheIdempotencyKeyAcrossRunsWithAStore() throws IOException {
    Path request = tmp.resolve("request.json");
    Files.writeString(
        request,
        """
        {"media": {"mediaId": "discovery-call"}, "output": {"template": "general_report"},
         "target": {"strategy": "dominant"}, "idempotencyKey": "call-42"}
        """);
    Path store = tmp.resolve("store");
    String[] args = {
      "generate",
      "--request",
      request.toString(),
      "--media-dir",
      EXAMPLES.toString(),
      "--store",
      store.toString(),
      "--out",
      ""
    };

    args[args.length - 1] = tmp.resolve("first").toString();
    assertThat(run(args)).as(err.toString()).isZero();
    args[args.length - 1] = tmp.resolve("second").toString();
    assertThat(run(args)).as(err.toString()).isZero();

    JobSnapshot first = json.readJob(Files.readString(tmp.resolve("first/job.json")));
    JobSnapshot second = json.readJob(Files.readString(tmp.resolve("second/job.json")));
    assertThat(second.jobId()).isEqualTo(first.jobId());
    assertThat(Files.readString(tmp.resolve("second/report.json")))
        .isEqualTo(Files.readString(tmp.resolve("first/report.json")));
    try (var jobs = Files.list(store.resolve("jobs"))) {
      assertThat(jobs).hasSize(1);
    }

    Files.writeString(
        request, Files.readString(request).replace("dominant\"}", "dominant\"}, \"label\": \"x\""));
    args[args.length - 1] = tmp.resolve("third").toString();
    assertThat(run(args)).isEqualTo(1);
    assertThat(err.toString()).contains("idempotency_conflict").contains("[call-42]");
  }

  @Test
  void batchWritesEveryReportWithProgressAndASummaryAndAddsNoJobWhenRunAgain() throws IOException {
    Path store = tmp.resolve("store");
    Path outDir = tmp.resolve("out");
    String[] args = {
      "batch",
      "--media-dir",
      EXAMPLES.toString(),
      "--template",
      "general_report",
      "--store",
      store.toString(),
      "--out",
      outDir.toString()
    };

    assertThat(run(args)).as(err.toString()).isZero();

    for (String name : List.of("discovery-call", "hiring-interview", "team-standup")) {
      assertThat(outDir.resolve(name).resolve("report.json")).isRegularFile();
      assertThat(outDir.resolve(name).resolve("report.md")).isRegularFile();
      assertThat(Files.readAllBytes(outDir.resolve(name).resolve("report.pdf")))
          .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    assertThat(out.toString()).contains("batch: 3 jobs, 3 succeeded, 0 failed in");
    assertThat(err.toString()).contains("[3/3] 3 succeeded, 0 failed").doesNotContain("\r");

    assertThat(run(args)).isZero();
    assertThat(run("jobs", "list", "--store", store.toString())).isZero();
    assertThat(out.toString().lines()).hasSize(3).allMatch(l -> l.contains("  succeeded  "));
  }

  @Test
  void jobsShowsListsByStatusAndCancelsWhatNoEngineRuns() throws IOException {
    Path store = tmp.resolve("store");
    String queued =
        leaveQueuedJobs(store, List.of("discovery-call.json")).values().iterator().next();

    assertThat(run("jobs", "list", "--store", store.toString(), "--status", "queued")).isZero();
    assertThat(out.toString()).contains(queued).contains("queued");
    assertThat(run("jobs", "show", queued, "--store", store.toString())).isZero();
    assertThat(json.readJob(out.toString().trim()).status()).isEqualTo(JobStatus.QUEUED);

    assertThat(run("jobs", "cancel", queued, "--store", store.toString())).isZero();
    assertThat(out.toString()).contains("canceled " + queued);
    assertThat(run("jobs", "cancel", queued, "--store", store.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("has already ended: canceled");
    assertThat(run("jobs", "show", "job_nope", "--store", store.toString())).isEqualTo(1);
    assertThat(run("jobs", "list", "--store", store.toString(), "--status", "done")).isEqualTo(2);
  }

  @Test
  void resumeFinishesWhatAnInterruptedBatchLeft() throws IOException {
    Path store = tmp.resolve("store");
    Path outDir = tmp.resolve("out");
    Map<String, String> jobs =
        leaveQueuedJobs(store, List.of("discovery-call.json", "team-standup.json"));
    new BatchManifest(EXAMPLES, outDir, jobs).write(store);

    assertThat(run("resume", "--store", store.toString())).as(err.toString()).isZero();

    assertThat(out.toString()).contains("batch: 2 jobs, 2 succeeded, 0 failed");
    assertThat(outDir.resolve("discovery-call/report.json")).isRegularFile();
    assertThat(outDir.resolve("team-standup/report.json")).isRegularFile();
    assertThat(run("jobs", "list", "--store", store.toString(), "--status", "succeeded")).isZero();
    assertThat(out.toString().lines()).hasSize(2);
  }

  @Test
  @SuppressWarnings("try") // the engine is held open, not used
  void jobsSaysTheStoreIsInUseWhileAnotherEngineHoldsIt() {
    Path store = tmp.resolve("store");
    try (ReportEngine holder =
        ReportEngine.builder()
            .parallelism(1)
            .store(ReportStores.directory(store))
            .mediaSource(MediaSources.inMemory(List.of()))
            .build()) {

      assertThat(run("jobs", "list", "--store", store.toString())).isEqualTo(1);
      assertThat(err.toString())
          .startsWith("error: the store directory " + store + " is in use: another engine")
          .doesNotContain("Exception");
    }
    assertThat(run("jobs", "list", "--store", store.toString())).isZero();
  }

  @Test
  void resumeRefusesAStoreWithoutABatch() {
    assertThat(run("resume", "--store", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no batch in");
  }

  /** Submits jobs on an executor that never runs them and closes: they stay queued. */
  private static Map<String, String> leaveQueuedJobs(Path store, List<String> files) {
    Map<String, String> jobs = new LinkedHashMap<>();
    ReportEngine engine =
        ReportEngine.builder()
            .executor(new HeldExecutor())
            .store(ReportStores.directory(store))
            .mediaSource(MediaSources.directory(EXAMPLES))
            .build();
    for (String file : files) {
      jobs.put(
          file,
          engine
              .submit(
                  CreateReportJobRequest.of(file, Template.GENERAL_REPORT, TargetSpec.dominant()))
              .jobId());
    }
    engine.close(Duration.ZERO);
    return jobs;
  }

  /** An executor that accepts tasks and never runs them: a process that died before its workers. */
  static final class HeldExecutor extends AbstractExecutorService {
    private boolean shutdown;

    @Override
    public void execute(Runnable command) {}

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }
}
