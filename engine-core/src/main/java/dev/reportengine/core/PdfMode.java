package dev.reportengine.core;

/**
 * When an engine renders a report's PDF (and any other registered {@link
 * dev.reportengine.api.spi.ReportRenderer}'s document). Set with {@link
 * ReportEngineBuilder#pdfMode(PdfMode)}. The default is {@link #LAZY} when the engine has a
 * renderer (registered, or found with {@link java.util.ServiceLoader}, such as {@code engine-pdf}'s
 * on the class path) and {@link #OFF} when it has none: a host pays for a PDF only when one is
 * asked for. {@link #EAGER} is for hosts that want every job to fail unless its PDF renders.
 */
public enum PdfMode {
  /**
   * Rendered in the job, in the {@code render_pdf} stage, and kept by the store with the report; a
   * render failure fails the job with {@code render_failed}.
   */
  EAGER,
  /**
   * Rendered on the first request ({@link ReportEngine#pdf(String)}) from the stored report and its
   * media, then kept by the store; concurrent first requests render once.
   */
  LAZY,
  /**
   * Never rendered: {@link ReportEngine#pdf(String)} is empty and reports carry no {@code pdfUrl}.
   */
  OFF
}
