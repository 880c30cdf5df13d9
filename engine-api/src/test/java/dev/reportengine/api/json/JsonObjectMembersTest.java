package dev.reportengine.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectMembersTest {

  @Test
  void anObjectCopiesAMapItIsGivenAndKeepsItsOrder() {
    Map<String, JsonValue> given = new LinkedHashMap<>();
    given.put("b", JsonValue.of(1));
    given.put("a", JsonValue.of("x"));

    JsonValue.JsonObject object = JsonValue.object(given);
    given.put("c", JsonValue.NULL);

    assertThat(object.members()).containsOnlyKeys("b", "a");
    assertThat(object.members().keySet()).containsExactly("b", "a");
    assertThat(object.members()).isEqualTo(Map.of("a", JsonValue.of("x"), "b", JsonValue.of(1)));
    assertThat(object.members()).hasSameHashCodeAs(new HashMap<>(object.members()));
    assertThat(object.members()).hasToString("{b=JsonNumber[value=1], a=JsonString[value=x]}");
  }

  @Test
  void anObjectMadeFromAnotherObjectsMembersSharesThemAndEqualsIt() {
    JsonValue.JsonObject first = JsonValue.JsonObject.builder().put("n", 1).put("s", "a").build();

    JsonValue.JsonObject second = JsonValue.object(first.members());
    JsonValue.JsonObject third = new JsonValue.JsonObject(first.members());

    assertThat(second.members()).isSameAs(first.members());
    assertThat(third.members()).isSameAs(first.members());
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
  }

  @Test
  void theMembersCannotBeChangedThroughAnyMapMethod() {
    Map<String, JsonValue> members = JsonValue.JsonObject.builder().put("n", 1).build().members();

    assertThatThrownBy(() -> members.put("m", JsonValue.NULL))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> members.remove("n")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(members::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> members.entrySet().iterator().next().setValue(JsonValue.NULL))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> members.replaceAll((k, v) -> JsonValue.NULL))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> members.keySet().remove("n"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(members).containsEntry("n", JsonValue.of(1));
  }

  @Test
  void nullNamesAndValuesAreStillRefused() {
    Map<String, JsonValue> nullValue = new HashMap<>();
    nullValue.put("k", null);

    assertThatThrownBy(() -> JsonValue.object(nullValue)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JsonValue.object(null)).isInstanceOf(NullPointerException.class);
  }
}
