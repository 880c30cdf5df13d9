package dev.reportengine.media.internal;

import dev.reportengine.api.media.Entity;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives each speaker name a stable entity id, in order of first appearance: a slug of the name
 * (lowercase ASCII letters, digits and {@code -}, accents folded), or {@code speaker-N} when the
 * slug is empty or taken, N being the name's 1-based order of appearance (or the next free number).
 * Text without a speaker belongs to the entity {@value #UNKNOWN}, which has no label.
 */
final class SpeakerRegistry {

  static final String UNKNOWN = "unknown";

  private final Map<String, String> idsByName = new HashMap<>();
  private final Set<String> taken = new HashSet<>(Set.of(UNKNOWN));
  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private boolean unknownSeen;

  String idFor(Optional<String> name) {
    if (name.isEmpty()) {
      if (!unknownSeen) {
        unknownSeen = true;
        entities.add(new Entity(UNKNOWN, Optional.empty(), Map.of()));
      }
      return UNKNOWN;
    }
    return idsByName.computeIfAbsent(name.get(), this::register);
  }

  /**
   * The id of a named speaker, registering it with these attributes on first sight; attributes
   * given later are added to the entity's.
   */
  String idFor(String name, Map<String, String> attributes) {
    String id = idFor(Optional.of(name));
    if (!attributes.isEmpty()) {
      // the entity's position by its id, not a scan of all entities, which made a file with a
      // new speaker per turn quadratic
      int i = positions.get(id);
      Entity e = entities.get(i);
      Map<String, String> merged = new java.util.TreeMap<>(e.attributes());
      merged.putAll(attributes);
      entities.set(i, new Entity(id, e.label(), merged));
    }
    return id;
  }

  List<Entity> entities() {
    return List.copyOf(entities);
  }

  private String register(String name) {
    String id = slug(name);
    if (id.isEmpty() || taken.contains(id)) {
      int n = idsByName.size() + 1;
      while (taken.contains("speaker-" + n)) {
        n++;
      }
      id = "speaker-" + n;
    }
    taken.add(id);
    positions.put(id, entities.size());
    entities.add(Entity.of(id, name));
    return id;
  }

  /** Lowercase ASCII letters and digits, other runs turned into one {@code -}. */
  static String slug(String name) {
    String folded = Tokens.fold(name).replace("đ", "d").replace("œ", "oe");
    return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
