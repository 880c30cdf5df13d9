package dev.reportengine.core.internal.json;

/**
 * A JSON Pointer (RFC 6901) into a document, with a dotted label for messages.
 *
 * @param value the escaped pointer, empty for the whole document
 * @param label the same path for people, such as {@code target.timerange.start_seconds}
 */
record Pointer(String value, String label) {

  /** The whole document. */
  static final Pointer ROOT = new Pointer("", "");

  /** The pointer to the member {@code name} of the object here. */
  Pointer child(String name) {
    String shown = Texts.shorten(name);
    return new Pointer(value + "/" + escape(name), label.isEmpty() ? shown : label + "." + shown);
  }

  /** The pointer to element {@code index} of the array here. */
  Pointer index(int index) {
    return new Pointer(value + "/" + index, label + "[" + index + "]");
  }

  /** Whether this points at the whole document. */
  boolean isRoot() {
    return value.isEmpty();
  }

  /** Escapes a member name: {@code ~} as {@code ~0}, then {@code /} as {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return value;
  }
}
