package dev.reportengine.cli;

import dev.reportengine.core.ReportEngine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code resume}: finishes what an interrupted batch left in its store. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description = {
      "Finishes the batch whose jobs are in --store: jobs left queued or running run again, then",
      "every transcript's outputs are written as 'batch' writes them.",
      "Exit 0 when every job succeeded, 1 when one failed, 2 when the store holds no batch."
    })
final class ResumeCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", required = true, description = "File store.")
  Path store;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output directory (default: the batch's own).")
  Path out;

  @Mixin RunOptions runOptions;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "3600",
      description = "How long to wait (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Mixin FormatOption formatOption;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    OutputFormats formats;
    try {
      formats = formatOption.formats();
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    Optional<BatchManifest> manifest;
    try {
      manifest = Files.isDirectory(store) ? BatchManifest.read(store) : Optional.empty();
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    if (manifest.isEmpty()) {
      err.println(
          "error: --store: no batch in "
              + store
              + " (no "
              + BatchManifest.FILE
              + "); run 'batch' first, or run it again with the same options");
      return ExitCodes.INVALID;
    }
    BatchManifest batch = manifest.get();
    try (ReportEngine engine = runOptions.engine(store, batch.mediaDir(), formats).build()) {
      return RunOptions.batchRun(
              engine, spec.commandLine(), Duration.ofSeconds(Math.max(1, timeoutSeconds)), formats)
          .finish(batch.jobs(), out != null ? out : batch.out());
    }
  }
}
