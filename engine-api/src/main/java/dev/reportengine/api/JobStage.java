package dev.reportengine.api;

import java.util.Locale;

/**
 * The named steps of a job's pipeline, in the order they run. Validation happens at submit, before
 * a job exists, so it is not a stage.
 */
public enum JobStage {
  LOAD_MEDIA,
  RESOLVE_TARGET,
  BUILD_REPORT,
  RENDER_MARKDOWN,
  /** Renders the report's documents (PDF) when the engine renders them in the job. */
  RENDER_PDF,
  STORE;

  /** The JSON name, such as {@code load_media}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
