package dev.reportengine.benchmarks;

import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource.MediaQuery;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.MarkdownRenderer;
import dev.reportengine.core.MediaSources;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One template's full report (the shared analysis, the sections, metrics and raw evidence, and the
 * Markdown) against transcript length: the real example interview {@code
 * examples/hiring-interview.vtt} (5 min, read by the engine's WebVTT importer) repeated to 1 min,
 * 10 min, 1 h and 10 h. Run from the repository root, or set {@code -Dreportengine.examples=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplateScalingBenchmark {

  private static final String PROFILE =
      "{\"profile\": ["
          + "{\"id\": \"java\", \"label\": \"Java backend\", \"keywords\": [\"java\", \"kotlin\","
          + " \"services\", \"database\"], \"weight\": 3},"
          + "{\"id\": \"payments\", \"label\": \"Payments\", \"type\": \"experience\","
          + " \"keywords\": [\"payment\", \"checkout\", \"idempotency\"], \"weight\": 2},"
          + "{\"id\": \"mentoring\", \"label\": \"Mentoring\", \"type\": \"behavior\","
          + " \"keywords\": [\"mentored\", \"junior\", \"paired\"]},"
          + "{\"id\": \"frontend\", \"label\": \"Frontend\", \"keywords\": [\"react\", \"css\"]},"
          + "{\"id\": \"calm\", \"label\": \"Composure\", \"type\": \"trait\","
          + " \"keywords\": [\"calm\", \"pressure\"], \"anti_keywords\": [\"panic\"]}]}";

  @Param({"general_report", "sales_playbook", "hiring_report", "profile_alignment"})
  public String template;

  @Param({"1", "10", "60", "600"})
  public int minutes;

  private ReportTemplate reportTemplate;
  private TemplateContext context;
  private MarkdownRenderer renderer;

  @Setup
  public void setUp() {
    Path examples = Path.of(System.getProperty("reportengine.examples", "examples"));
    Media interview =
        MediaSources.directory(examples)
            .load(new MediaQuery("hiring-interview.vtt"))
            .orElseThrow(() -> new IllegalStateException("no hiring-interview.vtt in " + examples));
    Media media = RepeatedTranscript.of(interview, minutes);
    Template id = Template.fromWireName(template).orElseThrow();
    reportTemplate =
        ServiceLoader.load(ReportTemplate.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(t -> t.id() == id)
            .findFirst()
            .orElseThrow();
    Map<String, JsonValue> params =
        id == Template.PROFILE_ALIGNMENT
            ? ((JsonValue.JsonObject) ContractJson.create().readValue(PROFILE)).members()
            : Map.of();
    context = new TemplateContext(media, media.entity("alex-kim").orElseThrow(), params);
    renderer = MarkdownRenderer.create();
  }

  /** The full report: analysis, content and Markdown. */
  @Benchmark
  public String report() {
    ReportContent content = reportTemplate.build(context);
    Report report =
        Report.builder()
            .id("rep_bench")
            .createdAt(Instant.EPOCH)
            .label(reportTemplate.title())
            .summary(content.summary())
            .media(new ReportMedia(Optional.empty(), Optional.of(context.media().id())))
            .template(reportTemplate.id())
            .entity(new ReportEntity(context.target().id(), Optional.empty()))
            .sections(content.sections())
            .metrics(content.metrics())
            .raw(content.raw())
            .build();
    return renderer.render(report);
  }
}
