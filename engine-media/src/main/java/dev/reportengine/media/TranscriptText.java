package dev.reportengine.media;

import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.MediaUnreadableException;
import dev.reportengine.media.internal.MediaJson;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * A decoded transcript file as a {@link TranscriptFormat} sees it: its name for messages, its text
 * (a leading BOM removed) and, when the text is JSON, its tree, parsed once on first use for every
 * format that looks at it. The {@code error...} methods build exceptions whose message starts with
 * the file name, as every message about a transcript does.
 *
 * <p>Not thread-safe: one instance serves one read.
 */
public final class TranscriptText {

  /** Jackson's "(start marker at [Source: REDACTED ...])", which says nothing to a user. */
  private static final Pattern SOURCE_NOISE =
      Pattern.compile("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)");

  private final String fileName;
  private final String text;
  private final CancellationToken cancellation;
  private JsonNode json;
  private MediaUnreadableException jsonError;

  private TranscriptText(String fileName, String text, CancellationToken cancellation) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
  }

  /** Decoded text named {@code fileName} in messages, read without a job that may stop. */
  public static TranscriptText of(String fileName, String text) {
    return new TranscriptText(fileName, text, CancellationToken.NONE);
  }

  /** A file read for a job that may stop: formats poll {@link #checkpoint()} per line or turn. */
  public static TranscriptText of(String fileName, String text, CancellationToken cancellation) {
    return new TranscriptText(fileName, text, cancellation);
  }

  /** Whether the job reading this file should stop. */
  public CancellationToken cancellation() {
    return cancellation;
  }

  /**
   * Returns when reading may go on.
   *
   * @throws dev.reportengine.api.spi.JobCanceledException when the job was canceled or timed out
   */
  public void checkpoint() {
    cancellation.throwIfCanceled();
  }

  /** The file's name, without its directory: how messages name it. */
  public String fileName() {
    return fileName;
  }

  /** The decoded text, without a leading BOM. */
  public String text() {
    return text;
  }

  /** Whether the text starts like a JSON object or array. */
  public boolean looksLikeJson() {
    String start = text.stripLeading();
    return start.startsWith("{") || (start.startsWith("[") && isJsonArrayStart(start));
  }

  private static boolean isJsonArrayStart(String start) {
    for (int i = 1; i < start.length(); i++) {
      char c = start.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[' || c == ']' || c == '"';
      }
    }
    return true;
  }

  /** The parsed JSON, or empty when the text does not start with { or [ or does not parse. */
  public Optional<JsonNode> json() {
    String start = text.stripLeading();
    if (json == null && jsonError == null && (start.startsWith("{") || start.startsWith("["))) {
      try {
        json = MediaJson.MAPPER.readTree(text);
      } catch (JacksonException e) {
        jsonError = jsonError(e);
      }
    }
    return Optional.ofNullable(json);
  }

  /** Why {@link #json()} is empty for text that looks like JSON, if it failed to parse. */
  Optional<MediaUnreadableException> jsonError() {
    if (!looksLikeJson()) {
      return Optional.empty();
    }
    json();
    return Optional.ofNullable(jsonError);
  }

  /** The JSON tree; a format calls this only after it recognized the text. */
  public JsonNode requireJson() {
    return json()
        .orElseThrow(
            () -> jsonError != null ? jsonError : error("expected a JSON object or array"));
  }

  /** An error about the whole file: {@code "FILE: message"}. */
  public MediaUnreadableException error(String message) {
    return new MediaUnreadableException(fileName + ": " + message);
  }

  /** An error at a line, counted from 1: {@code "FILE: line N: message"}. */
  public MediaUnreadableException errorAtLine(int line, String message) {
    return new MediaUnreadableException(fileName + ": line " + line + ": " + message);
  }

  /**
   * An error at a JSON Pointer such as {@code /results/0/start}: {@code "FILE: /pointer: message"};
   * the empty pointer, the whole document, is written {@code /}.
   */
  public MediaUnreadableException errorAt(String pointer, String message) {
    return new MediaUnreadableException(
        fileName + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message);
  }

  private MediaUnreadableException jsonError(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      at = failureLocation();
    }
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    return new MediaUnreadableException(
        fileName
            + ": "
            + where
            + "not valid JSON: "
            + SOURCE_NOISE.matcher(e.getOriginalMessage()).replaceAll(""),
        e);
  }

  /**
   * Where a streaming pass over the text fails: for errors Jackson raises without a location, such
   * as nesting deeper than the limit. Only called once the tree failed to parse.
   */
  private TokenStreamLocation failureLocation() {
    try (JsonParser parser = MediaJson.MAPPER.createParser(text)) {
      try {
        while (parser.nextToken() != null) {
          // reads on to the failure
        }
      } catch (JacksonException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0
            ? e.getLocation()
            : parser.currentLocation();
      }
    }
    return null;
  }
}
