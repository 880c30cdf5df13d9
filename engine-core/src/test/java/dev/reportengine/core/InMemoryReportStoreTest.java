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
  void doesForgetARequestWhenItsJobHasEnded() {
    store.saveRequest("job_1", fullRequest());
    store.saveJob(ended(queued("job_1", T0), JobStatus.SUCCEEDED));

    assertThat(store.request("job_1")).isEmpty();
  }
}
