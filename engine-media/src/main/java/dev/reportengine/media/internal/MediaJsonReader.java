package dev.reportengine.media.internal;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Signal;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.media.Word;
import dev.reportengine.api.spi.CancellationToken;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a parsed {@code report-engine.media.v1} document field by field and builds the media.
 * Every violation is collected with its JSON Pointer and reported in one exception.
 */
final class MediaJsonReader {

  private static final List<String> MEDIA_FIELDS =
      List.of("format", "duration_seconds", "url", "language", "entities", "utterances", "signals");
  private static final List<String> ENTITY_FIELDS = List.of("id", "label", "attributes");
  private static final List<String> UTTERANCE_FIELDS =
      List.of("entity_id", "start_seconds", "end_seconds", "text", "words");
  private static final List<String> WORD_FIELDS =
      List.of("text", "start_seconds", "end_seconds", "confidence");
  private static final List<String> SIGNAL_FIELDS =
      List.of("entity_id", "kind", "start_seconds", "end_seconds", "value");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*+");
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]*");

  private final Violations violations = new Violations();
  private final Map<String, String> entityPointers = new LinkedHashMap<>();

  private final CancellationToken cancellation;

  private MediaJsonReader(CancellationToken cancellation) {
    this.cancellation = cancellation;
  }

  /** The media in a parsed document, polling {@code cancellation} once per array element. */
  static Media read(
      String mediaId, String fileName, JsonNode root, CancellationToken cancellation) {
    return new MediaJsonReader(cancellation).media(mediaId, fileName, root);
  }

  private record Span(double start, double end) {}

  private Media media(String mediaId, String fileName, JsonNode root) {
    Optional<StrictJsonObject> media = StrictJsonObject.of(root, "", MEDIA_FIELDS, violations);
    if (media.isEmpty()) {
      violations.throwIfAny(fileName);
    }
    StrictJsonObject m = media.orElseThrow();
    checkFormat(m);
    OptionalDouble duration = m.seconds("duration_seconds", false);
    Optional<String> url = url(m);
    Optional<String> language = language(m);
    List<Entity> entities = each(m, "entities", true, this::entity);
    List<Utterance> utterances = each(m, "utterances", true, this::utterance);
    List<Signal> signals = each(m, "signals", false, this::signal);
    double lastEnd = utterances.stream().mapToDouble(Utterance::endSeconds).max().orElse(0);
    if (duration.isPresent() && duration.getAsDouble() < lastEnd) {
      violations.add(
          m.pointer("duration_seconds"),
          duration.getAsDouble() + " is before the end of the last utterance at " + lastEnd);
    }
    violations.throwIfAny(fileName);
    return new Media(
        mediaId, duration.orElse(lastEnd), url, language, entities, utterances, signals);
  }

  private void checkFormat(StrictJsonObject m) {
    m.string("format", true, false)
        .filter(f -> !f.equals(MediaJson.FORMAT))
        .ifPresent(
            f ->
                violations.add(
                    m.pointer("format"),
                    "expected \"" + MediaJson.FORMAT + "\", found \"" + f + "\""));
  }

  private Optional<String> url(StrictJsonObject m) {
    Optional<String> url = m.string("url", false, false);
    if (url.isPresent()) {
      try {
        if (!new URI(url.get()).isAbsolute()) {
          throw new URISyntaxException(url.get(), "not absolute");
        }
      } catch (URISyntaxException e) {
        violations.add(m.pointer("url"), "expected an absolute URI, found \"" + url.get() + "\"");
        return Optional.empty();
      }
    }
    return url;
  }

  private Optional<String> language(StrictJsonObject m) {
    Optional<String> language = m.string("language", false, false);
    if (language.isPresent() && !LANGUAGE.matcher(language.get()).matches()) {
      violations.add(
          m.pointer("language"),
          "expected a BCP 47 language tag such as \"en\" or \"pt-BR\", found \""
              + language.get()
              + "\"");
      return Optional.empty();
    }
    return language;
  }

  private interface ElementReader<T> {
    Optional<T> read(JsonNode node, String pointer);
  }

  private <T> List<T> each(
      StrictJsonObject parent, String field, boolean required, ElementReader<T> reader) {
    List<JsonNode> nodes = parent.array(field, required);
    List<T> result = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      cancellation.throwIfCanceled();
      reader.read(nodes.get(i), Violations.child(parent.pointer(field), i)).ifPresent(result::add);
    }
    return result;
  }

  private Optional<Entity> entity(JsonNode node, String pointer) {
    Optional<StrictJsonObject> found =
        StrictJsonObject.of(node, pointer, ENTITY_FIELDS, violations);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StrictJsonObject e = found.get();
    Optional<String> id = e.id("id");
    Optional<String> label = e.string("label", false, true);
    Map<String, String> attributes = e.stringMap("attributes");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String first = entityPointers.putIfAbsent(id.get(), e.pointer("id"));
    if (first != null) {
      violations.add(e.pointer("id"), "duplicate entity id [" + id.get() + "], first at " + first);
      return Optional.empty();
    }
    return Optional.of(new Entity(id.get(), label, attributes));
  }

  private Optional<Utterance> utterance(JsonNode node, String pointer) {
    Optional<StrictJsonObject> found =
        StrictJsonObject.of(node, pointer, UTTERANCE_FIELDS, violations);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StrictJsonObject u = found.get();
    Optional<String> entityId = entityRef(u);
    Optional<Span> span = span(u);
    Optional<String> text = u.string("text", true, false);
    List<Word> words = each(u, "words", false, (n, p) -> word(n, p, span));
    if (entityId.isEmpty() || span.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Utterance(entityId.get(), span.get().start(), span.get().end(), text.get(), words));
  }

  private Optional<Word> word(JsonNode node, String pointer, Optional<Span> utterance) {
    Optional<StrictJsonObject> found = StrictJsonObject.of(node, pointer, WORD_FIELDS, violations);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StrictJsonObject w = found.get();
    Optional<String> text = w.string("text", true, false);
    Optional<Span> span = span(w);
    OptionalDouble confidence = w.number("confidence", false);
    if (confidence.isPresent() && (confidence.getAsDouble() < 0 || confidence.getAsDouble() > 1)) {
      violations.add(w.pointer("confidence"), "must be in 0..1, found " + confidence.getAsDouble());
      confidence = OptionalDouble.empty();
    }
    if (span.isPresent() && utterance.isPresent()) {
      checkWithin(w, span.get(), utterance.get());
    }
    if (text.isEmpty() || span.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Word(text.get(), span.get().start(), span.get().end(), confidence));
  }

  private void checkWithin(StrictJsonObject w, Span word, Span utterance) {
    if (word.start() < utterance.start()) {
      violations.add(
          w.pointer("start_seconds"),
          "word starts at "
              + word.start()
              + ", before its utterance starts at "
              + utterance.start());
    }
    if (word.end() > utterance.end()) {
      violations.add(
          w.pointer("end_seconds"),
          "word ends at " + word.end() + ", after its utterance ends at " + utterance.end());
    }
  }

  private Optional<Signal> signal(JsonNode node, String pointer) {
    Optional<StrictJsonObject> found =
        StrictJsonObject.of(node, pointer, SIGNAL_FIELDS, violations);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StrictJsonObject s = found.get();
    Optional<String> entityId = entityRef(s);
    Optional<String> kind = s.string("kind", true, false);
    if (kind.isPresent() && !KIND.matcher(kind.get()).matches()) {
      violations.add(
          s.pointer("kind"),
          "expected a snake_case name such as pitch, found \"" + kind.get() + "\"");
      kind = Optional.empty();
    }
    Optional<Span> span = span(s);
    OptionalDouble value = s.number("value", true);
    if (entityId.isEmpty() || kind.isEmpty() || span.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Signal(
            entityId.get(), kind.get(), span.get().start(), span.get().end(), value.getAsDouble()));
  }

  private Optional<String> entityRef(StrictJsonObject o) {
    Optional<String> id = o.string("entity_id", true, false);
    if (id.isPresent() && !entityPointers.containsKey(id.get())) {
      violations.add(
          o.pointer("entity_id"),
          "unknown entity ["
              + id.get()
              + "], known: "
              + (entityPointers.isEmpty() ? "none" : String.join(", ", entityPointers.keySet())));
      return Optional.empty();
    }
    return id;
  }

  private Optional<Span> span(StrictJsonObject o) {
    OptionalDouble start = o.seconds("start_seconds", true);
    OptionalDouble end = o.seconds("end_seconds", true);
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    if (end.getAsDouble() < start.getAsDouble()) {
      violations.add(
          o.pointer("end_seconds"),
          "end " + end.getAsDouble() + " is before start " + start.getAsDouble());
      return Optional.empty();
    }
    return Optional.of(new Span(start.getAsDouble(), end.getAsDouble()));
  }
}
