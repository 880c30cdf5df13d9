package dev.reportengine.core.internal.job;

import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.EngineObserver;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TargetResolver;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.MarkdownRenderer;
import dev.reportengine.core.internal.render.Rendering;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * What a {@link JobRuntime} runs jobs with. Built by name with {@link #builder()}; a null, a
 * missing part or a value out of range throws an {@link IllegalArgumentException} that names the
 * part.
 *
 * @param executor the pool that runs jobs
 * @param ownsExecutor whether close shuts the executor down (the engine's own pool)
 * @param parallelism how many jobs run at once, at least 1
 * @param delivery where job events are delivered to listeners
 * @param ownedDelivery the event pool that close shuts down, when the engine made it
 * @param scheduler runs deadline sweeps and claim polls
 * @param mediaSource resolves media ids
 * @param resolvers the target resolver of each strategy
 * @param templates the templates by id
 * @param markdown renders reports to Markdown
 * @param rendering the document renderers and their mode
 * @param store keeps jobs, reports and documents
 * @param clock the time of job events
 * @param ids new job and report ids
 * @param limits queue, deadline and size limits
 * @param terminalListener told of every job that ends (the webhook notifier)
 * @param claimSettings the claim queue's poll, lease and heartbeat
 * @param observer told of jobs and stages
 */
public record JobRuntimeConfig(
    ExecutorService executor,
    boolean ownsExecutor,
    int parallelism,
    Executor delivery,
    Optional<ExecutorService> ownedDelivery,
    ScheduledExecutorService scheduler,
    MediaSource mediaSource,
    Map<TargetStrategy, TargetResolver> resolvers,
    Map<Template, ReportTemplate> templates,
    MarkdownRenderer markdown,
    Rendering rendering,
    ReportStore store,
    Clock clock,
    Supplier<String> ids,
    EngineLimits limits,
    TerminalListener terminalListener,
    ClaimSettings claimSettings,
    EngineObserver observer) {

  /**
   * Checks that every required part is set.
   *
   * @throws IllegalArgumentException naming every part that is null, or a value out of range
   */
  public JobRuntimeConfig {
    List<String> missing = new ArrayList<>();
    Object[] values = {
      executor,
      delivery,
      ownedDelivery,
      scheduler,
      mediaSource,
      resolvers,
      templates,
      markdown,
      rendering,
      store,
      clock,
      ids,
      limits,
      terminalListener,
      claimSettings,
      observer
    };
    String[] names = {
      "executor",
      "delivery",
      "ownedDelivery",
      "scheduler",
      "mediaSource",
      "resolvers",
      "templates",
      "markdown",
      "rendering",
      "store",
      "clock",
      "ids",
      "limits",
      "terminalListener",
      "claimSettings",
      "observer"
    };
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        missing.add(names[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "JobRuntimeConfig: not set: " + String.join(", ", missing));
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException(
          "JobRuntimeConfig: parallelism must be at least 1, was " + parallelism);
    }
  }

  /** A builder with nothing set but the defaults named on its setters. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sets each part of the runtime by name; a null is refused at once, a missing part at {@link
   * #build}, both with an {@link IllegalArgumentException} naming the part.
   */
  public static final class Builder {

    private ExecutorService executor;
    private boolean ownsExecutor;
    private int parallelism;
    private Executor delivery;
    private Optional<ExecutorService> ownedDelivery = Optional.empty();
    private ScheduledExecutorService scheduler;
    private MediaSource mediaSource;
    private Map<TargetStrategy, TargetResolver> resolvers;
    private Map<Template, ReportTemplate> templates;
    private MarkdownRenderer markdown;
    private Rendering rendering;
    private ReportStore store;
    private Clock clock;
    private Supplier<String> ids;
    private EngineLimits limits;
    private TerminalListener terminalListener;
    private ClaimSettings claimSettings = ClaimSettings.DEFAULTS;
    private EngineObserver observer = EngineObserver.NONE;

    private Builder() {}

    /** Sets {@code executor}: the pool that runs jobs; required. */
    public Builder executor(ExecutorService value) {
      this.executor = notNull(value, "executor");
      return this;
    }

    /**
     * Sets {@code ownsExecutor}: whether close shuts the executor down (the engine's own pool);
     * default false.
     */
    public Builder ownsExecutor(boolean value) {
      this.ownsExecutor = value;
      return this;
    }

    /** Sets {@code parallelism}: how many jobs run at once, at least 1; required. */
    public Builder parallelism(int value) {
      if (value < 1) {
        throw new IllegalArgumentException(
            "JobRuntimeConfig: parallelism must be at least 1, was " + value);
      }
      this.parallelism = value;
      return this;
    }

    /** Sets {@code delivery}: where job events are delivered to listeners; required. */
    public Builder delivery(Executor value) {
      this.delivery = notNull(value, "delivery");
      return this;
    }

    /**
     * Sets {@code ownedDelivery}: the event pool that close shuts down, when the engine made it;
     * default empty.
     */
    public Builder ownedDelivery(Optional<ExecutorService> value) {
      this.ownedDelivery = notNull(value, "ownedDelivery");
      return this;
    }

    /** Sets {@code scheduler}: runs deadline sweeps and claim polls; required. */
    public Builder scheduler(ScheduledExecutorService value) {
      this.scheduler = notNull(value, "scheduler");
      return this;
    }

    /** Sets {@code mediaSource}: resolves media ids; required. */
    public Builder mediaSource(MediaSource value) {
      this.mediaSource = notNull(value, "mediaSource");
      return this;
    }

    /** Sets {@code resolvers}: the target resolver of each strategy; required. */
    public Builder resolvers(Map<TargetStrategy, TargetResolver> value) {
      this.resolvers = notNull(value, "resolvers");
      return this;
    }

    /** Sets {@code templates}: the templates by id; required. */
    public Builder templates(Map<Template, ReportTemplate> value) {
      this.templates = notNull(value, "templates");
      return this;
    }

    /** Sets {@code markdown}: renders reports to Markdown; required. */
    public Builder markdown(MarkdownRenderer value) {
      this.markdown = notNull(value, "markdown");
      return this;
    }

    /** Sets {@code rendering}: the document renderers and their mode; required. */
    public Builder rendering(Rendering value) {
      this.rendering = notNull(value, "rendering");
      return this;
    }

    /** Sets {@code store}: keeps jobs, reports and documents; required. */
    public Builder store(ReportStore value) {
      this.store = notNull(value, "store");
      return this;
    }

    /** Sets {@code clock}: the time of job events; required. */
    public Builder clock(Clock value) {
      this.clock = notNull(value, "clock");
      return this;
    }

    /** Sets {@code ids}: new job and report ids; required. */
    public Builder ids(Supplier<String> value) {
      this.ids = notNull(value, "ids");
      return this;
    }

    /** Sets {@code limits}: queue, deadline and size limits; required. */
    public Builder limits(EngineLimits value) {
      this.limits = notNull(value, "limits");
      return this;
    }

    /**
     * Sets {@code terminalListener}: told of every job that ends (the webhook notifier); required.
     */
    public Builder terminalListener(TerminalListener value) {
      this.terminalListener = notNull(value, "terminalListener");
      return this;
    }

    /**
     * Sets {@code claimSettings}: the claim queue's poll, lease and heartbeat; default {@link
     * ClaimSettings#DEFAULTS}.
     */
    public Builder claimSettings(ClaimSettings value) {
      this.claimSettings = notNull(value, "claimSettings");
      return this;
    }

    /** Sets {@code observer}: told of jobs and stages; default {@link EngineObserver#NONE}. */
    public Builder observer(EngineObserver value) {
      this.observer = notNull(value, "observer");
      return this;
    }

    /** The JobRuntimeConfig; see the record's constructor for what it checks. */
    public JobRuntimeConfig build() {
      return new JobRuntimeConfig(
          executor,
          ownsExecutor,
          parallelism,
          delivery,
          ownedDelivery,
          scheduler,
          mediaSource,
          resolvers,
          templates,
          markdown,
          rendering,
          store,
          clock,
          ids,
          limits,
          terminalListener,
          claimSettings,
          observer);
    }

    private static <T> T notNull(T value, String name) {
      if (value == null) {
        throw new IllegalArgumentException("JobRuntimeConfig: " + name + " must not be null");
      }
      return value;
    }
  }
}
