package dev.reportengine.pdf;

import dev.reportengine.api.spi.RenderContext;
import dev.reportengine.api.spi.ReportRenderer;
import java.util.Objects;

/**
 * The {@link ReportRenderer} for {@code application/pdf}: the engine's seam to this module. Found
 * with {@link java.util.ServiceLoader} (with the default {@link PdfRenderer}), or constructed
 * around a configured renderer and registered on the engine's builder.
 *
 * <pre>{@code
 * ReportRenderer pdf = new PdfReportRenderer(PdfRenderer.builder().pageSize(PageSize.LETTER).build());
 * }</pre>
 */
public final class PdfReportRenderer implements ReportRenderer {

  /** The media type this renderer writes. */
  public static final String MEDIA_TYPE = "application/pdf";

  private final PdfRenderer renderer;

  /** The default renderer: A4, built-in layout and CSS, bundled fonts, default limits. */
  public PdfReportRenderer() {
    this(PdfRenderer.create());
  }

  /** Wraps a configured renderer. */
  public PdfReportRenderer(PdfRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  /**
   * Renders the context's report, with charts when it carries the media.
   *
   * @throws PdfRenderException if the report exceeds a limit or rendering fails
   */
  @Override
  public byte[] render(RenderContext context) {
    Objects.requireNonNull(context, "context");
    return renderer.render(new PdfInput(context.report(), context.media()));
  }

  @Override
  public void warmUp() {
    renderer.warmUp();
  }
}
