/**
 * The Reports v1 contract as Java types: requests, responses, reports, job types, the media model
 * and the SPIs that plug templates, target resolvers, media sources and stores into the engine.
 * This module depends on the JDK only.
 */
module dev.reportengine.api {
  exports dev.reportengine.api;
  exports dev.reportengine.api.json;
  exports dev.reportengine.api.media;
  exports dev.reportengine.api.spi;

  uses dev.reportengine.api.spi.ReportTemplate;
  uses dev.reportengine.api.spi.TargetResolver;
  uses dev.reportengine.api.spi.ReportRenderer;
}
