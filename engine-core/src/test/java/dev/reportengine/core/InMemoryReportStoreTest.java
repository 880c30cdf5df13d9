package dev.reportengine.core;

import static dev.reportengine.core.StoreSamples.T0;
import static dev.reportengine.core.StoreSamples.ended;
import static dev.reportengine.core.StoreSamples.fullRequest;
import static dev.reportengine.core.StoreSamples.queued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.spi.ReportStore;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the in-memory store does beyond the store contract (engine-testkit's {@code
 * InMemoryReportStoreContractTest} runs the contract against it).
 */
class InMemoryReportStoreTest {

  private ReportStore store;

  @BeforeEach
  void open() {
    store = ReportStores.inMemory();
  }

  @Test
  void doesNotSayItIsDurable() {
    assertThat(store.isDurable()).isFalse();
  }

  @Test
  void doesNeverEvictAJobThatHasNotEndedWhenTheBoundIsReached() {
    ReportStore small = ReportStores.inMemory(3, Duration.ofHours(1));
    IntStream.range(0, 50).forEach(i -> small.saveJob(queued("job_q" + i, T0.plusSeconds(i))));
    IntStream.range(0, 50)
        .forEach(
            i -> small.saveJob(ended(queued("job_s" + i, T0.plusSeconds(i)), JobStatus.FAILED)));

    ((dev.reportengine.core.internal.store.InMemoryReportStore) small).cleanUp();
    assertThat(
            small.jobs(JobQuery.all().withLimit(1000)).jobs().stream()
                .filter(j -> !j.status().isTerminal()))
        .hasSize(50);
    assertThat(
            small.jobs(JobQuery.all().withLimit(1000)).jobs().stream()
                .filter(j -> j.status().isTerminal()))
        .hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void doesItsEvictionOnTheWritingThreadSoTheBoundHoldsRightAfterAWrite() {
    // No cleanUp(): the caches' upkeep runs in the write itself, not later on the common pool
    // (which a 25 ms job woke for each write, at about 0.2 ms of CPU a job).
    ReportStore small = ReportStores.inMemory(3, Duration.ofHours(1));
    for (int i = 0; i < 50; i++) {
      small.saveJob(ended(queued("job_e" + i, T0.plusSeconds(i)), JobStatus.SUCCEEDED));
      assertThat(small.jobs(JobQuery.all().withLimit(1000)).jobs()).hasSizeLessThanOrEqualTo(3);
    }
  }

  @Test
  void doesForgetARequestWhenItsJobHasEnded() {
    store.saveRequest("job_1", fullRequest());
    store.saveJob(ended(queued("job_1", T0), JobStatus.SUCCEEDED));

    assertThat(store.request("job_1")).isEmpty();
  }

  @Test
  void doesReadAndListEachJobOnceWithItsLatestSnapshotAsItEnds() {
    var queued = queued("job_1", T0);
    var running =
        queued.toBuilder()
            .status(JobStatus.RUNNING)
            .startedAt(T0)
            .estimatedWaitSec(java.util.OptionalDouble.empty())
            .build();
    var succeeded = ended(running, JobStatus.SUCCEEDED);

    store.saveJob(queued);
    assertThat(store.job("job_1")).contains(queued);
    store.saveJob(running);
    assertThat(store.job("job_1")).contains(running);
    assertThat(store.jobs(JobQuery.all()).jobs()).containsExactly(running);
    store.saveJob(succeeded);

    assertThat(store.job("job_1")).contains(succeeded);
    assertThat(store.jobs(JobQuery.all()).jobs()).containsExactly(succeeded);
  }

  @Test
  void doesReplaceAnEndedJobWithTheSnapshotOfARerunAndKeepItPastTheBound() {
    ReportStore small = ReportStores.inMemory(1, Duration.ofHours(1));
    var first = ended(queued("job_1", T0), JobStatus.FAILED);
    var rerun = queued("job_1", T0);
    small.saveJob(first);
    small.saveJob(rerun);
    IntStream.range(0, 20)
        .forEach(i -> small.saveJob(ended(queued("job_e" + i, T0), JobStatus.FAILED)));

    ((dev.reportengine.core.internal.store.InMemoryReportStore) small).cleanUp();
    assertThat(small.job("job_1")).contains(rerun);
    assertThat(
            small.jobs(JobQuery.all().withLimit(1000)).jobs().stream()
                .filter(j -> j.jobId().equals("job_1")))
        .containsExactly(rerun);
  }
}
