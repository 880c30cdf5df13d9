/**
 * Renders reports as tagged, archivable PDF (PDF/UA-1 and PDF/A-3a) with openhtmltopdf and bundled
 * DejaVu fonts. Exports {@code dev.reportengine.pdf} ({@link dev.reportengine.pdf.PdfRenderer} and
 * its options) and provides the {@link dev.reportengine.api.spi.ReportRenderer} service {@link
 * dev.reportengine.pdf.PdfReportRenderer}, so an engine finds it with {@link
 * java.util.ServiceLoader}. Its layout, CSS and fonts are resources of the package {@code
 * dev.reportengine.pdf.internal}, which is not exported.
 *
 * <p>openhtmltopdf 1.1.65 declares no module name, so its three jars are required by the names the
 * JDK derives from their file names ({@code openhtmltopdf.core}, {@code openhtmltopdf.pdfbox},
 * {@code openhtmltopdf.svg.support}); PDFBox and mustache.java name theirs in their manifests.
 */
module dev.reportengine.pdf {
  requires transitive dev.reportengine.api;
  requires com.github.mustachejava;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires openhtmltopdf.svg.support;
  requires org.apache.fontbox;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires java.desktop;
  requires java.logging;
  requires java.xml;

  exports dev.reportengine.pdf;

  // mustache.java reads the layout's view objects by reflection.
  opens dev.reportengine.pdf.internal to
      com.github.mustachejava;

  provides dev.reportengine.api.spi.ReportRenderer with
      dev.reportengine.pdf.PdfReportRenderer;
}
