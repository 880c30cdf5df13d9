package dev.reportengine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Report#builder()} and {@link Report#toBuilder()}. */
class ReportTest {

  private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");
  private static final ReportMedia MEDIA = new ReportMedia(Optional.empty(), Optional.of("call-1"));

  private static Report.Builder minimal() {
    return Report.builder()
        .id("rep_1")
        .createdAt(CREATED)
        .media(MEDIA)
        .template(Template.GENERAL_REPORT);
  }

  private static Report full() {
    return new Report(
        "rep_1",
        CREATED,
        Optional.of("job_1"),
        Optional.of("weekly sync"),
        Optional.of("They agreed."),
        MEDIA,
        Template.SALES_PLAYBOOK,
        Optional.of(new ReportEntity("spk_0", Optional.of("Ana"))),
        Optional.of("# Report"),
        Optional.of(List.of()),
        Optional.of(Map.of("word_count", JsonValue.of(120))),
        Optional.of(JsonValue.of("evidence")),
        Optional.of(URI.create("https://example.com/r/rep_1.pdf")),
        Optional.of(URI.create("https://example.com/r/rep_1")));
  }

  @Test
  void doesLeaveEveryOptionalComponentEmptyWhenOnlyTheRequiredOnesAreSet() {
    Report report = minimal().build();

    assertThat(report)
        .isEqualTo(
            new Report(
                "rep_1",
                CREATED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                MEDIA,
                Template.GENERAL_REPORT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void doesSetEachComponentByName() {
    Report built =
        Report.builder()
            .id("rep_1")
            .createdAt(CREATED)
            .jobId("job_1")
            .label("weekly sync")
            .summary("They agreed.")
            .media(MEDIA)
            .template(Template.SALES_PLAYBOOK)
            .entity(new ReportEntity("spk_0", Optional.of("Ana")))
            .markdown("# Report")
            .sections(List.of())
            .metrics(Map.of("word_count", JsonValue.of(120)))
            .raw(JsonValue.of("evidence"))
            .pdfUrl(URI.create("https://example.com/r/rep_1.pdf"))
            .reportUrl(URI.create("https://example.com/r/rep_1"))
            .build();

    assertThat(built).isEqualTo(full());
  }

  @Test
  void doesCopyEveryComponentWhenRebuiltFromToBuilder() {
    Report report = full();

    assertThat(report.toBuilder().build()).isEqualTo(report);
  }

  @Test
  void doesChangeOnlyTheCopyWhenAComponentIsClearedThroughToBuilder() {
    Report report = full();

    Report unlinked = report.toBuilder().pdfUrl(Optional.empty()).summary("Changed.").build();

    assertThat(unlinked.pdfUrl()).isEmpty();
    assertThat(unlinked.summary()).contains("Changed.");
    assertThat(unlinked.reportUrl()).isEqualTo(report.reportUrl());
    assertThat(report.pdfUrl()).isPresent();
  }

  @Test
  void doesNameEveryMissingRequiredComponent() {
    assertThatThrownBy(() -> Report.builder().createdAt(CREATED).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a report needs id, createdAt, media and template; missing: [id, media, template]");
  }

  @Test
  void doesKeepOtherComponentsWhenWithMarkdownOrWithRawCopies() {
    Report report = full();

    assertThat(report.withMarkdown("# Other").withRaw(JsonValue.of("x")))
        .isEqualTo(report.toBuilder().markdown("# Other").raw(JsonValue.of("x")).build());
  }
}
