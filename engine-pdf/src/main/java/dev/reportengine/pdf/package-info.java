/**
 * Renders reports as tagged, archivable PDF (PDF/UA-1 and PDF/A-3a): the report becomes HTML
 * through a Mustache layout and print CSS, and openhtmltopdf lays it out with bundled, subset
 * DejaVu fonts. Nothing is ever fetched from the network or the file system while rendering. Start
 * at {@link dev.reportengine.pdf.PdfRenderer}; {@link dev.reportengine.pdf.PdfReportRenderer} is
 * the same renderer as the engine's {@link dev.reportengine.api.spi.ReportRenderer} service. This
 * package is all the module {@code engine-pdf} exports; see {@code docs/pdf.md}.
 */
package dev.reportengine.pdf;
