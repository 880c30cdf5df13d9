package dev.reportengine.cli;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.Violation;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportStores;
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

  @Option(
      names = "--target",
      paramLabel = "TARGET",
      description = "dominant (default), entity:ID, hint:TEXT or range:START-END.")
  String target;

  @Option(names = "--on-miss", paramLabel = "POLICY", description = "error or fallback_dominant.")
  String onMiss;

  @Option(names = "--params", paramLabel = "JSON", description = "templateParams as a JSON object.")
  String params;

  @Option(names = "--store", paramLabel = "DIR", required = true, description = "File store.")
  Path store;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path out;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "2",
      description = "Jobs run at once (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "3600",
      description = "How long to wait for the whole batch (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description =
          "Report files to write: json, md, pdf, comma-separated (default: all three);"
              + " job.json is always written.")
  String format;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(mediaDir)) {
      err.println("error: --media-dir: no such directory: " + mediaDir);
      return ExitCodes.INVALID;
    }
    if (parallelism < 1 || timeoutSeconds < 1) {
      err.println("error: --parallelism and --timeout must be at least 1");
      return ExitCodes.INVALID;
    }
    OutputFormats formats;
    try {
      formats = OutputFormats.parse(format);
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
      targetJson = TargetOption.parse(target == null ? "dominant" : target, onMiss);
      if (params != null) {
        paramsJson = ContractJson.create().readValue(params);
      }
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    try (ReportEngine engine =
        ReportEngine.builder()
            .parallelism(parallelism)
            .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(Math.max(1_000, files.size())))
            .store(ReportStores.directory(store))
            .mediaSource(MediaSources.directory(mediaDir))
            .pdfMode(formats.pdfMode())
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
      return new BatchRun(
              engine,
              spec.commandLine().getOut(),
              err,
              System.console() != null,
              Duration.ofSeconds(timeoutSeconds),
              formats)
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
    JsonValue.JsonObject.Builder output = JsonValue.JsonObject.builder().put("template", template);
    if (paramsJson != null) {
      output.put("templateParams", paramsJson);
    }
    JsonValue.JsonObject.Builder body =
        JsonValue.JsonObject.builder()
            .put("media", JsonValue.JsonObject.builder().put("mediaId", name).build())
            .put("output", output.build())
            .put("target", targetJson);
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
