package dev.reportengine.core;

import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ParameterSpec;
import java.util.Map;

/**
 * What a create-job request is checked against besides the schema: the templates this engine has
 * registered, each with the parameters it accepts in {@code output.templateParams}.
 *
 * <pre>{@code
 * RequestRules rules = new RequestRules(Map.of(Template.GENERAL_REPORT, ParameterSpec.none()));
 * }</pre>
 *
 * @param templates the registered templates and their parameter specs; copied, immutable
 */
public record RequestRules(Map<Template, ParameterSpec> templates) {

  /** Copies the map; no key or value may be null. */
  public RequestRules {
    templates = Map.copyOf(templates);
  }
}
