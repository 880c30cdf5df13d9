package dev.reportengine.core;

import dev.reportengine.api.Block;
import dev.reportengine.api.Block.Card;
import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Illustration;
import dev.reportengine.api.Block.IllustrationVariant;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reports built by hand for renderer tests. */
public final class ReportFixtures {

  /** When every fixture report was created. */
  public static final Instant CREATED = Instant.parse("2024-05-01T09:30:00Z");

  private ReportFixtures() {}

  /** A report with the given label, summary and sections, about entity {@code spk_1}. */
  public static Report report(String label, String summary, List<Section> sections) {
    return Report.builder()
        .id("rep_1")
        .createdAt(CREATED)
        .jobId("job_1")
        .label(Optional.ofNullable(label))
        .summary(Optional.ofNullable(summary))
        .media(new ReportMedia(Optional.empty(), Optional.of("call-42")))
        .template(Template.GENERAL_REPORT)
        .entity(new ReportEntity("spk_1", Optional.of("Maria Lopez")))
        .sections(sections)
        .metrics(Map.of())
        .build();
  }

  /** A report that uses every block kind, each text holding {@code hostile}. */
  public static Report everyBlockKind(String hostile) {
    return report(
        "Call with " + hostile,
        "Summary: " + hostile,
        List.of(
            new Section(
                "At a glance",
                new Grid(
                    3,
                    List.of(
                        new Card("clock", "Talk time", "3 min 12 s"),
                        new Card("user", hostile, hostile)))),
            new Section("Single card", new Card("quote", "Said", hostile)),
            new Section("Single text", Text.of(hostile)),
            new Section(
                hostile,
                new SectionContent.Blocks(
                    List.<Block>of(
                        new Illustration(IllustrationVariant.CONVERSATION),
                        Text.of("00:12", hostile),
                        Text.of("00:12", "again " + hostile),
                        new Card("help-circle", "Questions", "7"),
                        Text.of(hostile, "")))),
            new Section(
                "Evidence",
                new SectionContent.FreeJson(
                    JsonObject.builder()
                        .put("quote", hostile)
                        .put("start_seconds", 12.5)
                        .put("tags", JsonValue.array(List.of(JsonValue.of("a"), JsonValue.NULL)))
                        .put("empty", JsonValue.object(Map.of()))
                        .build())),
            new Section("Decoration only", new Illustration(IllustrationVariant.GROWTH))));
  }
}
