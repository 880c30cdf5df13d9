package dev.reportengine.core;

import dev.reportengine.api.Block;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ParameterSpec.Parameter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared test data: request rules, and reports and jobs that use every part of the contract. */
final class Fixtures {
  static final Instant CREATED = Instant.parse("2024-05-01T12:00:00.123456789Z");

  /**
   * general_report takes four scalar parameters; sales_playbook none; profile_alignment a required
   * {@code profile}: an array of objects with a required {@code id}, a {@code weight} in 0..10, a
   * {@code type} from a fixed list and a {@code keywords} array of strings.
   */
  static final RequestRules RULES =
      new RequestRules(
          Map.of(
              Template.GENERAL_REPORT,
              ParameterSpec.of(
                  Parameter.integer("max_quotes")
                      .description("quotes per section")
                      .range(0, 10)
                      .defaultValue(3)
                      .build(),
                  Parameter.bool("include_metrics")
                      .description("add the metrics section")
                      .defaultValue(true)
                      .build(),
                  Parameter.string("tone").description("writing tone").build(),
                  Parameter.number("min_confidence")
                      .description("smallest confidence shown")
                      .build()),
              Template.SALES_PLAYBOOK,
              ParameterSpec.none(),
              Template.PROFILE_ALIGNMENT,
              ParameterSpec.of(profile())));

  private static Parameter profile() {
    Parameter item =
        Parameter.object(
                "item",
                Parameter.string("id").description("item id").length(1, 64).required().build(),
                Parameter.number("weight").description("item weight").range(0, 10).build(),
                Parameter.string("type").description("item kind").allowed("skill", "trait").build(),
                Parameter.array(
                        "keywords", Parameter.string("keyword").description("a term").build())
                    .description("terms")
                    .size(0, 20)
                    .build())
            .description("one profile item")
            .build();
    return Parameter.array("profile", item)
        .description("the profile")
        .size(1, 50)
        .required()
        .build();
  }

  private Fixtures() {}

  /** A report with every optional member, all four block kinds, a block list and free JSON. */
  static Report fullReport() {
    Block.Card card = new Block.Card("clock", "Talk time", "62% of the call");
    Map<String, JsonValue> metrics = new LinkedHashMap<>();
    metrics.put("talk_ratio", JsonValue.of(0.62));
    metrics.put("questions_asked", JsonValue.of(14));
    metrics.put("exact", new JsonValue.JsonNumber(new BigDecimal("12345678901234567890.125")));
    metrics.put("huge", new JsonValue.JsonNumber(new BigDecimal("1e400")));
    metrics.put("round", new JsonValue.JsonNumber(new BigDecimal("1000")));
    metrics.put("none", JsonValue.NULL);
    List<Section> sections =
        List.of(
            new Section("Overview", Block.Text.of("Summary", "Maria led the call.")),
            new Section("Untitled text", Block.Text.of("No title here.")),
            new Section("Headline", card),
            new Section("Numbers", new Block.Grid(3, List.of(card, card))),
            new Section("Picture", new Block.Illustration(Block.IllustrationVariant.GROWTH)),
            new Section(
                "Many",
                new SectionContent.Blocks(
                    List.of(
                        Block.Text.of("one"),
                        new Block.Illustration(Block.IllustrationVariant.ANALYSIS)))),
            new Section(
                "Free object",
                new SectionContent.FreeJson(
                    JsonValue.JsonObject.builder()
                        .put("type", "chart")
                        .put("points", JsonValue.array(List.of(JsonValue.of(1), JsonValue.of(2.5))))
                        .build())),
            new Section(
                "Free array",
                new SectionContent.FreeJson(
                    JsonValue.array(
                        List.of(JsonValue.of("a"), JsonValue.of(true), JsonValue.NULL)))),
            new Section("Free text", new SectionContent.FreeJson(JsonValue.of("just text"))));
    return Report.builder()
        .id("rep_1")
        .createdAt(CREATED)
        .jobId("job_1")
        .label("General report: Maria")
        .summary("A short summary with \"quotes\", a tab\t, and ünïcødé 😀.")
        .media(
            new ReportMedia(
                Optional.of("https://media.example.com/call.mp4"), Optional.of("call-42")))
        .template(Template.GENERAL_REPORT)
        .entity(new ReportEntity("spk_0", Optional.empty()))
        .markdown("# Report\n\nBody.\n")
        .sections(sections)
        .metrics(metrics)
        .raw(
            JsonValue.JsonObject.builder()
                .put("analysis_version", "1")
                .put("resolved_by", "magic_hint")
                .build())
        .pdfUrl(URI.create("https://reports.example.com/rep_1.pdf"))
        .reportUrl(URI.create("https://reports.example.com/rep_1"))
        .build();
  }

  /** A report with only the required members. */
  static Report minimalReport() {
    return Report.builder()
        .id("rep_2")
        .createdAt(CREATED)
        .media(new ReportMedia(Optional.empty(), Optional.empty()))
        .template(Template.SALES_PLAYBOOK)
        .build();
  }

  /** Jobs in every status, with the members each status has. */
  static List<JobSnapshot> jobs() {
    Instant started = CREATED.plusSeconds(2);
    Instant finished = CREATED.plusSeconds(9);
    return List.of(
        JobSnapshot.builder()
            .jobId("job_q")
            .status(JobStatus.QUEUED)
            .createdAt(CREATED)
            .estimatedWaitSec(12.5)
            .build(),
        JobSnapshot.builder()
            .jobId("job_r")
            .status(JobStatus.RUNNING)
            .stage(JobStage.RESOLVE_TARGET)
            .progress(0.3)
            .createdAt(CREATED)
            .startedAt(started)
            .build(),
        JobSnapshot.builder()
            .jobId("job_s")
            .status(JobStatus.SUCCEEDED)
            .stage(JobStage.STORE)
            .progress(1)
            .createdAt(CREATED)
            .startedAt(started)
            .finishedAt(finished)
            .reportId("rep_1")
            .build(),
        JobSnapshot.builder()
            .jobId("job_f")
            .status(JobStatus.FAILED)
            .stage(JobStage.LOAD_MEDIA)
            .progress(0.1)
            .createdAt(CREATED)
            .startedAt(started)
            .finishedAt(finished)
            .error(new JobError(ErrorCode.MEDIA_NOT_FOUND, "no media [call-9]"))
            .build(),
        JobSnapshot.builder()
            .jobId("job_c")
            .status(JobStatus.CANCELED)
            .progress(1.0 / 3)
            .createdAt(CREATED)
            .finishedAt(finished)
            .error(new JobError(ErrorCode.CANCELED, "canceled by the caller"))
            .build());
  }
}
