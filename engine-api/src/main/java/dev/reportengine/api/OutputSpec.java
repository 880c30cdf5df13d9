package dev.reportengine.api;

import dev.reportengine.api.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which report to produce ({@code output}).
 *
 * @param template {@code template}
 * @param templateParams {@code templateParams}, checked at submit against the template's {@link
 *     dev.reportengine.api.spi.ParameterSpec}; empty when omitted
 */
public record OutputSpec(Template template, Map<String, JsonValue> templateParams) {

  /** Requires a template; copies the parameters, keeping their order. */
  public OutputSpec {
    Objects.requireNonNull(template, "template");
    templateParams =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(templateParams, "templateParams")));
  }

  /** An output with no template parameters. */
  public static OutputSpec of(Template template) {
    return new OutputSpec(template, Map.of());
  }
}
