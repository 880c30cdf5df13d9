package dev.reportengine.cli;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.Violation;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.ReportEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs one request body through an engine and writes what came out into a directory: the chosen
 * report files ({@code report.json}, {@code report.md}, {@code report.pdf}) and {@code job.json} on
 * success; {@code error.json} (and {@code job.json} when a job existed) otherwise.
 */
final class ReportRun {

  private final ReportEngine engine;
  private final ContractJson json = ContractJson.create();
  private final PrintWriter out;
  private final PrintWriter err;
  private final Duration timeout;
  private final OutputFormats formats;

  ReportRun(
      ReportEngine engine,
      PrintWriter out,
      PrintWriter err,
      Duration timeout,
      OutputFormats formats) {
    this.engine = engine;
    this.formats = formats;
    this.out = out;
    this.err = err;
    this.timeout = timeout;
  }

  /** Runs {@code body} and returns the exit code. */
  int run(String body, Path outDir) {
    CreateReportJobRequest request;
    try {
      request = engine.parseRequest(body);
    } catch (InvalidRequestException e) {
      err.println("invalid request: " + e.violations().size() + " violation(s)");
      for (Violation v : e.violations()) {
        err.println("  " + v);
      }
      write(outDir, "error.json", json.writeError(e.code(), e.getMessage(), e.violations()));
      return ExitCodes.INVALID;
    }
    JobHandle job;
    try {
      job = engine.submit(request);
    } catch (ReportEngineException e) {
      return failed(outDir, e.code(), e.getMessage());
    }
    try {
      Report report = job.await(timeout);
      writeReport(engine, json, formats, report, outDir, err);
      write(outDir, "job.json", json.writeJob(job.snapshot()));
      out.println("wrote " + String.join(", ", formats.files()) + " in " + outDir);
      return ExitCodes.OK;
    } catch (JobFailedException e) {
      write(outDir, "job.json", json.writeJob(job.snapshot()));
      return failed(outDir, e.error().code(), e.error().message());
    } catch (ReportEngineException e) {
      write(outDir, "job.json", json.writeJob(job.snapshot()));
      return failed(outDir, e.code(), e.getMessage());
    }
  }

  private int failed(Path outDir, ErrorCode code, String message) {
    err.println("job failed: " + code.wireName() + ": " + message);
    write(outDir, "error.json", json.writeError(code, message, List.of()));
    return ExitCodes.JOB_FAILED;
  }

  /** Writes the chosen report files (not {@code job.json}) of a finished report. */
  static void writeReport(
      ReportEngine engine,
      ContractJson json,
      OutputFormats formats,
      Report report,
      Path dir,
      PrintWriter err) {
    if (formats.has(OutputFormats.Format.JSON)) {
      write(dir, "report.json", json.writeReport(report));
    }
    if (formats.has(OutputFormats.Format.MD)) {
      write(dir, "report.md", report.markdown().orElse(""));
    }
    if (formats.has(OutputFormats.Format.PDF)) {
      Optional<byte[]> pdf = engine.pdf(report.id());
      if (pdf.isPresent()) {
        write(dir, "report.pdf", pdf.get());
      } else {
        err.println(
            "no report.pdf for "
                + report.id()
                + ": its job ran without PDF (an earlier run with another --format)");
      }
    }
  }

  static void write(Path dir, String name, String content) {
    write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static void write(Path dir, String name, byte[] content) {
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
    }
  }
}
