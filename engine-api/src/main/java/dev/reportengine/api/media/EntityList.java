package dev.reportengine.api.media;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The immutable entity list of a {@link Media}, with an index by id built once, so that looking up
 * every participant of a call with many speakers is linear, not quadratic. Equal to any list with
 * the same entities in the same order.
 */
final class EntityList extends AbstractList<Entity> implements RandomAccess {

  private final List<Entity> entities;
  private final Map<String, Entity> byId;

  /**
   * Copies {@code entities}.
   *
   * @throws IllegalArgumentException when two entities share an id
   */
  EntityList(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    this.byId = new HashMap<>(this.entities.size() * 2);
    for (Entity e : this.entities) {
      if (byId.putIfAbsent(e.id(), e) != null) {
        throw new IllegalArgumentException("duplicate entity id [" + e.id() + "]");
      }
    }
  }

  @Override
  public Entity get(int index) {
    return entities.get(index);
  }

  @Override
  public int size() {
    return entities.size();
  }

  Optional<Entity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
