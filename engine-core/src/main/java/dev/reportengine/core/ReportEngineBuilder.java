package dev.reportengine.core;

import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.EngineObserver;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ReportRenderer;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TargetResolver;
import dev.reportengine.api.spi.WebhookOutbox;
import dev.reportengine.api.spi.WebhookSender;
import dev.reportengine.core.internal.job.GuardedObserver;
import dev.reportengine.core.internal.job.JobRuntime;
import dev.reportengine.core.internal.job.JobRuntimeConfig;
import dev.reportengine.core.internal.job.RandomIds;
import dev.reportengine.core.internal.render.Rendering;
import dev.reportengine.core.internal.render.WarmUp;
import dev.reportengine.core.internal.store.FileReportStore;
import dev.reportengine.core.internal.target.DominantResolver;
import dev.reportengine.core.internal.target.EntityIdResolver;
import dev.reportengine.core.internal.target.MagicHintResolver;
import dev.reportengine.core.internal.target.TimeRangeResolver;
import dev.reportengine.core.internal.webhook.AddressGuard;
import dev.reportengine.core.internal.webhook.JdkWebhookSender;
import dev.reportengine.core.internal.webhook.ThreadDeliveryScheduler;
import dev.reportengine.core.internal.webhook.WebhookConfig;
import dev.reportengine.core.internal.webhook.WebhookNotifier;
import dev.reportengine.core.internal.webhook.WebhookSigner;
import dev.reportengine.media.TranscriptDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Builds a {@link ReportEngine}. Strict: setting an option twice, or to a nonsensical value, fails
 * at once with a message that quotes the value. Not thread-safe; build once.
 *
 * <p>Defaults: an engine-owned pool of one worker per available processor, engine-owned event
 * threads, a single deadline-sweeping thread, an {@linkplain ReportStores#inMemory() in-memory
 * store}, the system UTC clock, random ids, {@link EngineLimits#DEFAULTS}, the built-in target
 * resolvers, and templates discovered with {@link ServiceLoader}. A template or resolver registered
 * here wins over a discovered or built-in one with the same id. The media source has no default.
 * Webhooks: the JDK's HTTP client, unsigned, {@link WebhookRetrySchedule#DEFAULT}, {@link
 * WebhookAddressPolicy#publicOnly()}. No observer. Renderers (PDF): discovered with {@link
 * ServiceLoader} and registered here, a registration winning per media type; {@link PdfMode#LAZY}
 * when there is one, else {@link PdfMode#OFF}; no link policy, so reports carry no {@code
 * reportUrl} or {@code pdfUrl}.
 */
public final class ReportEngineBuilder {

  private static final int WEBHOOK_THREADS = 4;

  private ExecutorService executor;
  private Integer parallelism;
  private ReportStore store;
  private MediaSource mediaSource;
  private Clock clock;
  private EngineLimits limits;
  private Supplier<String> ids;
  private Boolean discovery;
  private WebhookSender webhookSender;
  private WebhookSigner webhookSigner;
  private WebhookRetrySchedule webhookRetrySchedule;
  private WebhookAddressPolicy webhookAddressPolicy;
  private Executor eventExecutor;
  private Boolean resume;
  private ClaimSettings claimSettings;
  private Boolean rendererDiscovery;
  private PdfMode pdfMode;
  private LinkPolicy links;
  private EngineObserver observer;
  private final Map<String, ReportRenderer> renderers = new LinkedHashMap<>();
  private final Map<Template, ReportTemplate> templates = new EnumMap<>(Template.class);
  private final Map<TargetStrategy, TargetResolver> resolvers = new EnumMap<>(TargetStrategy.class);

  ReportEngineBuilder() {}

  /**
   * Runs jobs on the host's executor. The engine never shuts it down. Use {@link #parallelism(int)}
   * to tell the engine how many jobs it runs at once, for wait estimates.
   */
  public ReportEngineBuilder executor(ExecutorService executor) {
    Objects.requireNonNull(executor, "executor");
    check(this.executor == null, "executor was already set to %s", this.executor);
    this.executor = executor;
    return this;
  }

  /** How many jobs run at once: the size of the engine's own pool, or the host executor's. */
  public ReportEngineBuilder parallelism(int parallelism) {
    check(this.parallelism == null, "parallelism was already set to %s", this.parallelism);
    check(parallelism >= 1, "parallelism must be at least 1, got %s", parallelism);
    this.parallelism = parallelism;
    return this;
  }

  /** Where jobs and reports are kept. */
  public ReportEngineBuilder store(ReportStore store) {
    Objects.requireNonNull(store, "store");
    check(this.store == null, "store was already set to %s", this.store);
    this.store = store;
    return this;
  }

  /** Where media is loaded from. Required. */
  public ReportEngineBuilder mediaSource(MediaSource mediaSource) {
    Objects.requireNonNull(mediaSource, "mediaSource");
    check(this.mediaSource == null, "mediaSource was already set to %s", this.mediaSource);
    this.mediaSource = mediaSource;
    return this;
  }

  /** The clock for timestamps and deadlines. */
  public ReportEngineBuilder clock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    check(this.clock == null, "clock was already set to %s", this.clock);
    this.clock = clock;
    return this;
  }

  /** Queue, size and time limits. */
  public ReportEngineBuilder limits(EngineLimits limits) {
    Objects.requireNonNull(limits, "limits");
    check(this.limits == null, "limits was already set to %s", this.limits);
    this.limits = limits;
    return this;
  }

  /**
   * Makes the unique part of job and report ids (the engine prefixes {@code job_} and {@code
   * rep_}). Must be thread-safe and never repeat.
   */
  public ReportEngineBuilder ids(Supplier<String> ids) {
    Objects.requireNonNull(ids, "ids");
    check(this.ids == null, "ids was already set to %s", this.ids);
    this.ids = ids;
    return this;
  }

  /** Registers a template; it wins over a discovered one with the same id. */
  public ReportEngineBuilder template(ReportTemplate template) {
    Objects.requireNonNull(template, "template");
    ReportTemplate before = templates.putIfAbsent(template.id(), template);
    check(
        before == null,
        "template %s was already registered by %s",
        template.id().wireName() + " of " + template.getClass().getName(),
        before == null ? null : before.getClass().getName());
    return this;
  }

  /** Registers a target resolver; it replaces the built-in one for its strategy. */
  public ReportEngineBuilder resolver(TargetResolver resolver) {
    Objects.requireNonNull(resolver, "resolver");
    TargetResolver before = resolvers.putIfAbsent(resolver.strategy(), resolver);
    check(
        before == null,
        "resolver for %s was already registered by %s",
        resolver.strategy().wireName() + " of " + resolver.getClass().getName(),
        before == null ? null : before.getClass().getName());
    return this;
  }

  /**
   * Registers a renderer (such as {@code new PdfReportRenderer(configured)} from {@code
   * engine-pdf}); it wins over a discovered one with the same media type.
   *
   * @throws IllegalStateException naming both when a renderer for its media type was registered
   */
  public ReportEngineBuilder renderer(ReportRenderer renderer) {
    Objects.requireNonNull(renderer, "renderer");
    String type = Objects.requireNonNull(renderer.mediaType(), "renderer.mediaType()");
    ReportRenderer before = renderers.putIfAbsent(type, renderer);
    check(
        before == null,
        "renderer for %s was already registered by %s",
        type + " of " + renderer.getClass().getName(),
        before == null ? null : before.getClass().getName());
    return this;
  }

  /** Whether renderers are discovered with {@link ServiceLoader}; on by default. */
  public ReportEngineBuilder discoverRenderers(boolean enabled) {
    check(
        this.rendererDiscovery == null,
        "discoverRenderers was already set to %s",
        this.rendererDiscovery);
    this.rendererDiscovery = enabled;
    return this;
  }

  /**
   * When PDFs (and other renderers' documents) are rendered: in the job, on first request, or
   * never. Default: {@link PdfMode#LAZY} when the engine has a renderer (a job then costs no PDF
   * render until someone asks for its PDF), {@link PdfMode#OFF} when it has none. {@link #build()}
   * fails when {@code EAGER} or {@code LAZY} is set and there is no renderer.
   */
  public ReportEngineBuilder pdfMode(PdfMode mode) {
    Objects.requireNonNull(mode, "mode");
    check(this.pdfMode == null, "pdfMode was already set to %s", this.pdfMode);
    this.pdfMode = mode;
    return this;
  }

  /**
   * Where the host serves reports and PDFs, for their {@code reportUrl} and {@code pdfUrl}, such as
   * {@link LinkPolicy#baseUri(java.net.URI)}. Without it both are absent.
   */
  public ReportEngineBuilder links(LinkPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    check(this.links == null, "links was already set to %s", this.links);
    this.links = policy;
    return this;
  }

  /**
   * Delivers job events to subscribers and listeners on the host's executor instead of the engine's
   * own event threads. The engine never shuts it down. It must not run tasks on the calling thread
   * in production: a slow subscriber would then hold up a job worker.
   */
  public ReportEngineBuilder eventExecutor(Executor eventExecutor) {
    Objects.requireNonNull(eventExecutor, "eventExecutor");
    check(this.eventExecutor == null, "eventExecutor was already set to %s", this.eventExecutor);
    this.eventExecutor = eventExecutor;
    return this;
  }

  /**
   * Whether {@link #build()} queues again the jobs a durable store holds as queued or running; on
   * by default. Off suits tools that only look at a store (listing, canceling). With a store that
   * implements {@link dev.reportengine.api.spi.JobClaims}, on means the engine claims queued jobs
   * from the store and runs them; off makes it an engine that submits, follows and cancels jobs but
   * runs none (other engines on the store run them).
   */
  public ReportEngineBuilder resumeJobs(boolean enabled) {
    check(this.resume == null, "resumeJobs was already set to %s", this.resume);
    this.resume = enabled;
    return this;
  }

  /**
   * The lease, heartbeat and poll interval with which the engine shares jobs with other engines
   * when its store implements {@link dev.reportengine.api.spi.JobClaims} (the PostgreSQL store
   * does); {@link ClaimSettings#DEFAULTS} by default, ignored with other stores.
   */
  public ReportEngineBuilder claimSettings(ClaimSettings settings) {
    Objects.requireNonNull(settings, "settings");
    check(this.claimSettings == null, "claimSettings was already set to %s", this.claimSettings);
    this.claimSettings = settings;
    return this;
  }

  /**
   * Tells {@code observer} of every stage, ended job and webhook attempt (for metrics and tracing,
   * such as {@code ReportEngineMetrics} from {@code engine-micrometer}); none by default. What the
   * observer throws is logged and ignored.
   */
  public ReportEngineBuilder observer(EngineObserver observer) {
    Objects.requireNonNull(observer, "observer");
    check(this.observer == null, "observer was already set to %s", this.observer);
    this.observer = observer;
    return this;
  }

  /** Whether templates are discovered with {@link ServiceLoader}; on by default. */
  public ReportEngineBuilder discoverTemplates(boolean enabled) {
    check(this.discovery == null, "discoverTemplates was already set to %s", this.discovery);
    this.discovery = enabled;
    return this;
  }

  /**
   * Sends webhook attempts with the host's sender instead of the engine's {@code java.net.http}
   * one. The engine still applies its address policy, signature and retries; it never closes a
   * sender passed here.
   */
  public ReportEngineBuilder webhookSender(WebhookSender sender) {
    Objects.requireNonNull(sender, "sender");
    check(this.webhookSender == null, "webhookSender was already set to %s", this.webhookSender);
    this.webhookSender = sender;
    return this;
  }

  /**
   * Signs every webhook event per the Standard Webhooks spec ({@code webhook-signature}) with a
   * secret in the spec's form: {@code whsec_} followed by the base64 of 24 to 64 random bytes.
   * Messages about it never quote the secret's bytes.
   *
   * @throws IllegalArgumentException when the secret is not in that form
   */
  public ReportEngineBuilder webhookSecret(String secret) {
    Objects.requireNonNull(secret, "secret");
    check(this.webhookSigner == null, "webhookSecret was already set to %s", this.webhookSigner);
    this.webhookSigner = WebhookSigner.parse(secret);
    return this;
  }

  /** When failed webhook attempts are retried; {@link WebhookRetrySchedule#DEFAULT} by default. */
  public ReportEngineBuilder webhookRetrySchedule(WebhookRetrySchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    check(
        this.webhookRetrySchedule == null,
        "webhookRetrySchedule was already set to %s",
        this.webhookRetrySchedule);
    this.webhookRetrySchedule = schedule;
    return this;
  }

  /**
   * Which addresses webhooks may reach; {@link WebhookAddressPolicy#publicOnly()} by default, which
   * refuses loopback, private, link-local, unspecified and multicast addresses.
   */
  public ReportEngineBuilder webhookAddressPolicy(WebhookAddressPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    check(
        this.webhookAddressPolicy == null,
        "webhookAddressPolicy was already set to %s",
        this.webhookAddressPolicy);
    this.webhookAddressPolicy = policy;
    return this;
  }

  /**
   * Builds the engine.
   *
   * @throws IllegalStateException when the media source is missing, discovery finds two templates
   *     with one id or two renderers with one media type, or a PDF mode other than {@code OFF} is
   *     set without a renderer, or when the store is a {@linkplain ReportStores#directory(Path)
   *     directory} another engine (in this JVM or another process) holds
   */
  public ReportEngine build() {
    check(
        mediaSource != null,
        "a mediaSource is required, %s",
        "for example MediaSources.directory(dir)");
    boolean ownsExecutor = executor == null;
    int workers = parallelism != null ? parallelism : Runtime.getRuntime().availableProcessors();
    ExecutorService pool =
        ownsExecutor
            ? Executors.newFixedThreadPool(workers, threads("report-engine-worker-"))
            : executor;
    EngineLimits effectiveLimits = limits != null ? limits : EngineLimits.DEFAULTS;
    MediaSource effectiveMedia =
        mediaSource instanceof TranscriptDirectory directory
            ? directory.limitedTo(effectiveLimits.maxMediaBytes())
            : mediaSource;
    ReportStore effectiveStore = store != null ? store : ReportStores.inMemory();
    Map<Template, ReportTemplate> allTemplates = allTemplates();
    Map<String, ReportRenderer> allRenderers = allRenderers();
    PdfMode mode = pdfMode != null ? pdfMode : allRenderers.isEmpty() ? PdfMode.OFF : PdfMode.LAZY;
    check(
        mode == PdfMode.OFF || !allRenderers.isEmpty(),
        "pdfMode %s needs a renderer, and the engine has none: %s",
        mode,
        "put engine-pdf on the class path or register one with renderer(...)");
    Runnable releaseStore = claim(effectiveStore);
    try {
      Rendering rendering =
          new Rendering(
              allRenderers, mode, Optional.ofNullable(links), effectiveStore, effectiveMedia);
      Supplier<String> effectiveIds = ids != null ? ids : new RandomIds();
      Clock effectiveClock = clock != null ? clock : Clock.systemUTC();
      EngineObserver guarded =
          new GuardedObserver(observer != null ? observer : EngineObserver.NONE);
      WebhookNotifier webhooks = webhooks(effectiveClock, effectiveIds, effectiveStore, guarded);
      Optional<ExecutorService> ownedDelivery =
          eventExecutor == null ? Optional.of(eventPool(Math.max(2, workers))) : Optional.empty();
      ScheduledThreadPoolExecutor scheduler =
          new ScheduledThreadPoolExecutor(1, threads("report-engine-deadlines-"));
      scheduler.setRemoveOnCancelPolicy(true);
      JobRuntime runtime =
          new JobRuntime(
              JobRuntimeConfig.builder()
                  .executor(pool)
                  .ownsExecutor(ownsExecutor)
                  .parallelism(workers)
                  .delivery(ownedDelivery.<Executor>map(e -> e).orElse(eventExecutor))
                  .ownedDelivery(ownedDelivery)
                  .scheduler(scheduler)
                  .mediaSource(effectiveMedia)
                  .resolvers(allResolvers())
                  .templates(allTemplates)
                  .markdown(MarkdownRenderer.create())
                  .rendering(rendering)
                  .store(effectiveStore)
                  .clock(effectiveClock)
                  .ids(effectiveIds)
                  .limits(effectiveLimits)
                  .terminalListener(webhooks)
                  .claimSettings(claimSettings != null ? claimSettings : ClaimSettings.DEFAULTS)
                  .observer(guarded)
                  .build());
      try {
        guarded.attached(runtime.state());
      } catch (RuntimeException | Error e) {
        // Nothing has run yet: stop the threads the runtime and the notifier started.
        try {
          runtime.close(Duration.ZERO);
        } finally {
          webhooks.close(Duration.ZERO);
        }
        throw e;
      }
      if (!Boolean.FALSE.equals(resume)
          && (effectiveStore.isDurable()
              || effectiveStore instanceof dev.reportengine.api.spi.JobClaims)) {
        runtime.resume();
      }
      return new DefaultReportEngine(
          runtime,
          effectiveStore,
          allTemplates,
          effectiveLimits,
          webhooks,
          rendering,
          WarmUp.start(rendering.active().values()),
          releaseStore);
    } catch (RuntimeException | Error e) {
      releaseStore.run();
      throw e;
    }
  }

  /**
   * Locks a {@linkplain ReportStores#directory(Path) file store}'s directory for this engine; the
   * returned action, run at close, frees it. Other stores need no claim.
   */
  private static Runnable claim(ReportStore store) {
    if (store instanceof FileReportStore files) {
      files.claim();
      return files::release;
    }
    return () -> {};
  }

  /**
   * The webhook notifier: through the store's outbox when it has one (then relayed every claim poll
   * interval), else from memory.
   */
  private WebhookNotifier webhooks(
      Clock effectiveClock,
      Supplier<String> effectiveIds,
      ReportStore effectiveStore,
      EngineObserver guarded) {
    WebhookConfig parts = webhookParts(effectiveClock, effectiveIds);
    if (effectiveStore instanceof WebhookOutbox outbox) {
      ClaimSettings settings = claimSettings != null ? claimSettings : ClaimSettings.DEFAULTS;
      return new WebhookNotifier(parts, outbox, settings.pollInterval(), guarded);
    }
    return new WebhookNotifier(parts, guarded);
  }

  private WebhookConfig webhookParts(Clock effectiveClock, Supplier<String> effectiveIds) {
    boolean ownsSender = webhookSender == null;
    return WebhookConfig.builder()
        .sender(ownsSender ? new JdkWebhookSender(WebhookNotifier.REQUEST_TIMEOUT) : webhookSender)
        .ownsSender(ownsSender)
        .signer(Optional.ofNullable(webhookSigner))
        .requestTimeout(WebhookNotifier.REQUEST_TIMEOUT)
        .schedule(
            webhookRetrySchedule != null ? webhookRetrySchedule : WebhookRetrySchedule.DEFAULT)
        .guard(
            new AddressGuard(
                webhookAddressPolicy != null
                    ? webhookAddressPolicy
                    : WebhookAddressPolicy.publicOnly(),
                AddressGuard.HostResolver.SYSTEM))
        .scheduler(new ThreadDeliveryScheduler(WEBHOOK_THREADS))
        .clock(effectiveClock)
        .ids(effectiveIds)
        .random(() -> ThreadLocalRandom.current().nextDouble())
        .nanoTime(System::nanoTime)
        .build();
  }

  private Map<Template, ReportTemplate> allTemplates() {
    Map<Template, ReportTemplate> all = new EnumMap<>(Template.class);
    if (!Boolean.FALSE.equals(discovery)) {
      for (ReportTemplate found : ServiceLoader.load(ReportTemplate.class)) {
        ReportTemplate before = all.putIfAbsent(found.id(), found);
        check(
            before == null,
            "two discovered templates have the id %s: %s",
            found.id().wireName(),
            before == null
                ? null
                : before.getClass().getName() + " and " + found.getClass().getName());
      }
    }
    all.putAll(templates);
    return all;
  }

  private Map<String, ReportRenderer> allRenderers() {
    Map<String, ReportRenderer> all = new LinkedHashMap<>();
    if (!Boolean.FALSE.equals(rendererDiscovery)) {
      for (ReportRenderer found : ServiceLoader.load(ReportRenderer.class)) {
        ReportRenderer before = all.putIfAbsent(found.mediaType(), found);
        check(
            before == null,
            "two discovered renderers have the media type %s: %s",
            found.mediaType(),
            before == null
                ? null
                : before.getClass().getName() + " and " + found.getClass().getName());
      }
    }
    all.putAll(renderers);
    return all;
  }

  private Map<TargetStrategy, TargetResolver> allResolvers() {
    Map<TargetStrategy, TargetResolver> all = new EnumMap<>(TargetStrategy.class);
    for (TargetResolver builtIn :
        new TargetResolver[] {
          new DominantResolver(),
          new TimeRangeResolver(),
          new EntityIdResolver(),
          new MagicHintResolver()
        }) {
      all.put(builtIn.strategy(), builtIn);
    }
    all.putAll(resolvers);
    return all;
  }

  /** Event threads: idle ones end after a few seconds, so a quiet engine holds none. */
  private static ExecutorService eventPool(int size) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            size,
            size,
            5,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threads("report-engine-events-"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static void check(boolean ok, String format, Object first, Object... rest) {
    if (!ok) {
      Object[] args = new Object[rest.length + 1];
      args[0] = first;
      System.arraycopy(rest, 0, args, 1, rest.length);
      throw new IllegalStateException(String.format(format, args));
    }
  }
}
