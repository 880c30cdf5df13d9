package dev.reportengine.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format} option shared by {@code generate}, {@code batch}, {@code resume} and {@code
 * demo}, mixed in with picocli's {@code @Mixin}.
 */
final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description =
          "Report files to write: json, md, pdf, comma-separated (default: all three);"
              + " job.json is always written.")
  String format;

  /**
   * The formats chosen, all three when {@code --format} is absent.
   *
   * @throws IllegalArgumentException naming the unknown format and the accepted ones
   */
  OutputFormats formats() {
    return OutputFormats.parse(format);
  }
}
