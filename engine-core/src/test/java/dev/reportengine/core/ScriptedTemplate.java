package dev.reportengine.core;

import dev.reportengine.api.Block;
import dev.reportengine.api.Section;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A real template under the {@code general_report} id whose build first runs a step the test
 * supplies (advance a clock, block on a latch, cancel its own job), then returns a one-section
 * report. Lets tests control how long a job takes and what happens while it runs.
 */
public final class ScriptedTemplate implements ReportTemplate {

  private final Consumer<TemplateContext> step;

  /** A template running {@code step} in every build. */
  public ScriptedTemplate(Consumer<TemplateContext> step) {
    this.step = step;
  }

  @Override
  public Template id() {
    return Template.GENERAL_REPORT;
  }

  @Override
  public String title() {
    return "Scripted report";
  }

  @Override
  public ParameterSpec parameters() {
    return ParameterSpec.none();
  }

  @Override
  public ReportContent build(TemplateContext context) {
    step.accept(context);
    return new ReportContent(
        "About " + context.target().id() + ".",
        List.of(new Section("One", Block.Text.of("Built by a scripted template."))),
        Map.of("steps", JsonValue.of(1)),
        JsonValue.JsonObject.builder().put("scripted", true).build());
  }
}
