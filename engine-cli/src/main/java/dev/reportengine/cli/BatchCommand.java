package dev.reportengine.cli;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.Violation;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.ReportEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code batch}: one report per transcript in a directory, kept in a file store. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a report for every transcript in --media-dir into --out/<name>/, with a live",
      "progress line on stderr and a summary. Jobs live in the --store directory: running the",
      "same batch again adds no job, and 'resume --store DIR' finishes an interrupted one.",
      "Exit 0 when every job succeeded, 1 when one failed, 2 for invalid options."
    })
final class BatchCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--media-dir", paramLabel = "DIR", required = true, description = "Transcripts.")
  Path mediaDir;

  @Option(names = "--template", paramLabel = "ID", required = true, description = "Template id.")
  String template;

  @Mixin RequestOptions requestOptions;

  @Option(names = "--store", paramLabel = "DIR", required = true, description = "File store.")
  Path store;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path out;

  @Mixin RunOptions runOptions;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "3600",
      description = "How long to wait for the whole batch (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Mixin FormatOption formatOption;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(mediaDir)) {
      err.println("error: --media-dir: no such directory: " + mediaDir);
      return ExitCodes.INVALID;
    }
    if (runOptions.parallelism < 1 || timeoutSeconds < 1) {
      err.println("error: --parallelism and --timeout must be at least 1");
      return ExitCodes.INVALID;
    }
    OutputFormats formats;
    try {
      formats = formatOption.formats();
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    List<Path> files = transcripts(mediaDir);
    if (files.isEmpty()) {
      err.println("error: no transcripts in " + mediaDir);
      return ExitCodes.INVALID;
    }
    JsonValue.JsonObject targetJson;
    JsonValue paramsJson = null;
    try {
      targetJson = requestOptions.targetJson();
      paramsJson = requestOptions.paramsJson();
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    try (ReportEngine engine =
        runOptions
            .engine(store, mediaDir, formats)
            .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(Math.max(1_000, files.size())))
            .build()) {
      Map<String, String> jobs = new LinkedHashMap<>();
      for (Path file : files) {
        String name = file.getFileName().toString();
        CreateReportJobRequest request;
        try {
          request = engine.parseRequest(body(name, targetJson, paramsJson));
          jobs.put(name, engine.submit(request).jobId());
        } catch (InvalidRequestException e) {
          err.println(
              "invalid request for " + name + ": " + e.violations().size() + " violation(s)");
          for (Violation v : e.violations()) {
            err.println("  " + v);
          }
          return ExitCodes.INVALID;
        } catch (ReportEngineException e) {
          err.println("error: " + name + ": " + e.code() + ": " + e.getMessage());
          return ExitCodes.JOB_FAILED;
        }
      }
      new BatchManifest(mediaDir, out, jobs).write(store);
      return RunOptions.batchRun(
              engine, spec.commandLine(), Duration.ofSeconds(timeoutSeconds), formats)
          .finish(jobs, out);
    }
  }

  static List<Path> transcripts(Path dir) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    }
  }

  /**
   * The request for one transcript. Its idempotency key is derived from the file name and the
   * options, so the same batch run again returns the same jobs instead of adding new ones.
   */
  private String body(String name, JsonValue.JsonObject targetJson, JsonValue paramsJson) {
    JsonValue.JsonObject.Builder body = RequestOptions.body(name, template, targetJson, paramsJson);
    ContractJson json = ContractJson.create();
    String withoutKey = json.writeValue(body.build());
    body.put("idempotencyKey", "batch-" + sha256(withoutKey));
    return json.writeValue(body.build());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
