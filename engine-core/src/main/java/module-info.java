/**
 * The report engine: job runtime, stores, target resolvers, media sources (transcript files are
 * read by engine-media), the contract's JSON codec and facade, the Markdown renderer, rendered
 * documents (PDF) through {@link dev.reportengine.api.spi.ReportRenderer}s, and webhook delivery.
 * Entry point: {@link dev.reportengine.core.ReportEngine#builder()}.
 */
module dev.reportengine.core {
  requires transitive dev.reportengine.api;
  requires transitive dev.reportengine.media;
  requires dev.reportengine.text;
  requires tools.jackson.databind;
  requires com.github.benmanes.caffeine;
  requires java.net.http;

  exports dev.reportengine.core;

  uses dev.reportengine.api.spi.ReportTemplate;
  uses dev.reportengine.api.spi.TargetResolver;
  uses dev.reportengine.api.spi.ReportRenderer;
}
