package dev.reportengine.templates.sales;

import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ParameterSpec.Parameter;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.templates.analysis.SentenceClassifier;
import dev.reportengine.templates.layout.Params;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code sales_playbook} template (target: the seller). Shows talk share against the 43%
 * reference (Gong Labs, 25,537 calls), questions against 11-14, the longest monologue against 2
 * minutes, the longest customer story, patience and interactivity, competitor and pricing mentions
 * with where they fell, next steps with owner and commitment, playbook coverage and coaching tips
 * each backed by a quote. References are shown as ranges with their source, never as pass or fail;
 * fillers are shown, not scored. Stateless and thread-safe.
 *
 * <p>Parameters, all optional: {@code methodology} ({@code generic} (default), {@code meddicc},
 * {@code bant}, {@code spin}), {@code elements} (custom playbook elements, each {@code {name,
 * phrases}}, replacing the methodology's) and {@code competitors} (names to look for).
 */
public final class SalesPlaybookTemplate implements ReportTemplate {

  static final List<String> METHODOLOGIES = List.of("generic", "meddicc", "bant", "spin");

  private static final ParameterSpec PARAMETERS =
      ParameterSpec.of(
          Parameter.string("methodology")
              .description(
                  "The playbook whose elements are checked: generic, meddicc, bant or spin")
              .allowed(METHODOLOGIES)
              .defaultValue("generic")
              .build(),
          Parameter.array(
                  "elements",
                  Parameter.object(
                          "element",
                          Parameter.string("name")
                              .description("The element's name")
                              .required()
                              .build(),
                          Parameter.array(
                                  "phrases",
                                  Parameter.string("phrase").description("A phrase").build())
                              .description("Phrases that show the element was covered")
                              .size(1, 50)
                              .required()
                              .build())
                      .description("One playbook element")
                      .build())
              .description("Custom playbook elements, replacing the methodology's")
              .size(1, 30)
              .build(),
          Parameter.array(
                  "competitors",
                  Parameter.string("competitor").description("A competitor's name").build())
              .description("Competitor names to look for")
              .size(0, 50)
              .build());

  /** Creates the template; {@link java.util.ServiceLoader} calls this. */
  public SalesPlaybookTemplate() {}

  @Override
  public Template id() {
    return Template.SALES_PLAYBOOK;
  }

  @Override
  public String title() {
    return "Sales playbook";
  }

  @Override
  public ParameterSpec parameters() {
    return PARAMETERS;
  }

  @Override
  public ReportContent build(TemplateContext context) {
    ConversationAnalysis a = ConversationAnalysis.of(context);
    List<PlaybookElement> elements = elements(context, a);
    List<String> competitors =
        Params.strings(Optional.ofNullable(context.params().get("competitors")));
    SalesFacts facts = SalesFacts.of(a, elements, competitors);
    Map<String, JsonValue> metrics = SalesSections.metrics(facts);
    return new ReportContent(
        SalesSections.summary(facts),
        SalesSections.of(facts, metrics),
        metrics,
        SalesSections.raw(facts));
  }

  private static List<PlaybookElement> elements(TemplateContext context, ConversationAnalysis a) {
    List<JsonValue> custom = Params.array(Optional.ofNullable(context.params().get("elements")));
    List<PlaybookElement> out = new ArrayList<>();
    if (!custom.isEmpty()) {
      for (JsonValue e : custom) {
        out.add(
            PlaybookElement.ofPhrases(
                Params.string(e, "name").orElseThrow(),
                Params.strings(Params.member(e, "phrases"))));
      }
      return out;
    }
    return builtIn(a, context.stringParam("methodology").orElse("generic"));
  }

  /**
   * The elements of a built-in methodology; none for a language without lexicons. An element the
   * language's classifier for the methodology ({@code model/<language>/playbook-<methodology>.tsv})
   * knows by name is decided by it; the others by their rules.
   */
  static List<PlaybookElement> builtIn(ConversationAnalysis a, String methodology) {
    return builtIn(a, methodology, true);
  }

  /** The elements of a built-in methodology, with its classifier only when {@code learned}. */
  static List<PlaybookElement> builtIn(
      ConversationAnalysis a, String methodology, boolean learned) {
    List<PlaybookElement> out = new ArrayList<>();
    Optional<LanguagePack> language = a.language();
    if (language.isEmpty()) {
      return out;
    }
    Optional<SentenceClassifier> model =
        learned ? language.get().classifier("playbook-" + methodology) : Optional.empty();
    for (String line : language.get().lines("playbook-" + methodology)) {
      String[] parts = line.split("\t", 3);
      String name = Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1);
      PlaybookElement e =
          parts.length == 3
              ? PlaybookElement.ofRule(name, parts[1], parts[2])
              : PlaybookElement.ofPhrases(name, Arrays.asList(parts[1].split("\\|")));
      int index = model.map(m -> m.classes().indexOf(name)).orElse(-1);
      out.add(index >= 0 ? e.learnedBy(model.get(), index) : e);
    }
    return out;
  }
}
