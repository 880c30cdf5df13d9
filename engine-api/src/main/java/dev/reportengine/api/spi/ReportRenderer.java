package dev.reportengine.api.spi;

/**
 * Renders a finished report into a document format other than the contract's JSON and Markdown,
 * such as PDF. The engine will call it as a pipeline stage after the report is built and keep the
 * bytes in its store; a renderer never fetches anything from the network or the file system.
 *
 * <p>Implementations must be thread-safe: one instance renders many reports concurrently. They are
 * discovered with {@link java.util.ServiceLoader} or registered on the engine's builder, where a
 * registration wins over a discovered renderer with the same {@link #mediaType()}.
 *
 * <pre>{@code
 * ReportRenderer pdf = ServiceLoader.load(ReportRenderer.class).stream()
 *     .map(ServiceLoader.Provider::get)
 *     .filter(r -> r.mediaType().equals("application/pdf"))
 *     .findFirst().orElseThrow();
 * pdf.warmUp();
 * byte[] bytes = pdf.render(new RenderContext(report, Optional.of(media)));
 * }</pre>
 */
public interface ReportRenderer {

  /** The IANA media type of what {@link #render} returns, such as {@code application/pdf}. */
  String mediaType();

  /**
   * Renders the report. Never returns null.
   *
   * @param context the report and, when the caller has it, the media it was built from
   * @throws dev.reportengine.api.ReportEngineException when the report cannot be rendered, with a
   *     message naming the limit or the failure
   */
  byte[] render(RenderContext context);

  /**
   * Prepares the renderer so that the first {@link #render} call is not slower than later ones
   * (class loading, font parsing). Called once when the engine starts; optional.
   */
  default void warmUp() {}
}
