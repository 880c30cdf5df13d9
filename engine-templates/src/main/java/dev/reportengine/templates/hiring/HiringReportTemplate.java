package dev.reportengine.templates.hiring;

import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ParameterSpec.Parameter;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code hiring_report} template (target: the candidate; it works with any target, but the
 * report reads the target's turns as answers). Rates each competency on its level anchors or "not
 * observed", with up to three quotes; checks STAR completeness per answer; shows answer lengths,
 * specificity, hedging, I and we, the candidate's own questions, practical details (availability,
 * notice period, location, salary) and interviewer statistics. It gives no hire or no-hire verdict
 * and never scores filler words or accent. Stateless and thread-safe.
 *
 * <p>Parameter, optional: {@code competencies}, a list of {@code {id, label, description, keywords,
 * anchors: [{level, label, indicators}]}}; without it the language's default set is used (problem
 * solving, ownership, collaboration, mentoring and leadership, learning and adaptability).
 */
public final class HiringReportTemplate implements ReportTemplate {

  private static final Parameter ANCHOR =
      Parameter.object(
              "anchor",
              Parameter.integer("level")
                  .description("The level, 1 (lowest) to 5")
                  .range(1, 5)
                  .required()
                  .build(),
              Parameter.string("label")
                  .description("What an answer at this level shows")
                  .required()
                  .build(),
              Parameter.array(
                      "indicators", Parameter.string("indicator").description("A phrase").build())
                  .description("Phrases that show the level; none: any on-topic answer shows it")
                  .size(0, 50)
                  .build())
          .description("One level anchor")
          .build();

  private static final ParameterSpec PARAMETERS =
      ParameterSpec.of(
          Parameter.array(
                  "competencies",
                  Parameter.object(
                          "competency",
                          Parameter.string("id")
                              .description("A stable identifier")
                              .required()
                              .build(),
                          Parameter.string("label")
                              .description("The heading shown")
                              .required()
                              .build(),
                          Parameter.string("description").description("What it means").build(),
                          Parameter.array(
                                  "keywords",
                                  Parameter.string("keyword")
                                      .description("A word or phrase")
                                      .build())
                              .description("Words and phrases that put an answer on this topic")
                              .size(1, 50)
                              .required()
                              .build(),
                          Parameter.array("anchors", ANCHOR)
                              .description("The level anchors")
                              .size(1, 5)
                              .build())
                      .description("One competency")
                      .build())
              .description("The competencies to rate, replacing the default set")
              .size(1, 20)
              .build());

  /** Creates the template; {@link java.util.ServiceLoader} calls this. */
  public HiringReportTemplate() {}

  @Override
  public Template id() {
    return Template.HIRING_REPORT;
  }

  @Override
  public String title() {
    return "Hiring report";
  }

  @Override
  public ParameterSpec parameters() {
    return PARAMETERS;
  }

  @Override
  public ReportContent build(TemplateContext context) {
    ConversationAnalysis a = ConversationAnalysis.of(context);
    List<Competency> competencies =
        Competencies.of(Optional.ofNullable(context.params().get("competencies")), a.language());
    HiringFacts facts = HiringFacts.of(a, competencies);
    Map<String, JsonValue> metrics = HiringEvidence.metrics(facts);
    return new ReportContent(
        HiringSections.summary(facts, metrics),
        HiringSections.of(facts, metrics),
        metrics,
        HiringEvidence.raw(facts));
  }
}
