package dev.reportengine.cli;

import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportEngineBuilder;
import dev.reportengine.core.ReportStores;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The run options shared by {@code batch} and {@code resume} ({@code --parallelism}), mixed in with
 * picocli's {@code @Mixin}, and the engine and batch run they make. {@code --timeout} stays with
 * each command: its help text differs.
 */
final class RunOptions {

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "2",
      description = "Jobs run at once (default: ${DEFAULT-VALUE}).")
  int parallelism;

  /**
   * An engine builder running {@code --parallelism} jobs at once (at least one) over the file store
   * in {@code store} and the transcripts in {@code mediaDir}, rendering PDFs when {@code formats}
   * asks for them.
   */
  ReportEngineBuilder engine(Path store, Path mediaDir, OutputFormats formats) {
    return ReportEngine.builder()
        .parallelism(Math.max(1, parallelism))
        .store(ReportStores.directory(store))
        .mediaSource(MediaSources.directory(mediaDir))
        .pdfMode(formats.pdfMode());
  }

  /** A batch run on {@code engine} writing to the command line's streams. */
  static BatchRun batchRun(
      ReportEngine engine, CommandLine commandLine, Duration timeout, OutputFormats formats) {
    return new BatchRun(
        engine,
        commandLine.getOut(),
        commandLine.getErr(),
        System.console() != null,
        timeout,
        formats);
  }
}
