package dev.reportengine.pdf.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A compiled Mustache layout that turns a {@link DocumentView} into XHTML. Double-brace tags escape
 * with {@link HtmlText#escape}; partials are refused so a layout cannot read other resources.
 * Thread-safe once compiled.
 */
public final class HtmlLayout {

  private static final String BUILT_IN = "report.html.mustache";

  private final Mustache mustache;

  private HtmlLayout(Mustache mustache) {
    this.mustache = mustache;
  }

  /** The built-in style sheet, with {@code {{pageSize}}} and {@code {{fontFamilies}}} to fill. */
  public static String builtInCss() {
    return Resources.text("report.css");
  }

  /** The built-in layout. */
  public static HtmlLayout builtIn() {
    return compile(Resources.text(BUILT_IN), BUILT_IN);
  }

  /**
   * Compiles {@code source}.
   *
   * @throws IllegalArgumentException if it is not a valid Mustache template
   */
  public static HtmlLayout compile(String source, String name) {
    try {
      return new HtmlLayout(new EscapingFactory().compile(new StringReader(source), name));
    } catch (MustacheException e) {
      throw new IllegalArgumentException(
          "layout [" + name + "] is not valid Mustache: " + e.getMessage(), e);
    }
  }

  /** Renders the view as an XHTML document. */
  public String render(DocumentView view) {
    StringWriter out = new StringWriter(16_384);
    mustache.execute(out, view);
    return out.toString();
  }

  /** Escapes every double-brace value for XHTML and refuses partials. */
  private static final class EscapingFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(HtmlText.escape(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public java.io.Reader getReader(String resourceName) {
      throw new MustacheException(
          "layouts cannot include partials, asked for [" + resourceName + "]");
    }
  }

  /** Reads this package's resources. */
  static final class Resources {
    private Resources() {}

    static String text(String name) {
      try (InputStream in = HtmlLayout.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + name, e);
      }
    }

    static byte[] bytes(String name) {
      try (InputStream in = HtmlLayout.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + name, e);
      }
    }
  }
}
