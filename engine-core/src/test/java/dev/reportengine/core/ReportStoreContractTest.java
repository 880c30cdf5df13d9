package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.OnMiss;
import dev.reportengine.api.OutputSpec;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ReportStore} keeps, run against each store by a subclass (the way
 * JobRunr's {@code StorageProviderTest} runs against every storage provider).
 */
abstract class ReportStoreContractTest {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  protected ReportStore store;

  /** A new, empty store. */
  protected abstract ReportStore newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  static JobSnapshot queued(String id, Instant createdAt) {
    return new JobSnapshot(
        id,
        JobStatus.QUEUED,
        Optional.empty(),
        0,
        createdAt,
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.of(1.5),
        Optional.empty(),
        Optional.empty());
  }

  static JobSnapshot ended(JobSnapshot s, JobStatus status) {
    return new JobSnapshot(
        s.jobId(),
        status,
        Optional.of(JobStage.BUILD_REPORT),
        status == JobStatus.SUCCEEDED ? 1 : 0.5,
        s.createdAt(),
        Optional.of(s.createdAt().plusSeconds(1)),
        Optional.of(s.createdAt().plusSeconds(3)),
        OptionalDouble.empty(),
        status == JobStatus.SUCCEEDED ? Optional.of("rep_" + s.jobId()) : Optional.empty(),
        status == JobStatus.SUCCEEDED
            ? Optional.empty()
            : Optional.of(new JobError(ErrorCode.TEMPLATE_FAILED, "failed \"badly\" ünï")));
  }

  static CreateReportJobRequest fullRequest() {
    return new CreateReportJobRequest(
        "call-ü",
        new OutputSpec(Template.GENERAL_REPORT, Map.of("max_quotes", JsonValue.of(3))),
        TargetSpec.magicHint("the seller").withOnMiss(OnMiss.FALLBACK_DOMINANT),
        Optional.of("Label"),
        Optional.of("Maria"),
        Optional.of(new Webhook("https://hooks.example.com/x", Map.of("X-Token", "secret"))),
        Optional.of("key-1"));
  }

  @Nested
  class Jobs {

    @Test
    void doesReturnTheLatestSnapshotWhenAJobIsSavedTwice() {
      JobSnapshot first = queued("job_1", T0);
      store.saveJob(first);
      JobSnapshot last = ended(first, JobStatus.FAILED);
      store.saveJob(last);

      assertThat(store.job("job_1")).contains(last);
      assertThat(store.job("job_2")).isEmpty();
    }

    @Test
    void doesListNewestFirstWhenJobsHaveDifferentCreationTimes() {
      for (int i = 0; i < 5; i++) {
        store.saveJob(queued("job_" + i, T0.plusSeconds(i)));
      }

      assertThat(store.jobs(JobQuery.all()).jobs())
          .extracting(JobSnapshot::jobId)
          .containsExactly("job_4", "job_3", "job_2", "job_1", "job_0");
    }

    @Test
    void doesFilterByStatusWhenTheQueryNamesStatuses() {
      store.saveJob(queued("job_q", T0));
      store.saveJob(ended(queued("job_s", T0.plusSeconds(1)), JobStatus.SUCCEEDED));
      store.saveJob(ended(queued("job_f", T0.plusSeconds(2)), JobStatus.FAILED));

      JobPage page =
          store.jobs(JobQuery.all().withStatuses(Set.of(JobStatus.QUEUED, JobStatus.FAILED)));

      assertThat(page.jobs()).extracting(JobSnapshot::jobId).containsExactly("job_f", "job_q");
      assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void doesPageThroughEveryJobOnceWhenFollowingCursors() {
      IntStream.range(0, 23)
          .forEach(i -> store.saveJob(queued("job_" + (100 + i), T0.plusSeconds(i % 4))));
      List<String> seen = new ArrayList<>();
      JobQuery query = JobQuery.all().withLimit(5);
      JobPage page = store.jobs(query);
      seen.addAll(page.jobs().stream().map(JobSnapshot::jobId).toList());
      while (page.nextCursor().isPresent()) {
        page = store.jobs(query.withCursor(page.nextCursor().get()));
        seen.addAll(page.jobs().stream().map(JobSnapshot::jobId).toList());
      }

      assertThat(seen).hasSize(23).doesNotHaveDuplicates();
      assertThat(seen.get(0)).isEqualTo("job_119");
    }

    @Test
    void doesRefuseACursorItDidNotMake() {
      assertThatThrownBy(() -> store.jobs(JobQuery.all().withCursor("not-a-cursor")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cursor [not-a-cursor]");
    }
  }

  @Nested
  class Requests {

    @Test
    void doesReturnTheSameRequestWhenSaved() {
      store.saveRequest("job_1", fullRequest());

      assertThat(store.request("job_1")).contains(fullRequest());
      assertThat(store.request("job_2")).isEmpty();
    }
  }

  @Nested
  class Reports {

    @Test
    void doesReturnAnEqualReportWhenSaved() {
      Report report = Fixtures.fullReport();
      store.saveReport(report);

      assertThat(store.report(report.id())).contains(report);
      assertThat(store.report("rep_missing")).isEmpty();
    }

    @Test
    void doesKeepOneReportWhenTheSameIdIsSavedAgain() {
      store.saveReport(Fixtures.minimalReport());
      store.saveReport(Fixtures.minimalReport());

      assertThat(store.report(Fixtures.minimalReport().id())).contains(Fixtures.minimalReport());
    }
  }

  @Nested
  class Artifacts {

    private final byte[] pdf = "%PDF-1.7 ü\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void doesReturnTheSameBytesWhenAnArtifactIsSaved() {
      store.saveArtifact("rep_1", "application/pdf", pdf);

      assertThat(store.artifact("rep_1", "application/pdf"))
          .hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
    }

    @Test
    void doesKeepArtifactsApartWhenReportOrMediaTypeDiffers() {
      store.saveArtifact("rep_1", "application/pdf", pdf);
      store.saveArtifact("rep_1", "text/html", new byte[] {1, 2});

      assertThat(store.artifact("rep_2", "application/pdf")).isEmpty();
      assertThat(store.artifact("rep_1", "image/png")).isEmpty();
      assertThat(store.artifact("rep_1", "text/html"))
          .hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2));
    }

    @Test
    void doesReturnTheLatestBytesWhenAnArtifactIsSavedAgain() {
      store.saveArtifact("rep_1", "application/pdf", pdf);
      store.saveArtifact("rep_1", "application/pdf", new byte[] {9});

      assertThat(store.artifact("rep_1", "application/pdf"))
          .hasValueSatisfying(b -> assertThat(b).containsExactly(9));
    }

    @Test
    void doesNotChangeTheSavedBytesWhenTheCallerChangesItsArray() {
      byte[] mine = pdf.clone();
      store.saveArtifact("rep/ü 1", "application/pdf", mine);
      mine[0] = 'X';
      store.artifact("rep/ü 1", "application/pdf").orElseThrow()[1] = 'X';

      assertThat(store.artifact("rep/ü 1", "application/pdf"))
          .hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
    }
  }

  @Nested
  class Idempotency {

    @Test
    void doesReturnTheRecordWhenSavedAndTheLatestWhenReplaced() {
      IdempotencyRecord first =
          new IdempotencyRecord("key/ü 1", "ab12", "job_1", T0, T0.plusSeconds(3600));
      store.saveIdempotency(first);
      assertThat(store.idempotency("key/ü 1")).contains(first);

      IdempotencyRecord second =
          new IdempotencyRecord("key/ü 1", "cd34", "job_2", T0, T0.plusSeconds(7200));
      store.saveIdempotency(second);

      assertThat(store.idempotency("key/ü 1")).contains(second);
      assertThat(store.idempotency("other")).isEmpty();
    }
  }
}
