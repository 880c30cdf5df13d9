package dev.reportengine.templates.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Block;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.MediaBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HiringReportTemplateTest {

  private final Media media =
      MediaBuilder.conversation()
          .entity("dana", "Dana")
          .entity("alex", "Alex")
          .says("dana", 0, 3, "When could you start, and what are you looking for?")
          .says(
              "alex",
              4,
              14,
              "My notice period is four weeks, so I could start in March. My salary expectations"
                  + " are around ninety thousand. I would relocate to Berlin.")
          .build();

  private ReportContent build() {
    return new HiringReportTemplate()
        .build(new TemplateContext(media, media.entity("alex").orElseThrow(), Map.of()));
  }

  @Test
  void doesQuoteEachPracticalDetailWithItsCategoryWhenMentioned() {
    Section details =
        build().sections().stream()
            .filter(s -> s.title().equals("Practical details"))
            .findFirst()
            .orElseThrow();

    List<String> titles =
        ((SectionContent.Blocks) details.content())
            .blocks().stream()
                .filter(Block.Text.class::isInstance)
                .map(b -> ((Block.Text) b).title().orElse(""))
                .toList();
    assertThat(titles)
        .containsExactly(
            "00:04 · Alex · availability",
            "00:04 · Alex · notice period",
            "00:04 · Alex · location",
            "00:04 · Alex · salary",
            "");
  }

  @Test
  void doesRateTheDefaultCompetenciesAndLeaveFillersOutWhenGivenNoParameters() {
    ReportContent content = build();

    assertThat(content.metrics()).containsEntry("competency_count", jsonInt(5));
    assertThat(content.metrics()).doesNotContainKey("filler_rate");
    assertThat(content.sections())
        .extracting(Section::title)
        .contains("Competency: Problem solving", "About this report", "Interviewer statistics");
  }

  @Test
  void doesLeadTheSummaryWithCompetenciesEvidenceAndTheCandidatesQuestions() {
    Media interview =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "Tell me about a time you fixed a production bug.")
            .says(
                "alex",
                4,
                30,
                "At my last company the checkout kept failing at night. I traced the bug through"
                    + " the logs and found a retry loop, so I fixed it and added an alert. Errors"
                    + " dropped to zero and it never happened again.")
            .says("dana", 31, 33, "Great. Anything you want to ask us?")
            .says("alex", 34, 38, "Yes. What does on-call look like for the team?")
            .build();

    ReportContent content =
        new HiringReportTemplate()
            .build(
                new TemplateContext(interview, interview.entity("alex").orElseThrow(), Map.of()));
    String summary = content.summary();
    Section answers =
        content.sections().stream()
            .filter(x -> x.title().equals("Questions and answers"))
            .findFirst()
            .orElseThrow();
    assertThat(((SectionContent.Blocks) answers.content()).blocks())
        .filteredOn(Block.Text.class::isInstance)
        .extracting(b -> ((Block.Text) b).title().orElse(""))
        .contains(
            "00:00 · Dana · question",
            "00:04 · Alex · answer 1, 26 s, STAR SAR, evidence for problem solving");

    assertThat(summary)
        .startsWith("Observed problem solving (level 3 of 3)")
        .contains("Strongest evidence (problem solving): \"")
        .contains("Alex asked 1 question (first: \"What does on-call look like for the team?\")");
  }

  private static dev.reportengine.api.json.JsonValue jsonInt(long v) {
    return dev.reportengine.api.json.JsonValue.of(v);
  }
}
