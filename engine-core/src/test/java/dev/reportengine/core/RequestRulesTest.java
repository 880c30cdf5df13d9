package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ParameterSpec;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

  @Test
  void doesKeepItsOwnCopyWhenCallerMapChanges() {
    Map<Template, ParameterSpec> templates = new HashMap<>();
    templates.put(Template.GENERAL_REPORT, ParameterSpec.none());
    RequestRules rules = new RequestRules(templates);

    templates.put(Template.HIRING_REPORT, ParameterSpec.none());

    assertThat(rules.templates()).containsOnlyKeys(Template.GENERAL_REPORT);
    assertThatThrownBy(() -> rules.templates().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
