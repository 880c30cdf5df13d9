package dev.reportengine.core.internal.markdown;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.reportengine.api.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The compiled Mustache layout {@code report.mustache}. Values reach it already escaped for
 * Markdown, so the factory's HTML escaping is off. Thread-safe once loaded.
 */
public final class MarkdownLayout {

  private static final String RESOURCE = "report.mustache";

  private final Mustache mustache;

  private MarkdownLayout(Mustache mustache) {
    this.mustache = mustache;
  }

  /** Reads and compiles the layout from this package's resources. */
  public static MarkdownLayout load() {
    try (InputStream in = MarkdownLayout.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return new MarkdownLayout(new VerbatimMustacheFactory().compile(reader, RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Renders {@code report} as Markdown. */
  public String render(Report report) {
    StringWriter out = new StringWriter();
    mustache.execute(out, ReportViews.of(report));
    return out.toString();
  }

  /** A factory that writes values as they are, with no HTML escaping. */
  private static final class VerbatimMustacheFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
