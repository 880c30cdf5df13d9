package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Signal;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.media.Word;
import dev.reportengine.api.spi.MediaUnreadableException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MediaJsonTest {

  private final MediaJson format = new MediaJson();

  private static final String ENTITIES =
      "\"entities\": [{\"id\": \"maria\", \"label\": \"Maria\"}, {\"id\": \"sam\"}]";

  private static final String UTTERANCE =
      "{\"entity_id\": \"maria\", \"start_seconds\": 0, \"end_seconds\": 1, \"text\": \"Hi\"}";

  private Media read(String json) {
    return format.read("call", "call.json", json);
  }

  /** A valid document with one field replaced or added at the top level. */
  private static String doc(String extra) {
    return "{\"format\": \"report-engine.media.v1\", "
        + ENTITIES
        + ", \"utterances\": ["
        + UTTERANCE
        + "]"
        + (extra.isEmpty() ? "" : ", " + extra)
        + "}";
  }

  private static String withUtterance(String utterance) {
    return "{\"format\": \"report-engine.media.v1\", "
        + ENTITIES
        + ", \"utterances\": ["
        + UTTERANCE
        + ", "
        + utterance
        + "]}";
  }

  @Test
  void roundTripsWhenMediaUsesEveryField() {
    Media media =
        new Media(
            "call",
            312.5,
            Optional.of("https://example.com/rec.mp4"),
            Optional.of("en-US"),
            List.of(
                new Entity(
                    "maria",
                    Optional.of("Maria Lopez"),
                    Map.of("role", "seller", "company", "Acme")),
                new Entity("sam", Optional.empty(), Map.of())),
            List.of(
                new Utterance(
                    "maria",
                    0.0,
                    4.2,
                    "Hi there, \"Sam\" — ça va?",
                    List.of(
                        new Word("Hi", 0.0, 0.3, OptionalDouble.of(0.98)),
                        new Word("there,", 0.3, 0.61, OptionalDouble.empty()))),
                Utterance.of("sam", 4.5, 7.25, "Fine, thanks.")),
            List.of(new Signal("maria", "pitch", 1, 2, 180.5)));

    String json = MediaJson.write(media);

    assertThat(read(json)).isEqualTo(media.withSource("report-engine", false));
    assertThat(MediaJson.write(read(json))).isEqualTo(json);
  }

  @Test
  void defaultsDurationToLastUtteranceEndWhenAbsent() {
    Media media =
        read(
            withUtterance(
                "{\"entity_id\": \"sam\", \"start_seconds\": 2, \"end_seconds\": 7.5, \"text\": \"ok\"}"));

    assertThat(media.durationSeconds()).isEqualTo(7.5);
    assertThat(media.id()).isEqualTo("call");
    assertThat(media.entity("sam").orElseThrow().label()).isEmpty();
  }

  @Test
  void treatsNullLabelAsUnknown() {
    Media media =
        read(
            "{\"format\": \"report-engine.media.v1\", \"entities\": [{\"id\": \"x\", \"label\": null}],"
                + " \"utterances\": []}");

    assertThat(media.entities()).containsExactly(new Entity("x", Optional.empty(), Map.of()));
    assertThat(media.durationSeconds()).isZero();
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        arguments("[1, 2]", "(document): expected an object, found an array"),
        arguments(
            "{\"format\": \"report-engine.media.v2\", \"entities\": [], \"utterances\": []}",
            "/format: expected \"report-engine.media.v1\", found \"report-engine.media.v2\""),
        arguments("{\"entities\": [], \"utterances\": []}", "/format: missing; expected a string"),
        arguments(
            doc("\"speakers\": []"), "/speakers: unknown field; allowed: format, duration_seconds"),
        arguments(
            doc("\"duration_seconds\": \"312\""),
            "/duration_seconds: expected a finite number, found the string \"312\""),
        arguments(
            doc("\"duration_seconds\": 1e999"), "/duration_seconds: expected a finite number"),
        arguments(
            doc("\"duration_seconds\": -1"), "/duration_seconds: must be at least 0, found -1.0"),
        arguments(
            doc("\"duration_seconds\": 0.5"),
            "/duration_seconds: 0.5 is before the end of the last utterance at 1.0"),
        arguments(
            doc("\"url\": \"not a uri\""), "/url: expected an absolute URI, found \"not a uri\""),
        arguments(doc("\"url\": \"rec.mp4\""), "/url: expected an absolute URI, found \"rec.mp4\""),
        arguments(doc("\"language\": \"english!\""), "/language: expected a BCP 47 language tag"),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"utterances\": []}",
            "/entities: missing; expected an array"),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"entities\": {}, \"utterances\": []}",
            "/entities: expected an array, found an object"),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"entities\": [\"maria\"], \"utterances\": []}",
            "/entities/0: expected an object, found the string \"maria\""),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"entities\": [{\"id\": \" \"}], \"utterances\": []}",
            "/entities/0/id: must not be blank"),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"entities\": [{\"id\": \"a\"}, {\"id\": \"a\"}],"
                + " \"utterances\": []}",
            "/entities/1/id: duplicate entity id [a], first at /entities/0/id"),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"entities\": [{\"id\": \"a\", \"label\": 7}],"
                + " \"utterances\": []}",
            "/entities/0/label: expected a string, found the number 7"),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"entities\": [{\"id\": \"a\","
                + " \"attributes\": {\"age\": 41}}], \"utterances\": []}",
            "/entities/0/attributes/age: expected a string, found the number 41"),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"entities\": [{\"id\": \"a\", \"role\": \"x\"}],"
                + " \"utterances\": []}",
            "/entities/0/role: unknown field; allowed: id, label, attributes"),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"entities\": [{\"id\": \"a\","
                + " \"attributes\": {\"a/b~c\": null}}], \"utterances\": []}",
            "/entities/0/attributes/a~1b~0c: expected a string, found null"),
        arguments(
            withUtterance(
                "{\"entity_id\": \"bob\", \"start_seconds\": 1, \"end_seconds\": 2, \"text\": \"x\"}"),
            "/utterances/1/entity_id: unknown entity [bob], known: maria, sam"),
        arguments(
            withUtterance(
                "{\"entity_id\": \"sam\", \"start_seconds\": 4, \"end_seconds\": 2, \"text\": \"x\"}"),
            "/utterances/1/end_seconds: end 2.0 is before start 4.0"),
        arguments(
            withUtterance("{\"entity_id\": \"sam\", \"start_seconds\": 4, \"text\": \"x\"}"),
            "/utterances/1/end_seconds: missing; expected a number"),
        arguments(
            withUtterance("{\"entity_id\": \"sam\", \"start_seconds\": 1, \"end_seconds\": 2}"),
            "/utterances/1/text: missing; expected a string"),
        arguments(
            withUtterance(
                "{\"entity_id\": \"sam\", \"start_seconds\": 1, \"end_seconds\": 2, \"text\": \"x\","
                    + " \"speaker\": \"sam\"}"),
            "/utterances/1/speaker: unknown field; allowed: entity_id, start_seconds, end_seconds, text, words"),
        arguments(
            withUtterance(
                "{\"entity_id\": \"sam\", \"start_seconds\": 1, \"end_seconds\": 2, \"text\": \"x\","
                    + " \"words\": [{\"text\": \"x\", \"start_seconds\": 0.5, \"end_seconds\": 1.5}]}"),
            "/utterances/1/words/0/start_seconds: word starts at 0.5, before its utterance starts at 1.0"),
        arguments(
            withUtterance(
                "{\"entity_id\": \"sam\", \"start_seconds\": 1, \"end_seconds\": 2, \"text\": \"x\","
                    + " \"words\": [{\"text\": \"x\", \"start_seconds\": 1, \"end_seconds\": 2.5}]}"),
            "/utterances/1/words/0/end_seconds: word ends at 2.5, after its utterance ends at 2.0"),
        arguments(
            withUtterance(
                "{\"entity_id\": \"sam\", \"start_seconds\": 1, \"end_seconds\": 2, \"text\": \"x\","
                    + " \"words\": [{\"text\": \"x\", \"start_seconds\": 1, \"end_seconds\": 2, \"confidence\": 1.5}]}"),
            "/utterances/1/words/0/confidence: must be in 0..1, found 1.5"),
        arguments(
            withUtterance(
                "{\"entity_id\": \"sam\", \"start_seconds\": 1, \"end_seconds\": 2, \"text\": \"x\","
                    + " \"words\": [{\"text\": \"x\", \"start_seconds\": 1, \"end_seconds\": 2, \"conf\": 1}]}"),
            "/utterances/1/words/0/conf: unknown field; allowed: text, start_seconds, end_seconds, confidence"),
        arguments(
            doc(
                "\"signals\": [{\"entity_id\": \"maria\", \"kind\": \"Pitch Hz\", \"start_seconds\": 1,"
                    + " \"end_seconds\": 2, \"value\": 1}]"),
            "/signals/0/kind: expected a snake_case name such as pitch, found \"Pitch Hz\""),
        arguments(
            doc(
                "\"signals\": [{\"entity_id\": \"maria\", \"kind\": \"pitch\", \"start_seconds\": 1,"
                    + " \"end_seconds\": 2, \"value\": true}]"),
            "/signals/0/value: expected a finite number, found true"),
        arguments(
            doc(
                "\"signals\": [{\"entity_id\": \"zoe\", \"kind\": \"pitch\", \"start_seconds\": 1,"
                    + " \"end_seconds\": 2, \"value\": 1}]"),
            "/signals/0/entity_id: unknown entity [zoe], known: maria, sam"));
  }

  @ParameterizedTest
  @MethodSource("violations")
  void namesJsonPointerWhenDocumentViolatesFormat(String json, String violation) {
    assertThatThrownBy(() -> read(json))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessageStartingWith("call.json: ")
        .hasMessageContaining(violation);
  }

  @Test
  void reportsEveryViolationWhenThereAreSeveral() {
    String json =
        "{\"format\": \"report-engine.media.v1\", \"entities\": [{\"id\": \"maria\"}, {\"id\": \"sam\"}],"
            + " \"utterances\": ["
            + "{\"entity_id\": \"maria\", \"start_seconds\": 4.0, \"end_seconds\": 2.0, \"text\": \"a\"},"
            + "{\"entity_id\": \"bob\", \"start_seconds\": 5, \"end_seconds\": 6, \"text\": \"b\"}],"
            + " \"colour\": \"red\"}";

    assertThatThrownBy(() -> read(json))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessage(
            "call.json: /colour: unknown field; allowed: format, duration_seconds, url, language,"
                + " entities, utterances, signals; /utterances/0/end_seconds: end 2.0 is before"
                + " start 4.0; /utterances/1/entity_id: unknown entity [bob], known: maria, sam");
  }

  @Test
  void summarizesWhenViolationsAreMany() {
    StringBuilder utterances = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      utterances
          .append(i == 0 ? "" : ",")
          .append("{\"entity_id\": \"x\", \"start_seconds\": 0,")
          .append(" \"end_seconds\": 1, \"text\": \"t\"}");
    }
    String json =
        "{\"format\": \"report-engine.media.v1\", \"entities\": [], \"utterances\": ["
            + utterances
            + "]}";

    assertThatThrownBy(() -> read(json))
        .hasMessageContaining("/utterances/19/entity_id")
        .hasMessageNotContaining("/utterances/20/entity_id")
        .hasMessageEndingWith("; and 5 more");
  }

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        arguments(
            "{\"format\": \"report-engine.media.v1\",\n  \"entities\": [,]}",
            "call.json: line 2, column"),
        arguments(
            "{\"format\": \"report-engine.media.v1\", \"format\": \"report-engine.media.v1\"}",
            "call.json: line 1, column"),
        arguments("{\"format\": \"report-engine.media.v1\"} {}", "call.json: line 1, column"));
  }

  @ParameterizedTest
  @MethodSource("syntaxErrors")
  void namesLineWhenJsonIsMalformed(String json, String prefix) {
    assertThatThrownBy(() -> read(json))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessageStartingWith(prefix)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void recognizesOnlyObjectsDeclaringTheFormat() {
    assertThat(format.recognizes("  {\n \"format\" : \"report-engine.media.v1\"}")).isTrue();
    assertThat(format.recognizes("{\"format\": \"report-engine.media.v2\"}")).isFalse();
    assertThat(format.recognizes("{\"results\": {}}")).isFalse();
    assertThat(format.recognizes("[{\"format\": \"report-engine.media.v1\"}]")).isFalse();
    assertThat(format.recognizes("{\"text\": \"\\\"format\\\": \\\"report-engine.media.v1\\\"\"}"))
        .isFalse();
  }
}
