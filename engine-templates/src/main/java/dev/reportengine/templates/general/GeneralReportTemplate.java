package dev.reportengine.templates.general;

import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonNumber;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ParameterSpec.Parameter;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Excerpt;
import java.util.List;
import java.util.Map;

/**
 * The {@code general_report} template: facts about the call and the target, participants, chapters
 * with time ranges, key sentences, decisions, action items, open questions, risks, keywords, the
 * target's questions and speaker statistics, each claim quoted with a timestamp. Computed from the
 * transcript alone and deterministic; stateless and thread-safe.
 *
 * <p>Parameters: {@code keyword_count} (1..30, default 10), {@code quote_count} (1..10, default 5:
 * key sentences) and {@code question_count} (1..50, default 10).
 */
public final class GeneralReportTemplate implements ReportTemplate {

  static final Parameter KEYWORD_COUNT =
      Parameter.integer("keyword_count")
          .description("How many keywords of the target's speech to list")
          .range(1, 30)
          .defaultValue(10)
          .build();
  static final Parameter QUOTE_COUNT =
      Parameter.integer("quote_count")
          .description("How many key sentences of the conversation to list")
          .range(1, 10)
          .defaultValue(5)
          .build();
  static final Parameter QUESTION_COUNT =
      Parameter.integer("question_count")
          .description("How many of the target's questions to list")
          .range(1, 50)
          .defaultValue(10)
          .build();

  private static final ParameterSpec PARAMETERS =
      ParameterSpec.of(KEYWORD_COUNT, QUOTE_COUNT, QUESTION_COUNT);

  /** Creates the template; {@link java.util.ServiceLoader} calls this. */
  public GeneralReportTemplate() {}

  @Override
  public Template id() {
    return Template.GENERAL_REPORT;
  }

  @Override
  public String title() {
    return "General report";
  }

  @Override
  public ParameterSpec parameters() {
    return PARAMETERS;
  }

  @Override
  public ReportContent build(TemplateContext context) {
    ConversationAnalysis analysis = ConversationAnalysis.of(context);
    int keywords = param(context, KEYWORD_COUNT);
    List<Excerpt> summary = analysis.keySentences(param(context, QUOTE_COUNT));
    Map<String, JsonValue> metrics = GeneralEvidence.metrics(analysis);
    return new ReportContent(
        GeneralSummary.of(analysis),
        GeneralSections.of(analysis, metrics, keywords, param(context, QUESTION_COUNT), summary),
        metrics,
        GeneralEvidence.raw(analysis, keywords, summary));
  }

  /** The parameter's value, or its default when absent, kept inside its range. */
  private static int param(TemplateContext context, Parameter p) {
    long fallback = ((JsonNumber) p.defaultValue().orElseThrow()).value().longValueExact();
    long value = context.longParam(p.name()).orElse(fallback);
    return (int) Math.max(p.min().orElseThrow(), Math.min(p.max().orElseThrow(), value));
  }
}
