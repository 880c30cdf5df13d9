package dev.reportengine.core;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.Template;
import dev.reportengine.api.Violation;
import dev.reportengine.api.WebhookAttempt;
import dev.reportengine.api.spi.EngineObserver;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.core.internal.job.JobRuntime;
import dev.reportengine.core.internal.render.Rendering;
import dev.reportengine.core.internal.render.WarmUp;
import dev.reportengine.core.internal.webhook.WebhookNotifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/** The {@link ReportEngine} made by {@link ReportEngineBuilder}. */
final class DefaultReportEngine implements ReportEngine {

  private final JobRuntime runtime;
  private final ReportStore store;
  private final Set<Template> templates;
  private final RequestRules rules;
  private final ContractJson json = ContractJson.create();
  private final JsonApi api;
  private final EngineLimits limits;
  private final WebhookNotifier webhooks;
  private final Rendering rendering;
  private final WarmUp warmUp;
  private final Runnable releaseStore;
  private final AtomicBoolean closed = new AtomicBoolean();

  DefaultReportEngine(
      JobRuntime runtime,
      ReportStore store,
      Map<Template, ReportTemplate> templates,
      EngineLimits limits,
      WebhookNotifier webhooks,
      Rendering rendering,
      WarmUp warmUp,
      Runnable releaseStore) {
    this.runtime = runtime;
    this.releaseStore = releaseStore;
    this.rendering = rendering;
    this.warmUp = warmUp;
    this.webhooks = webhooks;
    this.store = store;
    this.templates = Set.copyOf(templates.keySet());
    Map<Template, dev.reportengine.api.spi.ParameterSpec> specs = new EnumMap<>(Template.class);
    templates.forEach((id, t) -> specs.put(id, t.parameters()));
    this.rules = new RequestRules(specs);
    this.limits = limits;
    this.api = new JsonApi(this, json);
  }

  @Override
  public JobHandle submit(CreateReportJobRequest request) {
    return submit(request, SubmitOptions.defaults());
  }

  @Override
  public JobHandle submit(CreateReportJobRequest request, SubmitOptions options) {
    List<Violation> violations = validate(request);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    return runtime.submit(request, options.timeout());
  }

  @Override
  public List<JobHandle> submitAll(List<CreateReportJobRequest> requests) {
    return submitAll(requests, SubmitOptions.defaults());
  }

  @Override
  public List<JobHandle> submitAll(List<CreateReportJobRequest> list, SubmitOptions options) {
    Objects.requireNonNull(list, "requests");
    Objects.requireNonNull(options, "options");
    // A copy: the caller's list may change while it is validated and queued.
    List<CreateReportJobRequest> requests = new ArrayList<>(list);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      CreateReportJobRequest request = requests.get(i);
      if (request == null) {
        violations.add(new Violation("/" + i, "required", "request " + i + " of the list is null"));
        continue;
      }
      for (Violation v : validate(request)) {
        violations.add(
            new Violation("/" + i + v.pointer(), v.code(), "request " + i + ": " + v.message()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    return runtime.submitAll(requests, options.timeout());
  }

  @Override
  public EngineObserver.EngineState state() {
    return runtime.state();
  }

  @Override
  public JobPage jobs(JobQuery query) {
    JobPage page = store.jobs(query);
    return new JobPage(
        page.jobs().stream().map(s -> runtime.liveSnapshot(s.jobId()).orElse(s)).toList(),
        page.nextCursor());
  }

  @Override
  public boolean cancel(String jobId) {
    return runtime.cancel(jobId);
  }

  @Override
  public CreateReportJobRequest parseRequest(String body) {
    return json.readRequest(body, rules, limits.maxRequestBytes());
  }

  @Override
  public List<Violation> validate(CreateReportJobRequest request) {
    return json.validate(request, rules);
  }

  @Override
  public Optional<JobHandle> handle(String jobId) {
    return runtime.handle(jobId);
  }

  @Override
  public Optional<JobSnapshot> job(String jobId) {
    Optional<JobSnapshot> live = runtime.liveSnapshot(jobId);
    return live.isPresent() ? live : store.job(jobId);
  }

  @Override
  public Optional<Report> report(String reportId) {
    return store.report(reportId);
  }

  @Override
  public Optional<Report> reportByJob(String jobId) {
    return job(jobId)
        .filter(s -> s.status() == JobStatus.SUCCEEDED)
        .flatMap(JobSnapshot::reportId)
        .flatMap(store::report);
  }

  @Override
  public Optional<byte[]> pdf(String reportId) {
    return rendering.artifact(reportId, Rendering.PDF);
  }

  @Override
  public Optional<byte[]> document(String reportId, String mediaType) {
    return rendering.artifact(reportId, mediaType);
  }

  @Override
  public PdfMode pdfMode() {
    return rendering.mode();
  }

  @Override
  public List<WebhookAttempt> webhookDeliveries(String jobId) {
    return webhooks.attempts(jobId);
  }

  @Override
  public Set<Template> templates() {
    return templates;
  }

  @Override
  public JsonApi api() {
    return api;
  }

  @Override
  public void close(Duration grace) {
    if (closed.compareAndSet(false, true)) {
      long started = System.nanoTime();
      try {
        runtime.close(grace);
      } finally {
        Duration left = grace.minusNanos(System.nanoTime() - started);
        try {
          webhooks.close(left.isNegative() ? Duration.ZERO : left);
        } finally {
          left = grace.minusNanos(System.nanoTime() - started);
          try {
            warmUp.close(left.isNegative() ? Duration.ZERO : left);
          } finally {
            releaseStore.run();
          }
        }
      }
    }
  }

  @Override
  public void close() {
    close(limits.shutdownGrace());
  }
}
