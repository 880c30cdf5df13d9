package dev.reportengine.core.internal.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaUnreadableException;

/** One transcript file format that the directory source can recognize by content and read. */
interface MediaFormat {

  /** The format's stable id, such as {@code webvtt}; it becomes {@link Media#sourceFormat()}. */
  String id();

  /** What the format is called and how it is recognized, for "formats tried" messages. */
  String description();

  /** Whether the file looks like this format: a cheap check of its signature. */
  boolean recognizes(SourceText source);

  /**
   * Reads the file as this format.
   *
   * @throws MediaUnreadableException naming the file and the line or JSON Pointer
   */
  Media read(String mediaId, SourceText source);

  /** Whether the decoded text looks like this format. */
  default boolean recognizes(String text) {
    return recognizes(new SourceText("", text));
  }

  /** Reads decoded text as this format. */
  default Media read(String mediaId, String fileName, String text) {
    return read(mediaId, new SourceText(fileName, text));
  }
}
