package dev.reportengine.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.JobCanceledException;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.MediaBuilder;
import dev.reportengine.templates.general.GeneralReportTemplate;
import dev.reportengine.templates.hiring.HiringReportTemplate;
import dev.reportengine.templates.profile.ProfileAlignmentTemplate;
import dev.reportengine.templates.sales.SalesPlaybookTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in template polls its job's cancellation while it works, not only before and after: a
 * token that fires at its Nth poll stops the build with {@link JobCanceledException}, for N well
 * inside the number of polls a whole build makes.
 */
class TemplateCancellationTest {

  private static final Media CALL = call(400);

  static Stream<ReportTemplate> templates() {
    return Stream.of(
        new GeneralReportTemplate(),
        new HiringReportTemplate(),
        new SalesPlaybookTemplate(),
        new ProfileAlignmentTemplate());
  }

  /** A long call between a seller and a buyer, each turn with a question, a step and a price. */
  private static Media call(int turns) {
    MediaBuilder builder =
        MediaBuilder.conversation().entity("ana", "Ana Ortiz").entity("ben", "Ben Cole");
    for (int i = 0; i < turns; i++) {
      double t = i * 10.0;
      builder
          .says(
              "ana",
              t,
              t + 4,
              "Tell me about the rollout in region "
                  + i
                  + ". What would it cost you if it slipped?")
          .says(
              "ben",
              t + 5,
              t + 9,
              "We led the migration there and cut errors by "
                  + (i % 90 + 5)
                  + " percent. I will send the plan by Friday; we pay $"
                  + (i + 10)
                  + " per seat today.");
    }
    return builder.build();
  }

  private static Map<String, JsonValue> params(ReportTemplate template) {
    Map<String, JsonValue> params = new HashMap<>();
    for (ParameterSpec.Parameter p : template.parameters().parameters()) {
      p.defaultValue().ifPresent(v -> params.put(p.name(), v));
    }
    if (template instanceof ProfileAlignmentTemplate) {
      params.put(
          "profile",
          JsonValue.array(
              List.of(
                  JsonValue.JsonObject.builder()
                      .put("id", "migration")
                      .put("label", "Migrations")
                      .put("keywords", JsonValue.array(List.of(JsonValue.of("migration"))))
                      .build())));
    }
    return params;
  }

  private static TemplateContext context(ReportTemplate template, CancellationToken token) {
    return new TemplateContext(CALL, CALL.entity("ben").orElseThrow(), params(template), token);
  }

  /** How many times a whole build polls its token. */
  private static int polls(ReportTemplate template) {
    AtomicInteger polls = new AtomicInteger();
    template.build(
        context(
            template,
            () -> {
              polls.incrementAndGet();
              return false;
            }));
    return polls.get();
  }

  @ParameterizedTest
  @MethodSource("templates")
  void doesStopInTheMiddleOfABuildWhenTheJobIsCanceledMeanwhile(ReportTemplate template) {
    int total = polls(template);
    assertThat(total).as("polls in a whole build").isGreaterThanOrEqualTo(8);

    AtomicInteger polls = new AtomicInteger();
    int fireAt = total / 2;
    CancellationToken token = () -> polls.incrementAndGet() >= fireAt;

    assertThatThrownBy(() -> template.build(context(template, token)))
        .isInstanceOf(JobCanceledException.class);
    assertThat(polls).hasValue(fireAt);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void doesStopBeforeAnyAnalysisWhenTheJobIsCanceledAlready(ReportTemplate template) {
    AtomicInteger polls = new AtomicInteger();
    CancellationToken canceled =
        () -> {
          polls.incrementAndGet();
          return true;
        };

    assertThatThrownBy(() -> template.build(context(template, canceled)))
        .isInstanceOf(JobCanceledException.class);
    assertThat(polls).hasValue(1);
  }
}
