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
import java.util.OptionalLong;

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
          "One level anchor",
          List.of(
              new Parameter(
                  "level",
                  ParameterSpec.Type.INTEGER,
                  "The level, 1 (lowest) to 5",
                  Optional.empty(),
                  OptionalLong.of(1),
                  OptionalLong.of(5),
                  true,
                  List.of(),
                  Optional.empty(),
                  List.of()),
              Parameter.string("label", "What an answer at this level shows", true, List.of()),
              Parameter.array(
                  "indicators",
                  "Phrases that show the level; none: any on-topic answer shows it",
                  false,
                  Parameter.string("indicator", "A phrase", false, List.of()),
                  0,
                  50)));

  private static final ParameterSpec PARAMETERS =
      new ParameterSpec(
          List.of(
              Parameter.array(
                  "competencies",
                  "The competencies to rate, replacing the default set",
                  false,
                  Parameter.object(
                      "competency",
                      "One competency",
                      List.of(
                          Parameter.string("id", "A stable identifier", true, List.of()),
                          Parameter.string("label", "The heading shown", true, List.of()),
                          Parameter.string("description", "What it means", false, List.of()),
                          Parameter.array(
                              "keywords",
                              "Words and phrases that put an answer on this topic",
                              true,
                              Parameter.string("keyword", "A word or phrase", false, List.of()),
                              1,
                              50),
                          Parameter.array("anchors", "The level anchors", false, ANCHOR, 1, 5))),
                  1,
                  20)));

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
