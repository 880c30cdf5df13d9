package dev.reportengine.api.spi;

import dev.reportengine.api.Template;

/**
 * Builds the content of one kind of report from a conversation. Implementations must be thread-safe
 * and deterministic: the same context gives equal content, so the same input always gives
 * byte-identical JSON and Markdown. Every claim must come from the transcript.
 *
 * <p>Providers are discovered with {@link java.util.ServiceLoader} or registered on the engine's
 * builder.
 */
public interface ReportTemplate {

  /** Which contract template this builds. */
  Template id();

  /** A short readable name such as {@code General report}, used in default labels. */
  String title();

  /**
   * The parameters this template accepts in {@code output.templateParams}, declared with {@link
   * ParameterSpec#of} and the fluent factories on {@link ParameterSpec.Parameter}.
   */
  ParameterSpec parameters();

  /**
   * Builds the report content. Never returns null.
   *
   * @param context the media, the resolved target and the checked parameters (defaults applied)
   * @throws RuntimeException when the template cannot build a report; the job fails with code
   *     {@code template_failed} and the exception's message
   */
  ReportContent build(TemplateContext context);
}
