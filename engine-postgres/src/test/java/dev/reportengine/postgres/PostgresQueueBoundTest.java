package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.OverloadedException;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.ReportEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared queue bound ({@code JobClaims.enqueue}) under concurrent submits from three engines.
 */
class PostgresQueueBoundTest {

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();

  private static final int BOUND = 20;
  private static final int THREADS_PER_ENGINE = 8;
  private static final int SUBMITS_PER_THREAD = 10;

  private static ReportEngine submitOnly(String name) {
    return shared.engine(
        name,
        new ReplicaChild.Slow(1),
        b ->
            b.parallelism(1)
                .claimSettings(SharedDatabase.FAST)
                .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(BOUND))
                .resumeJobs(false));
  }

  private static long count(String sql) {
    return Long.parseLong(shared.db().queryText(sql));
  }

  @Test
  void doesQueueExactlyTheBoundWhenThreeEnginesSubmitAtOnce() throws Exception {
    List<ReportEngine> engines =
        List.of(submitOnly("engine-a"), submitOnly("engine-b"), submitOnly("engine-c"));
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(engines.size() * THREADS_PER_ENGINE);
    List<Future<?>> done = new ArrayList<>();
    for (ReportEngine engine : engines) {
      for (int t = 0; t < THREADS_PER_ENGINE; t++) {
        done.add(
            threads.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < SUBMITS_PER_THREAD; i++) {
                    try {
                      engine.submit(
                          CreateReportJobRequest.of(
                              "media", Template.GENERAL_REPORT, TargetSpec.dominant()));
                      accepted.incrementAndGet();
                    } catch (OverloadedException e) {
                      refused.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    threads.shutdown();

    int attempts = engines.size() * THREADS_PER_ENGINE * SUBMITS_PER_THREAD;
    assertThat(accepted.get()).isEqualTo(BOUND);
    assertThat(refused.get()).isEqualTo(attempts - BOUND);
    assertThat(count("SELECT count(*) FROM reportengine_jobs WHERE status = 'queued'"))
        .isEqualTo(BOUND);
    // A refused submit leaves nothing behind: one request and one queued event per queued job.
    assertThat(count("SELECT count(*) FROM reportengine_requests")).isEqualTo(BOUND);
    assertThat(count("SELECT count(*) FROM reportengine_events WHERE status = 'queued'"))
        .isEqualTo(BOUND);
  }

  @Test
  void doesAcceptASubmitAgainOnceAQueuedJobLeftTheQueue() {
    ReportEngine a = submitOnly("engine-a");
    ReportEngine b = submitOnly("engine-b");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < BOUND; i++) {
      ids.add(
          (i % 2 == 0 ? a : b)
              .submit(
                  CreateReportJobRequest.of(
                      "media", Template.GENERAL_REPORT, TargetSpec.dominant()))
              .jobId());
    }
    CreateReportJobRequest one =
        CreateReportJobRequest.of("media", Template.GENERAL_REPORT, TargetSpec.dominant());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.submit(one))
        .isInstanceOf(OverloadedException.class)
        .hasMessageContaining("shared queue is full (" + BOUND + " jobs queued");

    assertThat(a.cancel(ids.get(1))).isTrue();

    assertThat(b.submit(one).jobId()).isNotBlank();
    assertThat(count("SELECT count(*) FROM reportengine_jobs WHERE status = 'queued'"))
        .isEqualTo(BOUND);
  }
}
