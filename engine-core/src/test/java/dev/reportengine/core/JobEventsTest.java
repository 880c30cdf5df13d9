package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobEventsTest {

  private static final List<String> HISTORY =
      List.of(
          "queued/-",
          "running/-",
          "running/load_media",
          "running/resolve_target",
          "running/build_report",
          "running/render_markdown",
          "running/render_pdf",
          "running/store",
          "succeeded/store");

  private final List<ReportEngine> engines = new ArrayList<>();

  @AfterEach
  void close() {
    engines.forEach(e -> e.close(Duration.ZERO));
  }

  private ReportEngine engine(ReportEngineBuilder builder) {
    ReportEngine engine =
        builder
            .template(new ScriptedTemplate(c -> {}))
            .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
            .build();
    engines.add(engine);
    return engine;
  }

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  private static String text(JobEvent e) {
    return e.status() + "/" + e.stage().map(JobStage::wireName).orElse("-");
  }

  @Test
  void doesFinishTheJobPromptlyWhenASubscriberIsStuck() throws InterruptedException {
    ReportEngine engine = engine(ReportEngine.builder().parallelism(1));
    CountDownLatch release = new CountDownLatch(1);
    List<JobEvent> slowSaw = Collections.synchronizedList(new ArrayList<>());
    JobHandle job = engine.submit(request());
    job.onEvent(
        e -> {
          slowSaw.add(e);
          awaitQuietly(release);
        });

    job.await(Duration.ofSeconds(20));

    assertThat(job.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
    // Delivery is asynchronous: the stuck subscriber gets its first event at some point, and no
    // more until it is released.
    await().atMost(10, TimeUnit.SECONDS).until(() -> slowSaw.size() == 1);
    JobHandle next = engine.submit(request());
    next.await(Duration.ofSeconds(20));
    assertThat(slowSaw).hasSize(1);
    release.countDown();
    await().atMost(10, TimeUnit.SECONDS).until(() -> slowSaw.size() == HISTORY.size());
    assertThat(slowSaw).extracting(JobEventsTest::text).containsExactlyElementsOf(HISTORY);
  }

  @Test
  void doesDeliverEveryEventOnceInOrderToManySubscribersWhateverWhenTheySubscribe() {
    ReportEngine engine = engine(ReportEngine.builder().parallelism(2));
    List<List<JobEvent>> seen = new ArrayList<>();
    JobHandle job = engine.submit(request());
    for (int i = 0; i < 20; i++) {
      List<JobEvent> mine = Collections.synchronizedList(new ArrayList<>());
      seen.add(mine);
      job.onEvent(mine::add);
    }
    job.await(Duration.ofSeconds(20));
    List<JobEvent> late = Collections.synchronizedList(new ArrayList<>());
    seen.add(late);
    job.onEvent(late::add);

    await()
        .atMost(10, TimeUnit.SECONDS)
        .until(() -> seen.stream().allMatch(s -> s.size() >= HISTORY.size()));
    for (List<JobEvent> one : seen) {
      assertThat(one).extracting(JobEventsTest::text).containsExactlyElementsOf(HISTORY);
    }
  }

  @Test
  void doesHonourDemandAndCompleteAfterTheTerminalEvent() {
    ManualExecutor executor = new ManualExecutor();
    ReportEngine engine =
        engine(
            ReportEngine.builder().executor(executor).parallelism(1).eventExecutor(Runnable::run));
    JobHandle job = engine.submit(request());
    RecordingSubscriber subscriber = new RecordingSubscriber();
    job.events().subscribe(subscriber);
    subscriber.subscription.request(1);
    executor.runAll();

    assertThat(subscriber.events).extracting(JobEventsTest::text).containsExactly("queued/-");
    assertThat(subscriber.completions).hasValue(0);

    subscriber.subscription.request(3);
    assertThat(subscriber.events).hasSize(4);
    subscriber.subscription.request(Long.MAX_VALUE);
    subscriber.subscription.request(Long.MAX_VALUE);

    assertThat(subscriber.events)
        .extracting(JobEventsTest::text)
        .containsExactlyElementsOf(HISTORY);
    assertThat(subscriber.completions).hasValue(1);
    assertThat(subscriber.errors).isEmpty();
  }

  @Test
  void doesSignalAnErrorWhenASubscriberRequestsZero() {
    ReportEngine engine =
        engine(
            ReportEngine.builder()
                .executor(new ManualExecutor())
                .parallelism(1)
                .eventExecutor(Runnable::run));
    RecordingSubscriber subscriber = new RecordingSubscriber();
    engine.submit(request()).events().subscribe(subscriber);

    subscriber.subscription.request(0);

    assertThat(subscriber.errors)
        .singleElement()
        .isInstanceOf(IllegalArgumentException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains("got 0");
  }

  @Test
  void doesStopDeliveringWhenASubscriberCancels() {
    ManualExecutor executor = new ManualExecutor();
    ReportEngine engine =
        engine(
            ReportEngine.builder().executor(executor).parallelism(1).eventExecutor(Runnable::run));
    JobHandle job = engine.submit(request());
    RecordingSubscriber subscriber = new RecordingSubscriber();
    job.events().subscribe(subscriber);
    subscriber.subscription.request(Long.MAX_VALUE);
    subscriber.subscription.cancel();
    executor.runAll();

    assertThat(subscriber.events).hasSize(1);
    assertThat(subscriber.completions).hasValue(0);
  }

  @Test
  void doesReplayTheTerminalEventToASubscriberOfAFinishedJobFromTheStore() {
    ManualExecutor executor = new ManualExecutor();
    ReportEngine engine =
        engine(
            ReportEngine.builder().executor(executor).parallelism(1).eventExecutor(Runnable::run));
    String jobId = engine.submit(request()).jobId();
    executor.runAll();
    List<JobEvent> seen = new ArrayList<>();

    engine.handle(jobId).orElseThrow().onEvent(seen::add);

    assertThat(seen).extracting(JobEventsTest::text).containsExactly("succeeded/store");
  }

  @Test
  void doesLogAListenerThatThrowsAndKeepsCallingIt() {
    java.util.logging.Logger jul =
        java.util.logging.Logger.getLogger("dev.reportengine.core.internal.job.ListenerSubscriber");
    List<java.util.logging.LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    java.util.logging.Handler capture =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord r) {
            logged.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    jul.addHandler(capture);
    try {
      ManualExecutor executor = new ManualExecutor();
      ReportEngine engine =
          engine(
              ReportEngine.builder()
                  .executor(executor)
                  .parallelism(1)
                  .eventExecutor(Runnable::run));
      JobHandle job = engine.submit(request());
      AtomicInteger calls = new AtomicInteger();
      job.onEvent(
          e -> {
            calls.incrementAndGet();
            throw new IllegalStateException("listener bug");
          });
      executor.runAll();

      assertThat(calls.get()).isGreaterThan(1);
      assertThat(logged)
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r.getThrown()).hasMessage("listener bug"));
    } finally {
      jul.removeHandler(capture);
    }
  }

  @Test
  void doesNotRunListenersOnTheWorkerThread() {
    ReportEngine engine = engine(ReportEngine.builder().parallelism(1));
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger count = new AtomicInteger();
    IntStream.range(0, 3)
        .forEach(
            i ->
                engine
                    .submit(request())
                    .onEvent(
                        e -> {
                          threads.add(Thread.currentThread().getName());
                          count.incrementAndGet();
                        }));

    await().atMost(20, TimeUnit.SECONDS).until(() -> count.get() == 3 * HISTORY.size());
    assertThat(threads).allMatch(name -> name.startsWith("report-engine-events-"));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records every signal; requests nothing by itself. */
  static final class RecordingSubscriber implements Flow.Subscriber<JobEvent> {
    final List<JobEvent> events = Collections.synchronizedList(new ArrayList<>());
    final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger completions = new AtomicInteger();
    Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
    }

    @Override
    public void onNext(JobEvent item) {
      events.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
      errors.add(throwable);
    }

    @Override
    public void onComplete() {
      completions.incrementAndGet();
    }
  }
}
