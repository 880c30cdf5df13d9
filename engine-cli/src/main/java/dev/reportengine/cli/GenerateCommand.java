package dev.reportengine.cli;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportEngineBuilder;
import dev.reportengine.core.ReportStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: one report from a transcript file, or from a full v1 request body. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generates one report into --out: report.json, report.md, report.pdf (--format chooses)",
      "and job.json.",
      "Either --media FILE --template ID [...] or --request FILE --media-dir DIR.",
      "Exit 0 on success, 1 when the job fails, 2 for an invalid request (see error.json)."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--media", paramLabel = "FILE", description = "A transcript file.")
  Path media;

  @Option(
      names = "--template",
      paramLabel = "ID",
      description = "general_report, sales_playbook, hiring_report or profile_alignment.")
  String template;

  @Mixin RequestOptions requestOptions;

  @Option(names = "--label", paramLabel = "TEXT", description = "The report's label.")
  String label;

  @Option(
      names = "--entity-label",
      paramLabel = "TEXT",
      description = "Overrides the target's label in the report.")
  String entityLabel;

  @Option(names = "--request", paramLabel = "FILE", description = "A full v1 request body.")
  Path request;

  @Option(
      names = "--media-dir",
      paramLabel = "DIR",
      description = "Where --request finds its mediaId (a file name, with or without extension).")
  Path mediaDir;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = {
        "Keep jobs and reports in this directory (the file store) instead of memory.",
        "With --request, an idempotencyKey then holds across runs: the same body returns the",
        "original job and its report."
      })
  Path store;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path out;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description = "How long to wait for the job (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Mixin FormatOption formatOption;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = checkOptions();
    OutputFormats formats = OutputFormats.ALL;
    try {
      formats = formatOption.formats();
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    String body = null;
    Path dir = null;
    if (problems.isEmpty()) {
      try {
        if (request != null) {
          body = Files.readString(request, StandardCharsets.UTF_8);
          dir = mediaDir;
        } else {
          body = fileRequest();
          dir = media.toAbsolutePath().getParent();
        }
      } catch (IOException e) {
        problems.add(
            "--request: cannot read "
                + request
                + ": "
                + e.getClass().getSimpleName()
                + " "
                + e.getMessage());
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("error: " + p));
      return ExitCodes.INVALID;
    }
    ReportEngineBuilder builder =
        ReportEngine.builder()
            .mediaSource(MediaSources.directory(dir))
            .parallelism(1)
            .pdfMode(formats.pdfMode());
    if (store != null) {
      // Only this command's job runs; jobs another command left in the store stay where they are.
      builder.store(ReportStores.directory(store)).resumeJobs(false);
    }
    try (ReportEngine engine = builder.build()) {
      return new ReportRun(
              engine, spec.commandLine().getOut(), err, Duration.ofSeconds(timeoutSeconds), formats)
          .run(body, out);
    }
  }

  private List<String> checkOptions() {
    List<String> problems = new ArrayList<>();
    if ((media == null) == (request == null)) {
      problems.add("give either --media FILE or --request FILE, not both or neither");
    }
    if (request != null) {
      if (mediaDir == null) {
        problems.add("--request needs --media-dir DIR");
      } else if (!Files.isDirectory(mediaDir)) {
        problems.add("--media-dir: no such directory: " + mediaDir);
      }
      if (template != null || requestOptions.anyGiven() || label != null || entityLabel != null) {
        problems.add(
            "--request takes the whole body from the file; drop --template, --target, --on-miss,"
                + " --params, --label and --entity-label");
      }
    }
    if (media != null) {
      if (template == null) {
        problems.add("--media needs --template ID");
      }
      if (!Files.isRegularFile(media)) {
        problems.add("--media: no such file: " + media);
      }
      if (mediaDir != null) {
        problems.add("--media-dir goes with --request; --media names the file itself");
      }
    }
    if (timeoutSeconds < 1) {
      problems.add("--timeout must be at least 1 second, got " + timeoutSeconds);
    }
    return problems;
  }

  private String fileRequest() {
    JsonValue parsed;
    try {
      parsed = requestOptions.paramsJson();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("--params: not JSON: " + e.getMessage());
    }
    if (parsed != null && !(parsed instanceof JsonValue.JsonObject)) {
      throw new IllegalArgumentException(
          "--params: expected a JSON object, got " + requestOptions.params);
    }
    JsonValue.JsonObject.Builder body =
        RequestOptions.body(
            media.getFileName().toString(), template, requestOptions.targetJson(), parsed);
    if (label != null) {
      body.put("label", label);
    }
    if (entityLabel != null) {
      body.put("entityLabel", entityLabel);
    }
    return ContractJson.create().writeValue(body.build());
  }
}
