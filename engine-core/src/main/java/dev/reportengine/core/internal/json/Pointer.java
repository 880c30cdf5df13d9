package dev.reportengine.core.internal.json;

/**
 * A JSON Pointer (RFC 6901) into a document, with a dotted label for messages. A pointer is made
 * for every member a validator looks at, but its texts are needed only for a violation, so they are
 * built on first use (a valid request used to pay for them all: 18 % of its validation).
 */
final class Pointer {

  /** The whole document. */
  static final Pointer ROOT = new Pointer(null, null, 0);

  private final Pointer parent;
  private final String name;
  private final int index;
  private String value;
  private String label;

  private Pointer(Pointer parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    if (parent == null) {
      value = "";
      label = "";
    }
  }

  /** The pointer to the member {@code name} of the object here. */
  Pointer child(String name) {
    return new Pointer(this, java.util.Objects.requireNonNull(name, "name"), 0);
  }

  /** The pointer to element {@code index} of the array here. */
  Pointer index(int index) {
    return new Pointer(this, null, index);
  }

  /** The escaped pointer, empty for the whole document. */
  String value() {
    String v = value;
    if (v == null) {
      v = parent.value() + "/" + (name != null ? escape(name) : String.valueOf(index));
      value = v;
    }
    return v;
  }

  /** The same path for people, such as {@code target.timerange.start_seconds}. */
  String label() {
    String l = label;
    if (l == null) {
      String up = parent.label();
      if (name != null) {
        String shown = Texts.shorten(name);
        l = up.isEmpty() ? shown : up + "." + shown;
      } else {
        l = up + "[" + index + "]";
      }
      label = l;
    }
    return l;
  }

  /** Whether this points at the whole document. */
  boolean isRoot() {
    return parent == null;
  }

  /** Escapes a member name: {@code ~} as {@code ~0}, then {@code /} as {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pointer p && p.value().equals(value()) && p.label().equals(label());
  }

  @Override
  public int hashCode() {
    return value().hashCode() * 31 + label().hashCode();
  }

  @Override
  public String toString() {
    return value();
  }
}
