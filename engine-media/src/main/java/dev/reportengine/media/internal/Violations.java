package dev.reportengine.media.internal;

import dev.reportengine.api.spi.MediaUnreadableException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in a JSON document, each with its JSON Pointer, then throws once.
 */
final class Violations {

  /** More than this many are summarized, so a broken large file gives a readable message. */
  static final int MAX_LISTED = 20;

  private final List<String> messages = new ArrayList<>();

  void add(String pointer, String message) {
    messages.add((pointer.isEmpty() ? "(document)" : pointer) + ": " + message);
  }

  void throwIfAny(String fileName) {
    if (messages.isEmpty()) {
      return;
    }
    StringBuilder text =
        new StringBuilder(fileName)
            .append(": ")
            .append(String.join("; ", messages.subList(0, Math.min(MAX_LISTED, messages.size()))));
    if (messages.size() > MAX_LISTED) {
      text.append("; and ").append(messages.size() - MAX_LISTED).append(" more");
    }
    throw new MediaUnreadableException(text.toString());
  }

  /** Appends an escaped (RFC 6901) property name to a pointer. */
  static String child(String pointer, String property) {
    return pointer + "/" + property.replace("~", "~0").replace("/", "~1");
  }

  /** Appends an array index to a pointer. */
  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
