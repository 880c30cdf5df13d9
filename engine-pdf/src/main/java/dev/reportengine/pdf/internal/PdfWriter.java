package dev.reportengine.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import dev.reportengine.pdf.PdfRenderException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Runs openhtmltopdf on one XHTML document: tagged PDF/UA-1 and PDF/A-3a with the JDK's sRGB
 * profile, the font set registered and subset, SVG drawn by Batik with scripts and external
 * resources off, and every URI openhtmltopdf would resolve refused before it is resolved.
 */
public final class PdfWriter {

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final FontSet fonts;
  private final int maxPages;

  /** A writer with these fonts that fails documents longer than {@code maxPages}. */
  public PdfWriter(FontSet fonts, int maxPages) {
    this.fonts = fonts;
    this.maxPages = maxPages;
  }

  /**
   * The result of one render.
   *
   * @param pdf the document
   * @param pages its page count
   * @param deniedUris the URIs openhtmltopdf asked for and was refused, normally none
   * @param warnings openhtmltopdf's warnings, normally none
   */
  public record Result(byte[] pdf, int pages, List<String> deniedUris, List<String> warnings) {}

  /**
   * Renders {@code html}; the document's creation and modification dates are {@code created}.
   *
   * @param subject names the report in error messages
   * @throws PdfRenderException if the layout has more than {@code maxPages} pages or rendering
   *     fails
   */
  public Result write(String html, Instant created, String subject) {
    List<String> denied = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfAConformance.PDFA_3_A)
        .useColorProfile(SRGB)
        .withProducer("report-engine")
        .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
        .useExternalResourceAccessControl(
            (uri, type) -> {
              synchronized (denied) {
                denied.add(type + " " + uri);
              }
              return false;
            },
            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl(
            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .withDiagnosticConsumer(d -> collect(d, warnings))
        .withHtmlContent(html, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    // The document is made here, as openhtmltopdf would make it, so that the fonts parsed once
    // (FontSet) can be loaded into it; the lease gives them back once the document is saved.
    try (PDDocument document = new PDDocument()) {
      FontSet.Lease lease = fonts.lease(builder.usePDDocument(document), document);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        int pages = renderer.getRootBox().getLayer().getPages().size();
        if (pages > maxPages) {
          throw new PdfRenderException(
              subject + " lays out to " + pages + " pages, more than maxPages " + maxPages);
        }
        renderer.createPDFWithoutClosing();
        DocumentDates.set(renderer.getPdfDocument(), created);
        renderer.getPdfDocument().save(out);
        return new Result(out.toByteArray(), pages, List.copyOf(denied), List.copyOf(warnings));
      } finally {
        lease.release();
      }
    } catch (IOException e) {
      throw new PdfRenderException("cannot render " + subject + " as PDF: " + e.getMessage(), e);
    }
  }

  private static void collect(Diagnostic d, List<String> warnings) {
    if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
      warnings.add(d.getFormattedMessage());
    }
  }
}
