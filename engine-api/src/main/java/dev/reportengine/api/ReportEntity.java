package dev.reportengine.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The person a report is about ({@code entity}); {@code label} is written as JSON {@code null} when
 * unknown.
 *
 * @param id {@code id}, the entity's id in the media
 * @param label {@code label}, the request's {@code entityLabel} or the entity's own label
 */
public record ReportEntity(String id, Optional<String> label) {

  /** Requires an id. */
  public ReportEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
