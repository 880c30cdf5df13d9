package dev.reportengine.pdf;

/** The paper sizes a {@link PdfRenderer} lays reports out on. */
public enum PageSize {
  /** ISO A4, 210 × 297 mm. */
  A4("A4"),
  /** US Letter, 8.5 × 11 in. */
  LETTER("letter");

  private final String css;

  PageSize(String css) {
    this.css = css;
  }

  /** The CSS {@code @page size} keyword, such as {@code A4}. */
  public String cssName() {
    return css;
  }
}
