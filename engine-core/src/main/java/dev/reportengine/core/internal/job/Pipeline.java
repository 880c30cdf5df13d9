package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.MarkdownRenderer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one job through its named stages: load media, resolve target, build report (template),
 * render Markdown, store. Checks the deadline at every stage boundary and turns every failure into
 * a job error with a stable code.
 */
final class Pipeline {

  private final MediaSource media;
  private final TargetStage target;
  private final Map<Template, ReportTemplate> templates;
  private final MarkdownRenderer markdown;
  private final ReportStore store;
  private final Clock clock;
  private final Supplier<String> ids;

  Pipeline(
      MediaSource media,
      TargetStage target,
      Map<Template, ReportTemplate> templates,
      MarkdownRenderer markdown,
      ReportStore store,
      Clock clock,
      Supplier<String> ids) {
    this.media = media;
    this.target = target;
    this.templates = Map.copyOf(templates);
    this.markdown = markdown;
    this.store = store;
    this.clock = clock;
    this.ids = ids;
  }

  /** Runs the job to a terminal state; never throws for a job's own failure. */
  void run(Job job) {
    try {
      Optional<dev.reportengine.api.JobSnapshot> started = job.startIfQueued();
      if (started.isEmpty()) {
        return;
      }
      store.saveJob(started.get());
      checkDeadline(job);
      Report report = produce(job);
      store.saveJob(job.enter(JobStage.STORE, 0.9));
      store.saveReport(report);
      store.saveJob(job.succeed(report));
    } catch (ReportEngineException e) {
      store.saveJob(job.fail(new JobError(e.code(), e.getMessage())));
    } catch (RuntimeException e) {
      store.saveJob(
          job.fail(
              new JobError(
                  ErrorCode.INTERNAL,
                  "unexpected " + e.getClass().getName() + ": " + e.getMessage())));
    }
  }

  /** Fails a job that has not started, such as one left in the queue at shutdown. */
  void abandon(Job job, JobError error) {
    job.failIfQueued(error).ifPresent(store::saveJob);
  }

  private Report produce(Job job) {
    CreateReportJobRequest request = job.request();
    Map<String, JsonValue> timings = new LinkedHashMap<>();
    Stopwatch watch = new Stopwatch(job, timings);

    watch.enter(JobStage.LOAD_MEDIA, 0.1);
    Media loaded = loadMedia(request.mediaId());

    watch.enter(JobStage.RESOLVE_TARGET, 0.3);
    TargetStage.Outcome resolved = target.resolve(loaded, request.target());
    Entity entity =
        request
            .entityLabel()
            .map(
                l ->
                    new Entity(
                        resolved.entity().id(), Optional.of(l), resolved.entity().attributes()))
            .orElse(resolved.entity());

    watch.enter(JobStage.BUILD_REPORT, 0.5);
    ReportTemplate template = templates.get(request.output().template());
    ReportContent content = build(template, loaded, entity, request);

    watch.enter(JobStage.RENDER_MARKDOWN, 0.8);
    Report report =
        assemble(job, request, loaded, entity, template, content)
            .withRaw(JsonValue.JsonObject.builder().put("media", mediaRaw(loaded)).build());
    String md = markdown.render(report);

    watch.stop();
    return withRaw(report, loaded, content, resolved, timings).withMarkdown(md);
  }

  private Media loadMedia(String mediaId) {
    try {
      return media
          .load(new MediaSource.MediaQuery(mediaId))
          .orElseThrow(
              () ->
                  new StageFailure(
                      ErrorCode.MEDIA_NOT_FOUND, "no media [" + mediaId + "] in " + media));
    } catch (ReportEngineException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StageFailure(
          ErrorCode.MEDIA_UNREADABLE,
          "media [" + mediaId + "] could not be read: " + e.getMessage(),
          e);
    }
  }

  private static ReportContent build(
      ReportTemplate template, Media media, Entity entity, CreateReportJobRequest request) {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    for (ParameterSpec.Parameter p : template.parameters().parameters()) {
      p.defaultValue().ifPresent(v -> params.put(p.name(), v));
    }
    params.putAll(request.output().templateParams());
    try {
      return template.build(new TemplateContext(media, entity, params));
    } catch (RuntimeException e) {
      throw new StageFailure(
          ErrorCode.TEMPLATE_FAILED,
          "template " + template.id().wireName() + " failed: " + e.getMessage(),
          e);
    }
  }

  private Report assemble(
      Job job,
      CreateReportJobRequest request,
      Media media,
      Entity entity,
      ReportTemplate template,
      ReportContent content) {
    return new Report(
        ids.get(),
        clock.instant(),
        Optional.of(job.jobId()),
        Optional.of(request.label().orElseGet(() -> defaultLabel(template, entity))),
        Optional.of(content.summary()),
        new ReportMedia(media.url(), Optional.of(request.mediaId())),
        template.id(),
        Optional.of(new ReportEntity(entity.id(), entity.label())),
        Optional.empty(),
        Optional.of(content.sections()),
        Optional.of(content.metrics()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** {@code raw.media}: the transcript's format and whether its times were estimated. */
  private static JsonValue mediaRaw(Media media) {
    JsonValue.JsonObject.Builder raw = JsonValue.JsonObject.builder();
    media.sourceFormat().ifPresent(f -> raw.put("format", f));
    return raw.put("timings_estimated", media.timingsEstimated()).build();
  }

  private static Report withRaw(
      Report report,
      Media media,
      ReportContent content,
      TargetStage.Outcome resolved,
      Map<String, JsonValue> timings) {
    JsonValue raw =
        JsonValue.JsonObject.builder()
            .put("media", mediaRaw(media))
            .put("target", resolved.evidence())
            .put("template", content.raw())
            .put("stage_timings_ms", JsonValue.object(timings))
            .build();
    return report.withRaw(raw);
  }

  static String defaultLabel(ReportTemplate template, Entity entity) {
    String label = template.title() + ": " + entity.displayName();
    return label.length() <= 64 ? label : label.substring(0, 63) + "…";
  }

  private void checkDeadline(Job job) {
    if (clock.instant().isAfter(job.deadline())) {
      throw new StageFailure(
          ErrorCode.TIMEOUT, "job " + job.jobId() + " passed its deadline " + job.deadline());
    }
  }

  /** Enters stages on the job, times each one and checks the deadline between them. */
  private final class Stopwatch {
    private final Job job;
    private final Map<String, JsonValue> timings;
    private JobStage current;
    private long startedNanos;

    Stopwatch(Job job, Map<String, JsonValue> timings) {
      this.job = job;
      this.timings = timings;
    }

    void enter(JobStage stage, double progress) {
      stop();
      checkDeadline(job);
      store.saveJob(job.enter(stage, progress));
      current = stage;
      startedNanos = System.nanoTime();
    }

    void stop() {
      if (current != null) {
        double ms = (System.nanoTime() - startedNanos) / 1e6;
        timings.put(
            current.wireName(),
            JsonValue.of(BigDecimal.valueOf(ms).setScale(3, RoundingMode.HALF_UP).doubleValue()));
        current = null;
      }
    }
  }
}
