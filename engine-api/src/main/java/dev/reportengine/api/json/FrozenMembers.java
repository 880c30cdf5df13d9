package dev.reportengine.api.json;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The members of a {@link JsonValue.JsonObject}: an unmodifiable view of a checked copy that no one
 * else holds. A JSON object made from another's members recognises them by this class and shares
 * them instead of copying them again (a report copied with one change copied its metrics twice).
 */
final class FrozenMembers extends AbstractMap<String, JsonValue> {

  private final Map<String, JsonValue> view;

  FrozenMembers(LinkedHashMap<String, JsonValue> owned) {
    this.view = Collections.unmodifiableMap(owned);
  }

  @Override
  public Set<Entry<String, JsonValue>> entrySet() {
    return view.entrySet();
  }

  @Override
  public Set<String> keySet() {
    return view.keySet();
  }

  @Override
  public Collection<JsonValue> values() {
    return view.values();
  }

  @Override
  public JsonValue get(Object key) {
    return view.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return view.containsKey(key);
  }

  @Override
  public int size() {
    return view.size();
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
    view.forEach(action);
  }
}
