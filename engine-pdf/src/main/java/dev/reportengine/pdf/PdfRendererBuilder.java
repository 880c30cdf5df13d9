package dev.reportengine.pdf;

import dev.reportengine.pdf.internal.FontFace;
import dev.reportengine.pdf.internal.FontSet;
import dev.reportengine.pdf.internal.HtmlLayout;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Configures a {@link PdfRenderer}. Strict: each option may be set once (fonts may be added several
 * times), and a nonsensical value fails at once with a message that quotes it. Not thread-safe; the
 * renderer it builds is.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.builder()
 *     .pageSize(PageSize.LETTER)
 *     .css(".card { background-color: #fff7ed; }")
 *     .font(PdfFont.of("WenQuanYi Micro Hei", 400, Path.of("wqy-microhei.ttc")))
 *     .limits(new PdfLimits(1_000_000, 50, 100, 2_000, 10_000, 8, 300))
 *     .build();
 * }</pre>
 */
public final class PdfRendererBuilder {

  private PageSize pageSize;
  private String css;
  private String layout;
  private String language;
  private PdfLimits limits;
  private final List<PdfFont> fonts = new ArrayList<>();

  PdfRendererBuilder() {}

  /** The paper size; default {@link PageSize#A4}. */
  public PdfRendererBuilder pageSize(PageSize value) {
    Objects.requireNonNull(value, "pageSize");
    requireUnset("pageSize", pageSize);
    pageSize = value;
    return this;
  }

  /**
   * CSS appended after the built-in style sheet, so its rules win. It cannot load anything: {@code
   * url()}, {@code @import} and {@code @font-face} sources are refused; add fonts with {@link
   * #font}.
   */
  public PdfRendererBuilder css(String value) {
    Objects.requireNonNull(value, "css");
    requireUnset("css", css);
    if (value.contains("]]>")) {
      throw new IllegalArgumentException("css must not contain []]>], got: " + value);
    }
    css = value;
    return this;
  }

  /**
   * A Mustache layout that replaces the built-in one. It receives the same view (documented in
   * {@code docs/pdf.md}) and must produce well-formed XHTML with {@code lang}, a {@code <title>}
   * and a {@code <meta name="description">}; double-brace tags escape for XHTML, partials are
   * refused.
   *
   * @throws IllegalArgumentException if it is blank or not valid Mustache
   */
  public PdfRendererBuilder layout(String mustache) {
    Objects.requireNonNull(mustache, "layout");
    requireUnset("layout", layout);
    if (mustache.isBlank()) {
      throw new IllegalArgumentException("layout must not be blank");
    }
    HtmlLayout.compile(mustache, "custom layout");
    layout = mustache;
    return this;
  }

  /**
   * The document language, a BCP 47 tag such as {@code en} or {@code de-CH}; default {@code en}.
   */
  public PdfRendererBuilder language(String tag) {
    Objects.requireNonNull(tag, "language");
    requireUnset("language", language);
    try {
      String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
      if (canonical.equals("und")) {
        throw new IllegalArgumentException("language must name a language, got [" + tag + "]");
      }
      language = canonical;
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "language must be a BCP 47 tag such as en or de-CH, got [" + tag + "]", e);
    }
    return this;
  }

  /** The bounds on input, output and lists; default {@link PdfLimits#defaults()}. */
  public PdfRendererBuilder limits(PdfLimits value) {
    Objects.requireNonNull(value, "limits");
    requireUnset("limits", limits);
    limits = value;
    return this;
  }

  /**
   * Adds a font after DejaVu Sans in the font-family list, for characters DejaVu Sans lacks (such
   * as Chinese, Japanese and Korean). May be called several times; a family and weight may be added
   * once.
   */
  public PdfRendererBuilder font(PdfFont font) {
    Objects.requireNonNull(font, "font");
    for (PdfFont f : fonts) {
      if (f.family().equals(font.family()) && f.weight() == font.weight()) {
        throw new IllegalStateException(
            "font " + font.family() + " " + font.weight() + " was already added as " + f);
      }
    }
    if (font.family().equals(FontSet.SANS) || font.family().equals(FontSet.MONO)) {
      throw new IllegalArgumentException(
          "font family [" + font.family() + "] is bundled; choose another family name");
    }
    fonts.add(font);
    return this;
  }

  /** Builds the renderer, reading the bundled fonts. */
  public PdfRenderer build() {
    PageSize size = pageSize == null ? PageSize.A4 : pageSize;
    HtmlLayout compiled =
        layout == null ? HtmlLayout.builtIn() : HtmlLayout.compile(layout, "custom layout");
    FontSet fontSet =
        FontSet.withBundled(
            fonts.stream()
                .map(f -> new FontFace(f.family(), f.weight(), f.sharedBytes()))
                .toList());
    String sheet =
        HtmlLayout.builtInCss()
                .replace("{{pageSize}}", size.cssName())
                .replace("{{fontFamilies}}", fontSet.cssFamilies())
            + (css == null ? "" : "\n" + css);
    return new PdfRenderer(
        size,
        limits == null ? PdfLimits.defaults() : limits,
        compiled,
        language == null ? "en" : language,
        sheet,
        fontSet);
  }

  private static void requireUnset(String option, Object current) {
    if (current != null) {
      throw new IllegalStateException(option + " was already set to " + current);
    }
  }
}
