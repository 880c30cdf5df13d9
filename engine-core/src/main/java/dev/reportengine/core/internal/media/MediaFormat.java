package dev.reportengine.core.internal.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaUnreadableException;

/** One transcript file format that the directory source can recognize by content and read. */
interface MediaFormat {

  /** What the format is called and how it is recognized, for "formats tried" messages. */
  String description();

  /** Whether the decoded text (BOM removed) looks like this format. */
  boolean recognizes(String text);

  /**
   * Reads the text as this format.
   *
   * @throws MediaUnreadableException naming the file and the line or JSON Pointer
   */
  Media read(String mediaId, String fileName, String text);
}
