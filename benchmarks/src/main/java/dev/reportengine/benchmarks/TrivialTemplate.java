package dev.reportengine.benchmarks;

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

/** A template that does almost nothing, so a benchmark measures the engine around it. */
public final class TrivialTemplate implements ReportTemplate {

  private static final List<Section> SECTIONS =
      List.of(new Section("One", Block.Text.of("Nothing to report.")));

  @Override
  public Template id() {
    return Template.GENERAL_REPORT;
  }

  @Override
  public String title() {
    return "Trivial report";
  }

  @Override
  public ParameterSpec parameters() {
    return ParameterSpec.none();
  }

  @Override
  public ReportContent build(TemplateContext context) {
    return new ReportContent(
        "About " + context.target().id() + ".",
        SECTIONS,
        Map.of("utterances", JsonValue.of(context.media().utterances().size())),
        JsonValue.JsonObject.builder().build());
  }
}
