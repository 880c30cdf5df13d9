package dev.reportengine.templates.general;

import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue.JsonNumber;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ParameterSpec.Parameter;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.KeywordExtractor;
import dev.reportengine.templates.analysis.Stopwords;
import java.util.List;

/**
 * The {@code general_report} template: the target's talk time, share, pace, turns and questions,
 * every participant's talk time, the keywords of the target's speech, the questions they asked and
 * their notable quotes, each with a timestamp. Computed from the transcript alone and
 * deterministic; stateless after construction and thread-safe.
 *
 * <p>Parameters: {@code keyword_count} (1..30, default 10), {@code quote_count} (1..10, default 5)
 * and {@code question_count} (1..50, default 10), the most keywords, quotes and questions listed.
 */
public final class GeneralReportTemplate implements ReportTemplate {

  static final Parameter KEYWORD_COUNT =
      Parameter.integer(
          "keyword_count", "How many keywords of the target's speech to list", 10, 1, 30);
  static final Parameter QUOTE_COUNT =
      Parameter.integer("quote_count", "How many notable quotes of the target to list", 5, 1, 10);
  static final Parameter QUESTION_COUNT =
      Parameter.integer("question_count", "How many of the target's questions to list", 10, 1, 50);

  private static final ParameterSpec PARAMETERS =
      new ParameterSpec(List.of(KEYWORD_COUNT, QUOTE_COUNT, QUESTION_COUNT));

  private final KeywordExtractor keywords = new KeywordExtractor(Stopwords.english());

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
    GeneralAnalysis analysis =
        GeneralAnalysis.of(
            context,
            keywords,
            param(context, KEYWORD_COUNT),
            param(context, QUOTE_COUNT),
            param(context, QUESTION_COUNT));
    return new ReportContent(
        GeneralSummary.of(analysis),
        GeneralSections.of(analysis),
        GeneralEvidence.metrics(analysis),
        GeneralEvidence.raw(analysis));
  }

  /** The parameter's value, or its default when absent, kept inside its range. */
  private static int param(TemplateContext context, Parameter p) {
    long fallback = ((JsonNumber) p.defaultValue().orElseThrow()).value().longValueExact();
    long value = context.longParam(p.name()).orElse(fallback);
    return (int) Math.max(p.min().orElseThrow(), Math.min(p.max().orElseThrow(), value));
  }
}
