package dev.reportengine.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaUnreadableException;

/**
 * One transcript file format: how it is recognized from a file's content (and name), and how it is
 * read into {@link Media}. The built-in formats implement it; a host adds its own speech-to-text
 * vendor by implementing it and registering the class with {@link java.util.ServiceLoader} ({@code
 * provides dev.reportengine.media.TranscriptFormat with ...} in its {@code module-info}, or a
 * {@code META-INF/services/dev.reportengine.media.TranscriptFormat} file on the class path), or by
 * passing it to {@link TranscriptFormats#with(TranscriptFormat...)}.
 *
 * <p>Which format reads a file is decided by {@link TranscriptFormats}: an explicitly named format
 * wins; otherwise the strongest {@link Match}, a built-in winning a tie. Implementations must be
 * thread-safe and should keep {@link #detect} cheap: it runs for every file.
 */
public interface TranscriptFormat {

  /**
   * The format's stable name, such as {@code webvtt} or {@code acme-stt}: lower case letters,
   * digits and {@code -}, unique among the installed formats. It becomes {@link
   * Media#sourceFormat()} and is what {@link TranscriptFormats#read(java.nio.file.Path, String)}
   * and {@code inspect --format} take.
   */
  String name();

  /**
   * What the format is called and how it is recognized, for the message listing every format tried
   * when none fits, such as {@code "Acme STT JSON (an object with \"acme_version\")"}.
   */
  String description();

  /**
   * How surely the file is in this format: a cheap check of its signature, such as a header line or
   * a distinctive JSON field. Never throws for text of another format; return {@link Match#NONE}.
   */
  Match detect(TranscriptText source);

  /**
   * Reads the file as this format.
   *
   * @throws MediaUnreadableException naming the file and the line or JSON Pointer (build it with
   *     {@link TranscriptText#errorAtLine} or {@link TranscriptText#errorAt}); an {@link
   *     IllegalArgumentException} is reported as "not a valid NAME transcript", and any other
   *     exception of a format that is not built in as "the NAME format failed"
   */
  Media read(String mediaId, TranscriptText source);

  /**
   * How surely a file is in a format, weakest first, as Jackson's {@code MatchStrength} ranks data
   * formats.
   */
  enum Match {
    /** Not this format. */
    NONE,
    /** Could be this format; a generic shape many files have (Markdown turns, Whisper segments). */
    WEAK,
    /** Most likely this format: a vendor's distinctive fields or an SRT timing line. */
    SOLID,
    /** Certainly this format: a declared header or format field (WEBVTT, report-engine JSON). */
    CERTAIN
  }
}
