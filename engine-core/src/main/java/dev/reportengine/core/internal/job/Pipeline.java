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
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.EngineObserver;
import dev.reportengine.api.spi.JobCanceledException;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.MarkdownRenderer;
import dev.reportengine.core.internal.render.Rendering;
import dev.reportengine.core.internal.target.SpeakerNames;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one job through its named stages: load media, resolve target, build report (template),
 * render Markdown, render PDF (documents, in {@link dev.reportengine.core.PdfMode#EAGER} only),
 * store (documents to the store, the report to {@code saveReport}: the store, or the claim mode's
 * end of the job). At every stage boundary, and inside importers and templates that poll the job's
 * cancellation token, it stops when the job was canceled or timed out meanwhile, and turns every
 * failure into a job error with a stable code.
 */
final class Pipeline {

  private final MediaSource media;
  private final TargetStage target;
  private final Map<Template, ReportTemplate> templates;
  private final MarkdownRenderer markdown;
  private final Rendering rendering;
  private final ReportStore store;
  private final Consumer<Report> saveReport;
  private final Clock clock;
  private final dev.reportengine.core.EngineLimits limits;
  private final EngineObserver observer;
  private final InferredNames names = new InferredNames();

  Pipeline(
      MediaSource media,
      TargetStage target,
      Map<Template, ReportTemplate> templates,
      MarkdownRenderer markdown,
      Rendering rendering,
      ReportStore store,
      Consumer<Report> saveReport,
      Clock clock,
      dev.reportengine.core.EngineLimits limits,
      EngineObserver observer) {
    this.media = media;
    this.target = target;
    this.templates = Map.copyOf(templates);
    this.markdown = markdown;
    this.rendering = rendering;
    this.store = store;
    this.saveReport = saveReport;
    this.clock = clock;
    this.limits = limits;
    this.observer = observer;
  }

  /**
   * Runs a queued job until it ends or must stop; never throws for a job's own failure. Returns
   * whether this call started the job (false when it had ended while queued).
   */
  boolean run(Job job) {
    if (!job.startIfQueued()) {
      return false;
    }
    StageTrace trace = new StageTrace(observer, job);
    try {
      boundary(job);
      Produced produced = produce(job, trace);
      if (job.enter(JobStage.STORE, 0.9)) {
        trace.started(JobStage.STORE);
        job.succeed(
            produced.report(),
            r -> {
              produced
                  .documents()
                  .forEach((type, bytes) -> store.saveArtifact(r.id(), type, bytes));
              saveReport.accept(r);
            });
      }
    } catch (Stopped e) {
      // The job ended meanwhile (canceled, timed out, engine closed): its snapshot says so.
    } catch (JobCanceledException e) {
      stoppedInside(job, e);
    } catch (ReportEngineException e) {
      if (e.getCause() != null) {
        LOG.log(Level.DEBUG, () -> "job " + job.jobId() + " failed: " + e.getMessage(), e);
      }
      job.end(new JobError(e.code(), e.getMessage()), e.getCause());
    } catch (Throwable e) {
      // The worker boundary: whatever escaped (a bug, a StackOverflowError, an OutOfMemoryError)
      // ends the job now, instead of leaving it running until its deadline. The message names the
      // kind of failure only (an exception's own message may hold host paths); the log keeps the
      // cause.
      LOG.log(Level.ERROR, "job " + job.jobId() + " failed unexpectedly", e);
      job.end(new JobError(ErrorCode.INTERNAL, unexpected(e)), e);
    } finally {
      trace.finished();
    }
    return true;
  }

  private static final System.Logger LOG = System.getLogger(Pipeline.class.getName());

  /**
   * The stages' wire names by ordinal, made once: {@link JobStage#wireName()} lower-cases the name
   * on every call (1 % of a trivial job's CPU samples).
   */
  private static final String[] STAGE_NAMES =
      Arrays.stream(JobStage.values()).map(JobStage::wireName).toArray(String[]::new);

  /**
   * An importer or template stopped inside its work because the job should stop: the job ends (or
   * has ended) with its own reason, {@code canceled} or {@code timeout}. A plug-in that throws
   * {@link JobCanceledException} for a job that should go on fails it with {@code internal}.
   */
  private void stoppedInside(Job job, JobCanceledException e) {
    try {
      boundary(job);
    } catch (Stopped stopped) {
      return;
    }
    LOG.log(
        Level.ERROR, "job " + job.jobId() + " was stopped by a plug-in while it should go on", e);
    job.end(
        new JobError(
            ErrorCode.INTERNAL,
            "a media source or template stopped the job as canceled, but it was neither canceled"
                + " nor past its deadline"),
        e);
  }

  /** The job error's message for a failure nothing expected: its kind, never its own message. */
  static String unexpected(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "the job ran out of memory; give the JVM more heap or lower EngineLimits"
          + " (maxMediaBytes, utterances, speakers)";
    }
    if (e instanceof StackOverflowError) {
      return "the job overflowed its thread's stack (input nested too deeply?)";
    }
    return "unexpected " + e.getClass().getSimpleName() + " while building the report";
  }

  /** The report id of a job: derived from the job id, so a rerun overwrites rather than adds. */
  static String reportId(String jobId) {
    return "rep_" + (jobId.startsWith("job_") ? jobId.substring(4) : jobId);
  }

  /** A finished report and its documents by media type (empty unless rendered in the job). */
  private record Produced(Report report, Map<String, byte[]> documents) {}

  private Produced produce(Job job, StageTrace trace) {
    CreateReportJobRequest request = job.request();
    Map<String, JsonValue> timings = new LinkedHashMap<>();
    Stopwatch watch = new Stopwatch(job, timings, trace);

    watch.enter(JobStage.LOAD_MEDIA, 0.1);
    Media imported = withinLimits(loadMedia(request.mediaId(), job::shouldStop));
    // Inferred once per media instance: a source that hands out the same Media for every job on
    // a call (in memory, cached by the host) does not pay for it again (InferredNames).
    List<SpeakerNames.Inferred> names = this.names.of(imported);
    Media loaded = SpeakerNames.apply(imported, names);

    watch.enter(JobStage.RESOLVE_TARGET, 0.3);
    TargetStage.Outcome resolved = target.resolve(imported, loaded, request.target());
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
    ReportContent content = build(template, loaded, entity, request, job::shouldStop);

    watch.enter(JobStage.RENDER_MARKDOWN, 0.8);
    // raw.media made once: the Markdown reads it (timings_estimated), the stored report keeps it.
    JsonValue media = mediaRaw(loaded, names);
    Report report = assemble(job, request, loaded, entity, template, content, media);
    String md = markdown.render(report);

    Report linked = rendering.withLinks(report).withMarkdown(md);

    watch.enter(JobStage.RENDER_PDF, 0.85);
    Map<String, byte[]> documents = rendering.renderInJob(linked, loaded);

    watch.stop();
    return new Produced(withRaw(linked, media, content, resolved, timings), documents);
  }

  /** {@code media}, unless it holds more utterances or speakers than the engine's limits. */
  private Media withinLimits(Media media) {
    if (media.utterances().size() > limits.maxUtterances()) {
      throw new StageFailure(
          ErrorCode.MEDIA_UNREADABLE,
          "media ["
              + media.id()
              + "] has "
              + media.utterances().size()
              + " utterances, more than the limit of "
              + limits.maxUtterances()
              + " (EngineLimits.maxUtterances)");
    }
    if (media.entities().size() > limits.maxSpeakers()) {
      throw new StageFailure(
          ErrorCode.MEDIA_UNREADABLE,
          "media ["
              + media.id()
              + "] has "
              + media.entities().size()
              + " speakers, more than the limit of "
              + limits.maxSpeakers()
              + " (EngineLimits.maxSpeakers)");
    }
    return media;
  }

  private Media loadMedia(String mediaId, CancellationToken cancellation) {
    try {
      return media
          .load(new MediaSource.MediaQuery(mediaId, cancellation))
          .orElseThrow(
              () ->
                  new StageFailure(
                      ErrorCode.MEDIA_NOT_FOUND,
                      "no media [" + mediaId + "]: the media source has no media with this id"));
    } catch (ReportEngineException | JobCanceledException e) {
      throw e;
    } catch (RuntimeException e) {
      // A host source's own exception may carry host paths (an IOException's message is often
      // one): the job error, which reaches API callers and webhooks, names only its type.
      throw new StageFailure(
          ErrorCode.MEDIA_UNREADABLE,
          "media ["
              + mediaId
              + "] could not be read: the media source failed with "
              + e.getClass().getSimpleName(),
          e);
    }
  }

  private static ReportContent build(
      ReportTemplate template,
      Media media,
      Entity entity,
      CreateReportJobRequest request,
      CancellationToken cancellation) {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    for (ParameterSpec.Parameter p : template.parameters().parameters()) {
      p.defaultValue().ifPresent(v -> params.put(p.name(), v));
    }
    params.putAll(request.output().templateParams());
    try {
      return template.build(new TemplateContext(media, entity, params, cancellation));
    } catch (JobCanceledException e) {
      throw e;
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
      ReportContent content,
      JsonValue mediaRaw) {
    return Report.builder()
        .id(reportId(job.jobId()))
        .createdAt(clock.instant())
        .jobId(job.jobId())
        .label(request.label().orElseGet(() -> defaultLabel(template, entity)))
        .summary(content.summary())
        .media(new ReportMedia(media.url(), Optional.of(request.mediaId())))
        .template(template.id())
        .entity(new ReportEntity(entity.id(), entity.label()))
        .sections(content.sections())
        .metrics(content.metrics())
        .raw(JsonValue.JsonObject.builder().put("media", mediaRaw).build())
        .build();
  }

  /** {@code raw.media}: the transcript's format and whether its times were estimated. */
  private static JsonValue mediaRaw(Media media, List<SpeakerNames.Inferred> names) {
    JsonValue.JsonObject.Builder raw = JsonValue.JsonObject.builder();
    media.sourceFormat().ifPresent(f -> raw.put("format", f));
    raw.put("timings_estimated", media.timingsEstimated());
    if (!names.isEmpty()) {
      raw.put(
          "speaker_names",
          JsonValue.array(names.stream().map(SpeakerNames.Inferred::json).toList()));
    }
    return raw.build();
  }

  private static Report withRaw(
      Report report,
      JsonValue mediaRaw,
      ReportContent content,
      TargetStage.Outcome resolved,
      Map<String, JsonValue> timings) {
    JsonValue raw =
        JsonValue.JsonObject.builder()
            .put("media", mediaRaw)
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

  /**
   * A stage boundary: stops the worker when the job has ended meanwhile, and ends it with {@code
   * timeout} when its deadline has passed.
   */
  private void boundary(Job job) {
    if (clock.instant().isAfter(job.deadline())) {
      job.end(timeout(job));
    }
    if (job.hasEnded()) {
      throw new Stopped();
    }
  }

  static JobError timeout(Job job) {
    return new JobError(
        ErrorCode.TIMEOUT, "job " + job.jobId() + " passed its deadline " + job.deadline());
  }

  /** Unwinds a worker whose job has ended while it ran. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  /**
   * Enters stages on the job, times each one, tells the observer, and checks the deadline between
   * them.
   */
  private final class Stopwatch {
    private final Job job;
    private final Map<String, JsonValue> timings;
    private final StageTrace trace;
    private JobStage current;
    private long startedNanos;

    Stopwatch(Job job, Map<String, JsonValue> timings, StageTrace trace) {
      this.job = job;
      this.timings = timings;
      this.trace = trace;
    }

    void enter(JobStage stage, double progress) {
      stop();
      boundary(job);
      if (!job.enter(stage, progress)) {
        throw new Stopped();
      }
      trace.started(stage);
      current = stage;
      startedNanos = System.nanoTime();
    }

    void stop() {
      if (current != null) {
        // Milliseconds to 3 decimals, half up, built from whole microseconds: the same JSON
        // number as rounding a double through BigDecimal (JsonNumber strips trailing zeros),
        // without
        // two double-to-decimal conversions per stage (5 % of a trivial job's CPU in a profile).
        long micros = Math.round((System.nanoTime() - startedNanos) / 1e3);
        timings.put(
            STAGE_NAMES[current.ordinal()],
            new JsonValue.JsonNumber(BigDecimal.valueOf(micros, 3)));
        current = null;
      }
    }
  }
}
