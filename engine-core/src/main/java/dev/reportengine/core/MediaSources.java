package dev.reportengine.core;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.media.TranscriptDirectory;
import dev.reportengine.media.TranscriptFormats;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The standard {@link MediaSource}s: media held in memory, and transcript files in a directory.
 *
 * <pre>{@code
 * MediaSource source = MediaSources.directory(Path.of("transcripts"));
 * Optional<Media> call = source.load(new MediaSource.MediaQuery("discovery-call"));
 * }</pre>
 *
 * <p>Both sources are immutable and thread-safe. Transcript files are read by {@code engine-media}:
 * its built-in formats and the {@link dev.reportengine.media.TranscriptFormat}s found with {@link
 * java.util.ServiceLoader} ({@link TranscriptFormats#installed()}, discovered once, on first use).
 */
public final class MediaSources {

  /** The default largest file a directory source reads: 64 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = TranscriptFormats.DEFAULT_MAX_FILE_BYTES;

  private MediaSources() {}

  private static volatile TranscriptFormats installed;

  /**
   * The installed formats, discovered on first use through that thread's context class loader; a
   * failing discovery throws its {@link IllegalStateException} and is tried again next time.
   */
  private static TranscriptFormats installed() {
    TranscriptFormats formats = installed;
    if (formats == null) {
      formats = TranscriptFormats.installed();
      installed = formats;
    }
    return formats;
  }

  /**
   * A source that serves the given media by {@link Media#id()}.
   *
   * @throws IllegalArgumentException when two media share an id; the message names it
   * @throws NullPointerException when the collection or an element is null
   */
  public static MediaSource inMemory(Collection<Media> media) {
    return new InMemoryMediaSource(media);
  }

  /**
   * Reads one transcript file, of at most {@link #DEFAULT_MAX_FILE_BYTES}, in the format its
   * content shows ({@link TranscriptFormats#read(Path)} of the installed formats). The media's id
   * is the file name without its extension.
   *
   * <pre>{@code
   * Media call = MediaSources.read(Path.of("call.vtt"));
   * System.out.println(call.sourceFormat().orElseThrow() + " " + call.durationSeconds());
   * }</pre>
   *
   * @throws dev.reportengine.api.spi.MediaUnreadableException when the file cannot be read or is
   *     not a supported transcript; the message names the file and the line or JSON path
   * @throws IllegalStateException when discovering the installed formats fails: a format found with
   *     {@link java.util.ServiceLoader} cannot be loaded or takes a name that is taken
   */
  public static Media read(Path file) {
    return read(file, DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * Reads one transcript file of at most {@code maxFileBytes}; see {@link #read(Path)}.
   *
   * @throws IllegalArgumentException when the limit is out of range
   */
  public static Media read(Path file, long maxFileBytes) {
    Objects.requireNonNull(file, "file");
    TranscriptFormats.checkLimit(maxFileBytes);
    return installed().read(file, maxFileBytes);
  }

  /**
   * The names of the transcript formats the engine reads, in the order detection breaks ties: the
   * built-in ones, then those found with {@link java.util.ServiceLoader}.
   */
  public static List<String> formats() {
    return installed().names();
  }

  /** A directory source that reads files of at most {@link #DEFAULT_MAX_FILE_BYTES}. */
  public static MediaSource directory(Path dir) {
    return directory(dir, DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * A source that reads transcript files from {@code dir} (not its subdirectories).
   *
   * <p>A {@code mediaId} names a file with or without its extension: {@code call-1} finds {@code
   * call-1.json} or {@code call-1.vtt}, and {@code call-1.vtt} finds that file. When an id matches
   * two files, loading fails with a {@link dev.reportengine.api.spi.MediaUnreadableException} that
   * names both. Ids that could reach another directory or a hidden file (containing {@code /},
   * {@code \}, {@code ..}, {@code :} or NUL, starting with {@code .}, or absolute) name no file, so
   * loading them returns empty. A symbolic link in {@code dir} is read only when its real path lies
   * inside the real path of {@code dir}; one that leads outside fails with a {@link
   * dev.reportengine.api.spi.MediaUnreadableException}. (Hard links cannot be told apart from
   * files: whoever may write to {@code dir} decides what it serves.)
   *
   * <p>The format is detected from the content, not the extension (UTF-8 text, a BOM is allowed):
   * the engine's own JSON, WebVTT, SRT, Deepgram, AssemblyAI, AWS Transcribe, Rev (JSON and NLP),
   * Whisper segment JSON, QMSum JSON, plain-text speaker blocks and lines, Markdown transcripts,
   * and the formats found with {@link java.util.ServiceLoader}; see {@code docs/media-format.md}.
   * The loaded media's id is the requested {@code mediaId}. Unreadable files (too large, empty,
   * binary, not UTF-8, of an unknown format or malformed) fail with a message that names the file,
   * relative to {@code dir}, and the line or JSON Pointer.
   *
   * @param dir an existing directory
   * @param maxFileBytes the largest file to read, at least 1
   * @throws IllegalArgumentException when {@code dir} is not a directory or the limit is out of
   *     range
   * @throws IllegalStateException when discovering the installed formats fails, as {@link
   *     #read(Path)}
   */
  public static MediaSource directory(Path dir, long maxFileBytes) {
    Objects.requireNonNull(dir, "dir");
    return new TranscriptDirectory(dir, maxFileBytes, installed());
  }

  /**
   * A directory source, as {@link #directory(Path, long)}, that reads with {@code formats}: for
   * example {@code TranscriptFormats.installed().with(new AcmeFormat())} to register a format
   * without {@link java.util.ServiceLoader}, or to replace a built-in one.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory or the limit is out of
   *     range
   */
  public static MediaSource directory(Path dir, long maxFileBytes, TranscriptFormats formats) {
    Objects.requireNonNull(dir, "dir");
    return new TranscriptDirectory(dir, maxFileBytes, formats);
  }
}
