package dev.reportengine.cli;

import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.ReportEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for the jobs of a batch with a live progress line, writes each transcript's outputs into
 * {@code out/<file name without extension>/}, and prints a summary.
 */
final class BatchRun {

  private final ReportEngine engine;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private final Duration timeout;
  private final OutputFormats formats;
  private final ContractJson json = ContractJson.create();

  BatchRun(
      ReportEngine engine,
      PrintWriter out,
      PrintWriter err,
      boolean terminal,
      Duration timeout,
      OutputFormats formats) {
    this.engine = engine;
    this.formats = formats;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.timeout = timeout;
  }

  /** Finishes the jobs (file name to job id) and returns the exit code: 0 when all succeeded. */
  int finish(Map<String, String> jobs, Path outDir) {
    long started = System.nanoTime();
    ProgressLine progress = new ProgressLine(err, terminal, jobs.size());
    List<CompletableFuture<?>> all = new ArrayList<>();
    jobs.forEach(
        (file, jobId) -> {
          JobHandle handle =
              engine
                  .handle(jobId)
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "the store no longer knows job " + jobId + " of " + file));
          all.add(
              handle
                  .future()
                  .handle(
                      (report, error) -> {
                        progress.finished(file, error == null);
                        return null;
                      }));
        });
    try {
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      err.println("batch: not every job ended within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int succeeded = 0;
    for (Map.Entry<String, String> entry : jobs.entrySet()) {
      succeeded += write(entry.getKey(), entry.getValue(), outDir) ? 1 : 0;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.println(
        String.format(
            Locale.ROOT,
            "batch: %d jobs, %d succeeded, %d failed in %.1f s; reports in %s",
            jobs.size(),
            succeeded,
            jobs.size() - succeeded,
            seconds,
            outDir.toAbsolutePath().normalize()));
    return succeeded == jobs.size() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
  }

  private boolean write(String file, String jobId, Path outDir) {
    Path dir = outDir.resolve(file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file);
    JobHandle job = engine.handle(jobId).orElseThrow();
    try {
      Report report = job.await(Duration.ZERO);
      ReportRun.writeReport(engine, json, formats, report, dir, err);
      ReportRun.write(dir, "job.json", json.writeJob(job.snapshot()));
      return true;
    } catch (JobFailedException e) {
      ReportRun.write(dir, "job.json", json.writeJob(job.snapshot()));
      ReportRun.write(dir, "error.json", json.writeError(e.code(), e.error().message(), List.of()));
      err.println(file + ": " + e.error().code() + ": " + e.error().message());
      return false;
    } catch (ReportEngineException e) {
      ReportRun.write(dir, "job.json", json.writeJob(job.snapshot()));
      err.println(file + ": " + e.getMessage());
      return false;
    }
  }
}
