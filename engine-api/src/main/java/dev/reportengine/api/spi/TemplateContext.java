package dev.reportengine.api.spi;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a template builds a report from.
 *
 * @param media the conversation
 * @param target the entity the report is about, with the request's {@code entityLabel} applied
 * @param params the template parameters, checked against the template's {@link ParameterSpec}, with
 *     every default filled in
 * @param cancellation whether the job should stop; a long template polls {@link #isCanceled()}
 */
public record TemplateContext(
    Media media, Entity target, Map<String, JsonValue> params, CancellationToken cancellation) {

  /** Requires all parts; copies the parameters. */
  public TemplateContext {
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(target, "target");
    params = Map.copyOf(params);
    Objects.requireNonNull(cancellation, "cancellation");
  }

  /** A context outside any job: {@link CancellationToken#NONE}. */
  public TemplateContext(Media media, Entity target, Map<String, JsonValue> params) {
    this(media, target, params, CancellationToken.NONE);
  }

  /**
   * Whether the job was canceled or passed its deadline. A template that works for long polls this
   * between steps and returns early; what it returns then is discarded.
   */
  public boolean isCanceled() {
    return cancellation.isCanceled();
  }

  /** An integer parameter; the spec guarantees its presence when it has a default. */
  public Optional<Long> longParam(String name) {
    return Optional.ofNullable(params.get(name))
        .filter(JsonValue.JsonNumber.class::isInstance)
        .map(v -> ((JsonValue.JsonNumber) v).value().longValueExact());
  }

  /** A string parameter. */
  public Optional<String> stringParam(String name) {
    return Optional.ofNullable(params.get(name))
        .filter(JsonValue.JsonString.class::isInstance)
        .map(v -> ((JsonValue.JsonString) v).value());
  }

  /** A boolean parameter. */
  public Optional<Boolean> booleanParam(String name) {
    return Optional.ofNullable(params.get(name))
        .filter(JsonValue.JsonBoolean.class::isInstance)
        .map(v -> ((JsonValue.JsonBoolean) v).value());
  }
}
