package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.Block;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.OverloadedException;
import dev.reportengine.api.Report;
import dev.reportengine.api.Section;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.JobCanceledException;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.ReportEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several engines in one JVM, each with its own connection pool, on one PostgreSQL database: the
 * claim queue runs every job once, and cancel on one engine stops a job running on another.
 */
class PostgresReplicasTest {

  private static final ClaimSettings FAST = SharedDatabase.FAST;

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();

  /** Template executions per media id (one media id per job), over all engines. */
  private final Map<String, AtomicInteger> builds = new ConcurrentHashMap<>();

  /** Counted down by a blocking template when its cancellation token stops it. */
  private final CountDownLatch workerStopped = new CountDownLatch(1);

  private static ReportEngine engine(String name, int workers, ReportTemplate template) {
    return shared.engine(name, template, b -> b.parallelism(workers).claimSettings(FAST));
  }

  private static CreateReportJobRequest request(String mediaId) {
    return CreateReportJobRequest.of(mediaId, Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  @Test
  void doesRunEveryJobExactlyOnceOnThreeEnginesSharingOneDatabase() {
    int jobs = 1000;
    Map<String, AtomicInteger> perEngine = new ConcurrentHashMap<>();
    List<ReportEngine> three =
        List.of(
            engine("engine-a", 4, new Counting("a", perEngine)),
            engine("engine-b", 4, new Counting("b", perEngine)),
            engine("engine-c", 4, new Counting("c", perEngine)));
    List<JobHandle> handles = new ArrayList<>();
    long began = System.nanoTime();
    for (int i = 0; i < jobs; i++) {
      handles.add(three.get(i % 3).submit(request("media-" + i)));
    }
    for (JobHandle handle : handles) {
      Report report = handle.await(Duration.ofMinutes(2));
      assertThat(report.jobId()).contains(handle.jobId());
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

    PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());
    for (JobHandle handle : handles) {
      JobSnapshot saved = store.job(handle.jobId()).orElseThrow();
      assertThat(saved.status()).isEqualTo(JobStatus.SUCCEEDED);
      assertThat(store.report(saved.reportId().orElseThrow())).isPresent();
    }
    long duplicates = builds.values().stream().filter(n -> n.get() > 1).count();
    assertThat(duplicates).isZero();
    assertThat(builds).hasSize(jobs);
    assertThat(builds.values()).allMatch(n -> n.get() == 1);
    assertThat(perEngine.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(jobs);
    assertThat(perEngine).as("every engine ran jobs").containsKeys("a", "b", "c");
    System.out.println(
        jobs
            + " jobs on 3 engines in "
            + ms
            + " ms; runs per engine "
            + perEngine
            + "; jobs built more than once: "
            + duplicates);
  }

  /**
   * A worker that ends a job claims the next one in the same statement ({@code
   * JobClaims.saveEndingAndClaim}) rather than in a poll after it: on an engine of one worker whose
   * polls are a minute apart, 30 jobs queued before it starts all run, with at most the claims of
   * its first poll and of the poll its LISTEN connection starts with.
   */
  @Test
  void doesClaimTheNextJobWithTheEndOfTheLastRatherThanInAPoll() {
    Map<String, AtomicInteger> perEngine = new ConcurrentHashMap<>();
    ReportEngine submitter =
        shared.engine(
            "submitter",
            new Counting("submitter", perEngine),
            b -> b.resumeJobs(false).claimSettings(FAST));
    List<JobHandle> handles = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      handles.add(submitter.submit(request("media-" + i)));
    }
    Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    shared.engine(
        "worker",
        pool -> counting(new PostgresReportStore(pool), calls),
        new Counting("worker", perEngine),
        b ->
            b.parallelism(1)
                .claimSettings(
                    new ClaimSettings(
                        Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMinutes(1))));

    for (JobHandle handle : handles) {
      handle.await(Duration.ofMinutes(1));
    }

    assertThat(perEngine).containsOnlyKeys("worker");
    assertThat(perEngine.get("worker")).hasValue(30);
    assertThat(calls.get("saveEndingAndClaim")).hasValue(30);
    assertThat(calls.getOrDefault("claim", new AtomicInteger()).get()).isBetween(1, 2);
  }

  /**
   * {@code store} behind a proxy of all its interfaces that counts the calls of {@code
   * saveEndingAndClaim} and of the claim of queued jobs ({@code claim(owner, lease, max)}).
   */
  private static dev.reportengine.api.spi.ReportStore counting(
      PostgresReportStore store, Map<String, AtomicInteger> calls) {
    return (dev.reportengine.api.spi.ReportStore)
        java.lang.reflect.Proxy.newProxyInstance(
            PostgresReplicasTest.class.getClassLoader(),
            PostgresReportStore.class.getInterfaces(),
            (proxy, method, args) -> {
              boolean claimQueued =
                  method.getName().equals("claim") && method.getParameterTypes()[2] == int.class;
              if (claimQueued || method.getName().equals("saveEndingAndClaim")) {
                calls.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
              }
              try {
                return method.invoke(store, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void doesCancelOnOneEngineAJobRunningOnAnother() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Map<String, String> ranOn = new ConcurrentHashMap<>();
    ReportEngine a = engine("engine-a", 2, new Blocking("a", started, ranOn));
    ReportEngine b = engine("engine-b", 2, new Blocking("b", started, ranOn));
    String jobId = a.submit(request("block-1")).jobId();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    String runner = ranOn.get("block-1");
    ReportEngine owner = runner.equals("a") ? a : b;
    ReportEngine other = owner == a ? b : a;
    JobHandle followed = other.handle(jobId).orElseThrow();

    assertThat(other.cancel(jobId)).isTrue();

    assertThat(workerStopped.await(30, TimeUnit.SECONDS))
        .as("the template running on the owner saw the cancel and stopped")
        .isTrue();
    assertThatThrownBy(() -> followed.await(Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(
            JobFailedException.class,
            e -> assertThat(e.error().code()).isEqualTo(ErrorCode.CANCELED));
    assertThatThrownBy(() -> owner.handle(jobId).orElseThrow().await(Duration.ofSeconds(30)))
        .isInstanceOf(JobFailedException.class);
    JobSnapshot saved = new PostgresReportStore(shared.db().dataSource()).job(jobId).orElseThrow();
    assertThat(saved.status()).isEqualTo(JobStatus.CANCELED);
    assertThat(other.job(jobId).orElseThrow().status()).isEqualTo(JobStatus.CANCELED);
    assertThat(ranOn).hasSize(1);
  }

  @Test
  void doesCancelAQueuedJobFromAnEngineThatRunsNone() {
    ReportEngine submitOnly = submitOnly();
    JobHandle handle = submitOnly.submit(request("queued-1"));
    assertThat(submitOnly.job(handle.jobId()).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);

    assertThat(submitOnly.cancel(handle.jobId())).isTrue();

    assertThatThrownBy(() -> handle.await(Duration.ofSeconds(10)))
        .isInstanceOf(JobFailedException.class);
    assertThat(submitOnly.job(handle.jobId()).orElseThrow().status()).isEqualTo(JobStatus.CANCELED);
    assertThat(builds).isEmpty();
  }

  /** An engine with resumeJobs(false): it submits, follows and cancels jobs but claims none. */
  private ReportEngine submitOnly() {
    return submitOnly(EngineLimits.DEFAULTS, FAST);
  }

  private ReportEngine submitOnly(EngineLimits limits, ClaimSettings settings) {
    return shared.engine(
        "submit-only",
        new Counting("x", new ConcurrentHashMap<>()),
        b -> b.parallelism(1).claimSettings(settings).limits(limits).resumeJobs(false));
  }

  @Test
  void doesRefuseASubmitOnAnyEngineOnceTheSharedQueueIsAtItsBound() {
    EngineLimits three = EngineLimits.DEFAULTS.withMaxQueuedJobs(3);
    ReportEngine first = submitOnly(three, FAST);
    ReportEngine second = submitOnly(three, FAST);
    first.submit(request("q-1"));
    second.submit(request("q-2"));
    first.submit(request("q-3"));

    for (ReportEngine engine : List.of(first, second)) {
      assertThatThrownBy(() -> engine.submit(request("q-4")))
          .isInstanceOfSatisfying(
              OverloadedException.class,
              e -> {
                assertThat(e.getMessage()).contains("shared queue is full (3 jobs queued");
                assertThat(e.retryAfterSec()).isPositive();
              });
    }
    assertThat(shared.db().queryText("SELECT count(*) FROM reportengine_jobs")).isEqualTo("3");
    assertThat(first.cancel(shared.db().queryText("SELECT min(id) FROM reportengine_jobs")))
        .isTrue();
    assertThat(second.submit(request("q-4")).jobId()).isNotBlank();
  }

  @Test
  void doesStopAJobWhoseLeaseWasLostWithoutSavingItsOutcome() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    ReportEngine a = engine("engine-a", 1, new Blocking("a", started, new ConcurrentHashMap<>()));
    JobHandle handle = a.submit(request("block-2"));
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    // As if a's lease had expired and another engine had claimed the job meanwhile.
    shared
        .db()
        .execute(
            "UPDATE reportengine_jobs SET owner = 'engine-z' WHERE id = '" + handle.jobId() + "'");

    assertThatThrownBy(() -> handle.await(Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(
            JobFailedException.class,
            e -> assertThat(e.error().code()).isEqualTo(ErrorCode.UNAVAILABLE));
    Thread.sleep(500);
    JobSnapshot saved =
        new PostgresReportStore(shared.db().dataSource()).job(handle.jobId()).orElseThrow();
    assertThat(saved.status())
        .as("a saved nothing after losing the lease")
        .isEqualTo(JobStatus.RUNNING);
    assertThat(
            shared
                .db()
                .queryText(
                    "SELECT owner || ' ' || status FROM reportengine_jobs WHERE id = '"
                        + handle.jobId()
                        + "'"))
        .isEqualTo("engine-z running");
    assertThat(new PostgresReportStore(shared.db().dataSource()).events(handle.jobId()))
        .as("nor any event after losing it")
        .extracting(JobEvent::status)
        .doesNotContain(JobStatus.FAILED);
  }

  @Test
  void doesRunAgainOnAnotherEngineAJobWhoseOwnerStoppedHeartbeating() {
    ReportEngine submitOnly = submitOnly();
    JobHandle handle = submitOnly.submit(request("orphan-1"));
    PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());
    // An engine that claims the job, then dies: it never heartbeats.
    assertThat(store.claim(handle.jobId(), "dead-engine", Duration.ofMillis(300))).isPresent();

    Map<String, AtomicInteger> perEngine = new ConcurrentHashMap<>();
    engine("engine-b", 2, new Counting("b", perEngine));

    Report report = handle.await(Duration.ofSeconds(30));
    assertThat(report.jobId()).contains(handle.jobId());
    assertThat(store.job(handle.jobId()).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(builds.get("orphan-1")).hasValue(1);
    assertThat(perEngine.get("b")).hasValue(1);
    assertThat(
            shared
                .db()
                .queryText(
                    "SELECT attempt || ' ' || owner FROM reportengine_jobs WHERE id = '"
                        + handle.jobId()
                        + "'"))
        .startsWith("2 engine-");
  }

  @Test
  void doesFailAJobWhoseLeaseExpiredTheLastAllowedTimeInsteadOfRunningItAgain() throws Exception {
    // Every engine on the database must allow the same number of expiries.
    ClaimSettings twoExpiries =
        new ClaimSettings(Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofMillis(100), 2);
    ReportEngine submitOnly = submitOnly(EngineLimits.DEFAULTS, twoExpiries);
    JobHandle handle = submitOnly.submit(request("poison-1"));
    PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());
    // Two engines claim the job and die in turn; the second expiry is the last one allowed.
    assertThat(store.claim(handle.jobId(), "dead-1", Duration.ofMillis(1))).isPresent();
    Thread.sleep(20);
    store.requeueExpired(2); // Unless the submitting engine's heartbeat did it first.
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (store.claim(handle.jobId(), "dead-2", Duration.ofMillis(300)).isEmpty()
        && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(shared.db().queryText("SELECT owner FROM reportengine_jobs")).isEqualTo("dead-2");
    shared.engine(
        "engine-b",
        new Counting("b", new ConcurrentHashMap<>()),
        b -> b.parallelism(2).claimSettings(twoExpiries));

    assertThatThrownBy(() -> handle.await(Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(
            JobFailedException.class,
            e -> {
              assertThat(e.error().code()).isEqualTo(ErrorCode.INTERNAL);
              assertThat(e.error().message())
                  .contains("given up: its lease expired 2 times (ClaimSettings.maxLeaseExpiries)");
            });
    assertThat(store.job(handle.jobId()).orElseThrow().status()).isEqualTo(JobStatus.FAILED);
    assertThat(builds).as("not run again").isEmpty();
  }

  /** Media for any id: two speakers, one line each. */
  static final class AnyMedia implements MediaSource {
    @Override
    public Optional<Media> load(MediaQuery query) {
      return Optional.of(
          new Media(
              query.mediaId(),
              10,
              Optional.empty(),
              Optional.of("en"),
              List.of(Entity.of("ann", "Ann"), Entity.of("bob", "Bob")),
              List.of(
                  Utterance.of("ann", 0, 6, "Hello Bob, how is the quarter going?"),
                  Utterance.of("bob", 6.5, 8, "Fine.")),
              List.of()));
    }
  }

  /** A template that counts its builds per media id (so per job) and per engine. */
  private class Counting implements ReportTemplate {
    private final String engine;
    private final Map<String, AtomicInteger> perEngine;

    Counting(String engine, Map<String, AtomicInteger> perEngine) {
      this.engine = engine;
      this.perEngine = perEngine;
    }

    @Override
    public Template id() {
      return Template.GENERAL_REPORT;
    }

    @Override
    public String title() {
      return "Counting report";
    }

    @Override
    public ParameterSpec parameters() {
      return ParameterSpec.none();
    }

    @Override
    public ReportContent build(TemplateContext context) {
      builds.computeIfAbsent(context.media().id(), k -> new AtomicInteger()).incrementAndGet();
      perEngine.computeIfAbsent(engine, k -> new AtomicInteger()).incrementAndGet();
      return new ReportContent(
          "Counted.",
          List.of(new Section("One", Block.Text.of("Built once."))),
          Map.of("builds", JsonValue.of(1)),
          JsonValue.JsonObject.builder().put("engine", engine).build());
    }
  }

  /** A template that blocks until its job is canceled, saying which engine runs it. */
  private class Blocking extends Counting {
    private final String engine;
    private final CountDownLatch started;
    private final Map<String, String> ranOn;

    Blocking(String engine, CountDownLatch started, Map<String, String> ranOn) {
      super(engine, new ConcurrentHashMap<>());
      this.engine = engine;
      this.started = started;
      this.ranOn = ranOn;
    }

    @Override
    public ReportContent build(TemplateContext context) {
      ranOn.put(context.media().id(), engine);
      started.countDown();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < until) {
        try {
          context.cancellation().throwIfCanceled();
        } catch (JobCanceledException e) {
          workerStopped.countDown();
          throw e;
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new JobCanceledException();
        }
      }
      return super.build(context);
    }
  }
}
