/**
 * The Reports v1 contract as Java types: requests, responses, reports, job types, the media model
 * and the SPIs that plug templates, target resolvers, media sources and stores into the engine.
 * This module depends on the JDK only, and on JSpecify's annotations at compile time: every
 * exported package is {@code @NullMarked}, so a type is non-null unless it is marked
 * {@code @Nullable}.
 */
module dev.reportengine.api {
  requires static transitive org.jspecify;

  exports dev.reportengine.api;
  exports dev.reportengine.api.json;
  exports dev.reportengine.api.media;
  exports dev.reportengine.api.spi;

  uses dev.reportengine.api.spi.ReportTemplate;
  uses dev.reportengine.api.spi.TargetResolver;
  uses dev.reportengine.api.spi.ReportRenderer;
}
