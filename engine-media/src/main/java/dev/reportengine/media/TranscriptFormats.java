package dev.reportengine.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.JobCanceledException;
import dev.reportengine.api.spi.MediaUnreadableException;
import dev.reportengine.media.TranscriptFormat.Match;
import dev.reportengine.media.internal.BuiltInFormats;
import dev.reportengine.media.internal.MediaFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/**
 * The transcript formats a reader knows, and reading a file in the one that fits: the entry point
 * of {@code engine-media}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Media call = TranscriptFormats.installed().read(Path.of("call.vtt"));
 * Media acme = TranscriptFormats.installed().read(Path.of("call.json"), "acme-stt");
 * }</pre>
 *
 * <p><b>Which format reads a file.</b>
 *
 * <ol>
 *   <li>A format named by the caller ({@link #read(Path, String)}, {@code inspect --format}) reads
 *       the file without detection.
 *   <li>Otherwise every format's {@link TranscriptFormat#detect} is asked, and the strongest {@link
 *       Match} wins. On a tie the earlier format in {@link #names()} wins: the built-in formats
 *       come first, in their documented order, then the added ones by name. So an added format
 *       takes a file from a built-in one only by claiming it more surely; a vendor JSON format that
 *       answers {@link Match#CERTAIN} for its own distinctive field takes those files from every
 *       built-in but the engine's own JSON, WebVTT and Rev NLP, which are {@code CERTAIN} too.
 *   <li>When no format claims the file, reading fails naming every format tried (or with the JSON
 *       syntax error, when the file looks like JSON and is not).
 * </ol>
 *
 * <p><b>Names.</b> Each format's name is unique. A format found with {@link ServiceLoader} whose
 * name is already taken (by a built-in or another discovered format) makes {@link #installed()}
 * fail naming both classes: discovery never replaces a built-in silently. A format passed to {@link
 * #with(TranscriptFormat...)} does replace the one of the same name, in its place in the order: the
 * documented way to override a built-in.
 *
 * <p><b>Errors.</b> Every failure is a {@link MediaUnreadableException} whose message starts with
 * the file name. An {@link IllegalArgumentException} from a format's {@code read} becomes "FILE:
 * not a valid NAME transcript: ..."; any other exception from a format that is not built in (a bug
 * in a host's format) becomes "FILE: the NAME format failed: ExceptionClass: ...", with the
 * exception as the cause.
 */
public final class TranscriptFormats {

  /** The default largest file {@link #read(Path)} reads: 64 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

  /** The largest limit a file can be read under: the largest Java array. */
  public static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private final List<TranscriptFormat> formats;

  private TranscriptFormats(List<TranscriptFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** The built-in formats only, in detection order. */
  public static TranscriptFormats builtIn() {
    return new TranscriptFormats(BuiltInFormats.all());
  }

  /**
   * The built-in formats and those found with {@link ServiceLoader} through the thread's context
   * class loader. Discovery runs on every call; keep the result.
   *
   * @throws IllegalStateException when a discovered format cannot be loaded, has no valid name, or
   *     has the name of a built-in or another discovered format; the message names the classes
   */
  public static TranscriptFormats installed() {
    return installed(Thread.currentThread().getContextClassLoader());
  }

  /**
   * The built-in formats and those found with {@link ServiceLoader} through {@code loader}.
   *
   * @throws IllegalStateException as {@link #installed()}
   */
  public static TranscriptFormats installed(ClassLoader loader) {
    List<TranscriptFormat> found = new ArrayList<>();
    try {
      for (TranscriptFormat format : ServiceLoader.load(TranscriptFormat.class, loader)) {
        found.add(format);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException(
          "a transcript format found with ServiceLoader cannot be loaded: " + e.getMessage(), e);
    }
    Map<String, TranscriptFormat> byName = new LinkedHashMap<>();
    BuiltInFormats.all().forEach(f -> byName.put(f.name(), f));
    found.sort(Comparator.comparing(TranscriptFormats::checkedName));
    for (TranscriptFormat format : found) {
      TranscriptFormat before = byName.putIfAbsent(format.name(), format);
      if (before != null) {
        throw new IllegalStateException(
            "two transcript formats are named \""
                + format.name()
                + "\": "
                + before.getClass().getName()
                + " and "
                + format.getClass().getName()
                + " (found with ServiceLoader); rename one, or replace the first with"
                + " TranscriptFormats.with(...)");
      }
    }
    return new TranscriptFormats(List.copyOf(byName.values()));
  }

  /**
   * These formats and {@code added}: an added format replaces the one of the same name in its place
   * in the order; the others come after, by name.
   *
   * @throws IllegalArgumentException when an added format has no valid name, or two added ones
   *     share a name
   */
  public TranscriptFormats with(TranscriptFormat... added) {
    Map<String, TranscriptFormat> byName = new LinkedHashMap<>();
    formats.forEach(f -> byName.put(f.name(), f));
    List<TranscriptFormat> sorted = new ArrayList<>();
    for (TranscriptFormat format : added) {
      Objects.requireNonNull(format, "format");
      try {
        checkedName(format);
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      sorted.add(format);
    }
    sorted.sort(Comparator.comparing(TranscriptFormat::name));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
        throw new IllegalArgumentException(
            "two added transcript formats are named \"" + sorted.get(i).name() + "\"");
      }
    }
    sorted.forEach(f -> byName.put(f.name(), f));
    return new TranscriptFormats(List.copyOf(byName.values()));
  }

  private static String checkedName(TranscriptFormat format) {
    String name = format.name();
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalStateException(
          "transcript format "
              + format.getClass().getName()
              + " has the name "
              + (name == null ? "null" : "\"" + name + "\"")
              + "; a name is lower case letters, digits, '.', '_' and '-', starting with a letter"
              + " or digit");
    }
    return name;
  }

  /** The names of the formats, in the order ties in detection are broken. */
  public List<String> names() {
    return formats.stream().map(TranscriptFormat::name).toList();
  }

  /** The format with this name, if there is one. */
  public Optional<TranscriptFormat> format(String name) {
    return formats.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * Reads one transcript file, of at most {@link #DEFAULT_MAX_FILE_BYTES}, in the format its
   * content shows (UTF-8, a BOM is allowed). The media's id is the file name without its extension.
   *
   * @throws MediaUnreadableException when the file is too large, cannot be read, is not UTF-8 text,
   *     has an unknown format or is malformed; the message names the file and the line or JSON path
   */
  public Media read(Path file) {
    return read(file, DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * Reads one transcript file of at most {@code maxFileBytes}; see {@link #read(Path)}.
   *
   * @throws IllegalArgumentException when the limit is out of range
   */
  public Media read(Path file, long maxFileBytes) {
    return read(file, maxFileBytes, null);
  }

  /**
   * Reads one transcript file, of at most {@link #DEFAULT_MAX_FILE_BYTES}, in the format named
   * {@code formatName}, without detection.
   *
   * @throws IllegalArgumentException when no format has that name; the message lists the names
   * @throws MediaUnreadableException as {@link #read(Path)}
   */
  public Media read(Path file, String formatName) {
    return read(file, DEFAULT_MAX_FILE_BYTES, Objects.requireNonNull(formatName, "formatName"));
  }

  private Media read(Path file, long maxFileBytes, String formatName) {
    Objects.requireNonNull(file, "file");
    checkLimit(maxFileBytes);
    TranscriptFormat format = formatName == null ? null : named(formatName);
    String fileName = String.valueOf(file.getFileName());
    int dot = fileName.lastIndexOf('.');
    String mediaId = dot > 0 ? fileName.substring(0, dot) : fileName;
    TranscriptText source =
        TranscriptText.of(fileName, MediaFileReader.text(file, fileName, maxFileBytes));
    return format == null ? read(mediaId, source) : read(mediaId, source, format);
  }

  /**
   * Checks a file size limit.
   *
   * @throws IllegalArgumentException when {@code maxFileBytes} is not in 1..{@link #MAX_LIMIT}
   */
  public static void checkLimit(long maxFileBytes) {
    if (maxFileBytes < 1 || maxFileBytes > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "maxFileBytes must be in 1.." + MAX_LIMIT + ", got " + maxFileBytes);
    }
  }

  private TranscriptFormat named(String formatName) {
    return format(formatName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown transcript format \""
                        + formatName
                        + "\"; known formats: "
                        + String.join(", ", names())));
  }

  /**
   * Reads decoded text in the format it shows, polling {@code source}'s cancellation per line or
   * turn.
   *
   * @throws MediaUnreadableException naming the file and the line or JSON Pointer, or listing every
   *     format tried when none fits
   * @throws JobCanceledException when the cancellation fires
   */
  public Media read(String mediaId, TranscriptText source) {
    return read(mediaId, source, detect(source));
  }

  /**
   * Reads decoded text in the format named {@code formatName}, without detection.
   *
   * @throws IllegalArgumentException when no format has that name; the message lists the names
   * @throws MediaUnreadableException as {@link #read(String, TranscriptText)}
   */
  public Media read(String mediaId, TranscriptText source, String formatName) {
    return read(mediaId, source, named(formatName));
  }

  /** Reads decoded text that is not tied to a job; see {@link #read(String, TranscriptText)}. */
  public Media read(String mediaId, String fileName, String text) {
    return read(mediaId, TranscriptText.of(fileName, text, CancellationToken.NONE));
  }

  private static Media read(String mediaId, TranscriptText source, TranscriptFormat format) {
    String fileName = source.fileName();
    Media media;
    try {
      media = format.read(mediaId, source);
    } catch (IllegalArgumentException e) {
      throw new MediaUnreadableException(
          fileName + ": not a valid " + format.name() + " transcript: " + e.getMessage(), e);
    } catch (JacksonException e) {
      // A value of a type the importer did not check for; the typed readers of JsonReads name the
      // pointer, this names at least the file, never with Jackson's own words.
      throw new MediaUnreadableException(
          fileName + ": not a valid " + format.name() + " transcript: a value has the wrong type",
          e);
    } catch (MediaUnreadableException | JobCanceledException e) {
      throw e;
    } catch (RuntimeException e) {
      if (BuiltInFormats.isBuiltIn(format)) {
        throw e;
      }
      throw failed(fileName, format, "", e);
    }
    if (media == null) {
      throw new MediaUnreadableException(
          fileName + ": the " + format.name() + " format failed: it read no media (null)");
    }
    return media.sourceFormat().isPresent()
        ? media
        : media.withSource(format.name(), media.timingsEstimated());
  }

  /**
   * The format that reads {@code source}: the strongest {@link Match}, the earlier format on a tie.
   *
   * @throws MediaUnreadableException listing every format tried when none fits, with the JSON
   *     syntax error when the text looks like JSON and is not, or naming a format whose detection
   *     failed
   */
  public TranscriptFormat detect(TranscriptText source) {
    TranscriptFormat best = null;
    Match bestMatch = Match.NONE;
    for (TranscriptFormat format : formats) {
      if (best != null && BuiltInFormats.isBuiltIn(best) && BuiltInFormats.isBuiltIn(format)) {
        continue; // built-in strengths never rise along their order: a later one cannot win
      }
      Match match = match(format, source);
      if (match.compareTo(bestMatch) > 0) {
        best = format;
        bestMatch = match;
        if (match == Match.CERTAIN) {
          break;
        }
      }
    }
    if (best != null) {
      return best;
    }
    throw source
        .jsonError()
        .orElseGet(
            () ->
                new MediaUnreadableException(
                    source.fileName()
                        + ": unrecognized media format; tried: "
                        + formats.stream()
                            .map(TranscriptFormat::description)
                            .collect(Collectors.joining("; "))));
  }

  private static Match match(TranscriptFormat format, TranscriptText source) {
    if (BuiltInFormats.isBuiltIn(format)) {
      return format.detect(source);
    }
    Match match;
    try {
      match = format.detect(source);
    } catch (JobCanceledException e) {
      throw e;
    } catch (RuntimeException e) {
      throw failed(source.fileName(), format, " while detecting", e);
    }
    if (match == null) {
      throw new MediaUnreadableException(
          source.fileName()
              + ": the "
              + format.name()
              + " format failed while detecting: detect returned null, not a Match");
    }
    return match;
  }

  private static MediaUnreadableException failed(
      String fileName, TranscriptFormat format, String when, RuntimeException e) {
    return new MediaUnreadableException(
        fileName
            + ": the "
            + format.name()
            + " format failed"
            + when
            + ": "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()),
        e);
  }

  @Override
  public String toString() {
    return "TranscriptFormats" + names();
  }
}
