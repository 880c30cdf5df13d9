package dev.reportengine.templates.profile;

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
 * The {@code profile_alignment} template: compares the target's speech with a profile. For each
 * item, the evidence is the target's sentences ranked by BM25 ({@code k1 = 1.2}, {@code b = 0.75})
 * for the item's keywords, plus the explicit first-person claims among them; the item gets a level
 * (strong, moderate, limited) or "not observed"; coverage and a weighted alignment over the
 * observed items follow, with matched terms and quotes, and a section on the limits of inferring
 * traits from speech. Stateless and thread-safe.
 *
 * <p>Parameter, required: {@code profile}, a list of 1 to 50 items {@code {id, label, type,
 * description, keywords, anti_keywords, weight}}; {@code type} is one of skill, experience,
 * knowledge, trait, value, behavior (default skill) and {@code weight} 0..10 (default 1).
 */
public final class ProfileAlignmentTemplate implements ReportTemplate {

  private static final ParameterSpec PARAMETERS =
      ParameterSpec.of(
          Parameter.array(
                  "profile",
                  Parameter.object(
                          "item",
                          Parameter.string("id")
                              .description("A stable identifier")
                              .length(1, 64)
                              .required()
                              .build(),
                          Parameter.string("label")
                              .description("The heading shown")
                              .required()
                              .build(),
                          Parameter.string("type")
                              .description("The kind of item")
                              .allowed(ProfileFacts.TYPES)
                              .build(),
                          Parameter.string("description")
                              .description("What it means, for readers")
                              .build(),
                          Parameter.array("keywords", keyword())
                              .description("Words and phrases that are evidence for the item")
                              .size(1, 50)
                              .required()
                              .build(),
                          Parameter.array("anti_keywords", keyword())
                              .description("Words and phrases that are evidence against the item")
                              .size(0, 50)
                              .build(),
                          Parameter.number("weight")
                              .description("The item's weight in the alignment")
                              .range(0, 10)
                              .build())
                      .description("One profile item")
                      .build())
              .description("The profile items to look for")
              .size(1, 50)
              .required()
              .build());

  private static Parameter keyword() {
    return Parameter.string("keyword").description("A word or phrase").build();
  }

  /** Creates the template; {@link java.util.ServiceLoader} calls this. */
  public ProfileAlignmentTemplate() {}

  @Override
  public Template id() {
    return Template.PROFILE_ALIGNMENT;
  }

  @Override
  public String title() {
    return "Profile alignment";
  }

  @Override
  public ParameterSpec parameters() {
    return PARAMETERS;
  }

  @Override
  public ReportContent build(TemplateContext context) {
    ConversationAnalysis a = ConversationAnalysis.of(context);
    List<ProfileItem> profile =
        ProfileFacts.read(Optional.ofNullable(context.params().get("profile")));
    ProfileFacts facts = ProfileFacts.of(a, profile);
    Map<String, JsonValue> metrics = ProfileEvidence.metrics(facts);
    return new ReportContent(
        ProfileSections.summary(facts, metrics),
        ProfileSections.of(facts, metrics),
        metrics,
        ProfileEvidence.raw(facts));
  }
}
