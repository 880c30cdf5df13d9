package dev.reportengine.cli;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: a general report for every example transcript. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a general_report for each transcript in the examples directory,",
      "then runs every request body in its requests/ folder."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "Where the transcripts are (default: the examples/ folder of the repository).")
  Path examples;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin FormatOption formatOption;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutputFormats formats;
    try {
      formats = formatOption.formats();
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    Path dir = examples != null ? examples : defaultExamples();
    if (!Files.isDirectory(dir)) {
      err.println("error: --examples: no such directory: " + dir);
      return ExitCodes.INVALID;
    }
    List<Path> files = list(dir, name -> !name.endsWith(".md"));
    Path requestDir = dir.resolve("requests");
    List<Path> requests =
        Files.isDirectory(requestDir)
            ? list(requestDir, name -> name.endsWith(".json"))
            : List.of();
    if (files.isEmpty()) {
      err.println("error: no transcripts in " + dir);
      return ExitCodes.INVALID;
    }
    ContractJson json = ContractJson.create();
    int worst = ExitCodes.OK;
    try (ReportEngine engine =
        ReportEngine.builder()
            .mediaSource(MediaSources.directory(dir))
            .pdfMode(formats.pdfMode())
            .build()) {
      ReportRun run = new ReportRun(engine, stdout, err, Duration.ofMinutes(5), formats);
      for (Path file : files) {
        String name = file.getFileName().toString();
        String body =
            json.writeValue(
                JsonValue.JsonObject.builder()
                    .put("media", JsonValue.JsonObject.builder().put("mediaId", name).build())
                    .put(
                        "output",
                        JsonValue.JsonObject.builder().put("template", "general_report").build())
                    .put(
                        "target",
                        JsonValue.JsonObject.builder().put("strategy", "dominant").build())
                    .build());
        worst = Math.max(worst, run.run(body, out.resolve(stem(name))));
      }
      for (Path request : requests) {
        String body = Files.readString(request, StandardCharsets.UTF_8);
        worst = Math.max(worst, run.run(body, out.resolve(stem(request.getFileName().toString()))));
      }
    }
    stdout.println(
        "demo: "
            + (files.size() + requests.size())
            + " report(s) from "
            + dir
            + " in "
            + out.toAbsolutePath().normalize());
    return worst;
  }

  private static List<Path> list(Path dir, Predicate<String> name) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing
          .filter(Files::isRegularFile)
          .filter(p -> name.test(p.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  private static String stem(String name) {
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }

  private static Path defaultExamples() {
    String home = System.getProperty("reportengine.home");
    return home != null ? Path.of(home, "examples") : Path.of("examples");
  }
}
