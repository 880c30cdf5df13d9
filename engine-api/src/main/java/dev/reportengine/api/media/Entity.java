package dev.reportengine.api.media;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant in the media: a person, or a speaker the transcript could not name.
 *
 * @param id a stable id, unique within the media
 * @param label a readable name, when known
 * @param attributes further facts such as {@code role} or {@code company}
 */
public record Entity(String id, Optional<String> label, Map<String, String> attributes) {

  /** Requires a non-blank id; copies the attributes. */
  public Entity {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("entity id must not be blank");
    }
    Objects.requireNonNull(label, "label");
    attributes = Map.copyOf(attributes);
  }

  /** An entity with a label and no attributes. */
  public static Entity of(String id, String label) {
    return new Entity(id, Optional.of(label), Map.of());
  }

  /** The label if there is one, else the id. */
  public String displayName() {
    return label.orElse(id);
  }
}
