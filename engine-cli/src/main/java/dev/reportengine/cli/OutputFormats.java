package dev.reportengine.cli;

import dev.reportengine.core.PdfMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which report files {@code generate}, {@code batch}, {@code resume} and {@code demo} write, from
 * {@code --format json,md,pdf} (default all three). {@code job.json} is always written.
 */
record OutputFormats(Set<Format> formats) {

  /** One report file. */
  enum Format {
    JSON("report.json"),
    MD("report.md"),
    PDF("report.pdf");

    final String file;

    Format(String file) {
      this.file = file;
    }
  }

  /** The accepted values, for messages. */
  static final String ACCEPTED = "json, md, pdf";

  /** Every format. */
  static final OutputFormats ALL = new OutputFormats(EnumSet.allOf(Format.class));

  OutputFormats {
    formats = Set.copyOf(formats);
  }

  /**
   * Parses a comma-separated list such as {@code json,pdf}; null means all.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones when it is unknown or
   *     the list is empty
   */
  static OutputFormats parse(String value) {
    if (value == null) {
      return ALL;
    }
    EnumSet<Format> chosen = EnumSet.noneOf(Format.class);
    for (String part : value.split(",", -1)) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      try {
        chosen.add(Format.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--format: unknown format ["
                + part.trim()
                + "] in ["
                + value
                + "]; accepted: "
                + ACCEPTED,
            e);
      }
    }
    return new OutputFormats(chosen);
  }

  boolean has(Format format) {
    return formats.contains(format);
  }

  /** The engine's PDF mode: rendered in the job when a PDF is wanted, else never. */
  PdfMode pdfMode() {
    return has(Format.PDF) ? PdfMode.EAGER : PdfMode.OFF;
  }

  /** The files written, in a fixed order, for messages. */
  List<String> files() {
    List<String> files = new ArrayList<>();
    for (Format f : Format.values()) {
      if (has(f)) {
        files.add(f.file);
      }
    }
    files.add("job.json");
    return files;
  }
}
