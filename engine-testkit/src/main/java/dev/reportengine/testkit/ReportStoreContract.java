package dev.reportengine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.Block;
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
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ReportStore} keeps, as a JUnit Jupiter test class to extend, the way
 * JobRunr's {@code StorageProviderTest} is extended by each of its storage providers. The engine's
 * own in-memory and directory stores run this suite.
 *
 * <p>To test your store, add {@code dev.reportengine:engine-testkit} as a test dependency and
 * extend this class in your test sources, implementing {@link #newStore()}:
 *
 * <pre>{@code
 * class JdbcReportStoreTest extends ReportStoreContract {
 *
 *   @Override
 *   protected ReportStore newStore() {
 *     return new JdbcReportStore(freshDataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>JUnit runs every inherited test, including those in the nested classes ({@link Jobs}, {@link
 * Requests}, {@link Reports}, {@link Artifacts}, {@link Idempotency}), once per subclass. Before
 * each test {@link #newStore()} is called and its result is available in {@link #store}. The
 * subclass may add tests of its own (durability, eviction, file layout) and use the sample data
 * this class offers: {@link #queued}, {@link #ended}, {@link #fullRequest}, {@link #fullReport} and
 * {@link #minimalReport}. Fields the subclass needs in {@link #newStore()}, such as a JUnit
 * {@code @TempDir}, are injected before it is called; to release resources, add an
 * {@code @AfterEach} method in the subclass.
 */
public abstract class ReportStoreContract {

  /** The creation time of the sample jobs. */
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  /** The creation time of the sample reports, with nanoseconds. */
  protected static final Instant REPORT_CREATED = Instant.parse("2024-05-01T12:00:00.123456789Z");

  /** The store under test: a new one from {@link #newStore()} before each test. */
  protected ReportStore store;

  /** For subclasses. */
  protected ReportStoreContract() {}

  /**
   * A new, empty store. Called once before each test; stores must not share state between calls.
   */
  protected abstract ReportStore newStore();

  /** Opens {@link #store}; runs before the subclass's own {@code @BeforeEach} methods. */
  @BeforeEach
  public void openStore() {
    store = newStore();
  }

  /** A queued job created at {@code createdAt}, with a wait estimate. */
  protected static JobSnapshot queued(String id, Instant createdAt) {
    return JobSnapshot.builder()
        .jobId(id)
        .status(JobStatus.QUEUED)
        .createdAt(createdAt)
        .estimatedWaitSec(1.5)
        .build();
  }

  /**
   * {@code s} ended with {@code status}: stage, progress, start and end times, and a report id when
   * it succeeded or an error (with quotes and non-ASCII text) when it did not.
   */
  protected static JobSnapshot ended(JobSnapshot s, JobStatus status) {
    JobSnapshot.Builder ended =
        JobSnapshot.builder()
            .jobId(s.jobId())
            .status(status)
            .stage(JobStage.BUILD_REPORT)
            .progress(status == JobStatus.SUCCEEDED ? 1 : 0.5)
            .createdAt(s.createdAt())
            .startedAt(s.createdAt().plusSeconds(1))
            .finishedAt(s.createdAt().plusSeconds(3));
    return status == JobStatus.SUCCEEDED
        ? ended.reportId("rep_" + s.jobId()).build()
        : ended.error(new JobError(ErrorCode.TEMPLATE_FAILED, "failed \"badly\" ünï")).build();
  }

  /** A request that uses every optional member: parameters, target hint, label, webhook, key. */
  protected static CreateReportJobRequest fullRequest() {
    return new CreateReportJobRequest(
        "call-ü",
        new OutputSpec(Template.GENERAL_REPORT, Map.of("max_quotes", JsonValue.of(3))),
        TargetSpec.magicHint("the seller").withOnMiss(OnMiss.FALLBACK_DOMINANT),
        Optional.of("Label"),
        Optional.of("Maria"),
        Optional.of(new Webhook("https://hooks.example.com/x", Map.of("X-Token", "secret"))),
        Optional.of("key-1"));
  }

  /**
   * A report ({@code rep_1}) with every optional member, all four block kinds, a block list, free
   * JSON, numbers beyond {@code double} and non-ASCII text.
   */
  protected static Report fullReport() {
    Block.Card card = new Block.Card("clock", "Talk time", "62% of the call");
    Map<String, JsonValue> metrics = new LinkedHashMap<>();
    metrics.put("talk_ratio", JsonValue.of(0.62));
    metrics.put("questions_asked", JsonValue.of(14));
    metrics.put("exact", new JsonValue.JsonNumber(new BigDecimal("12345678901234567890.125")));
    metrics.put("huge", new JsonValue.JsonNumber(new BigDecimal("1e400")));
    metrics.put("round", new JsonValue.JsonNumber(new BigDecimal("1000")));
    metrics.put("none", JsonValue.NULL);
    List<Section> sections =
        List.of(
            new Section("Overview", Block.Text.of("Summary", "Maria led the call.")),
            new Section("Untitled text", Block.Text.of("No title here.")),
            new Section("Headline", card),
            new Section("Numbers", new Block.Grid(3, List.of(card, card))),
            new Section("Picture", new Block.Illustration(Block.IllustrationVariant.GROWTH)),
            new Section(
                "Many",
                new SectionContent.Blocks(
                    List.of(
                        Block.Text.of("one"),
                        new Block.Illustration(Block.IllustrationVariant.ANALYSIS)))),
            new Section(
                "Free object",
                new SectionContent.FreeJson(
                    JsonValue.JsonObject.builder()
                        .put("type", "chart")
                        .put("points", JsonValue.array(List.of(JsonValue.of(1), JsonValue.of(2.5))))
                        .build())),
            new Section(
                "Free array",
                new SectionContent.FreeJson(
                    JsonValue.array(
                        List.of(JsonValue.of("a"), JsonValue.of(true), JsonValue.NULL)))),
            new Section("Free text", new SectionContent.FreeJson(JsonValue.of("just text"))));
    return Report.builder()
        .id("rep_1")
        .createdAt(REPORT_CREATED)
        .jobId("job_1")
        .label("General report: Maria")
        .summary("A short summary with \"quotes\", a tab\t, and ünïcødé 😀.")
        .media(
            new ReportMedia(
                Optional.of("https://media.example.com/call.mp4"), Optional.of("call-42")))
        .template(Template.GENERAL_REPORT)
        .entity(new ReportEntity("spk_0", Optional.empty()))
        .markdown("# Report\n\nBody.\n")
        .sections(sections)
        .metrics(metrics)
        .raw(
            JsonValue.JsonObject.builder()
                .put("analysis_version", "1")
                .put("resolved_by", "magic_hint")
                .build())
        .pdfUrl(URI.create("https://reports.example.com/rep_1.pdf"))
        .reportUrl(URI.create("https://reports.example.com/rep_1"))
        .build();
  }

  /** A report ({@code rep_2}) with only the required members. */
  protected static Report minimalReport() {
    return Report.builder()
        .id("rep_2")
        .createdAt(REPORT_CREATED)
        .media(new ReportMedia(Optional.empty(), Optional.empty()))
        .template(Template.SALES_PLAYBOOK)
        .build();
  }

  /** Saving, reading, listing, filtering and paging jobs. */
  @Nested
  public class Jobs {

    @Test
    public void doesReturnTheLatestSnapshotWhenAJobIsSavedTwice() {
      JobSnapshot first = queued("job_1", T0);
      store.saveJob(first);
      JobSnapshot last = ended(first, JobStatus.FAILED);
      store.saveJob(last);

      assertThat(store.job("job_1")).contains(last);
      assertThat(store.job("job_2")).isEmpty();
    }

    @Test
    public void doesListNewestFirstWhenJobsHaveDifferentCreationTimes() {
      for (int i = 0; i < 5; i++) {
        store.saveJob(queued("job_" + i, T0.plusSeconds(i)));
      }

      assertThat(store.jobs(JobQuery.all()).jobs())
          .extracting(JobSnapshot::jobId)
          .containsExactly("job_4", "job_3", "job_2", "job_1", "job_0");
    }

    @Test
    public void doesFilterByStatusWhenTheQueryNamesStatuses() {
      store.saveJob(queued("job_q", T0));
      store.saveJob(ended(queued("job_s", T0.plusSeconds(1)), JobStatus.SUCCEEDED));
      store.saveJob(ended(queued("job_f", T0.plusSeconds(2)), JobStatus.FAILED));

      JobPage page =
          store.jobs(JobQuery.all().withStatuses(Set.of(JobStatus.QUEUED, JobStatus.FAILED)));

      assertThat(page.jobs()).extracting(JobSnapshot::jobId).containsExactly("job_f", "job_q");
      assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    public void doesPageThroughEveryJobOnceWhenFollowingCursors() {
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
    public void doesRefuseACursorItDidNotMake() {
      assertThatThrownBy(() -> store.jobs(JobQuery.all().withCursor("not-a-cursor")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cursor [not-a-cursor]");
    }
  }

  /** Saving and reading the request a job was created from. */
  @Nested
  public class Requests {

    @Test
    public void doesReturnTheSameRequestWhenSaved() {
      store.saveRequest("job_1", fullRequest());

      assertThat(store.request("job_1")).contains(fullRequest());
      assertThat(store.request("job_2")).isEmpty();
    }
  }

  /** Saving and reading reports. */
  @Nested
  public class Reports {

    @Test
    public void doesReturnAnEqualReportWhenSaved() {
      Report report = fullReport();
      store.saveReport(report);

      assertThat(store.report(report.id())).contains(report);
      assertThat(store.report("rep_missing")).isEmpty();
    }

    @Test
    public void doesKeepOneReportWhenTheSameIdIsSavedAgain() {
      store.saveReport(minimalReport());
      store.saveReport(minimalReport());

      assertThat(store.report(minimalReport().id())).contains(minimalReport());
    }
  }

  /** Saving and reading rendered documents (artifacts) as bytes. */
  @Nested
  public class Artifacts {

    private final byte[] pdf = "%PDF-1.7 ü\n".getBytes(StandardCharsets.UTF_8);

    @Test
    public void doesReturnTheSameBytesWhenAnArtifactIsSaved() {
      store.saveArtifact("rep_1", "application/pdf", pdf);

      assertThat(store.artifact("rep_1", "application/pdf"))
          .hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
    }

    @Test
    public void doesKeepArtifactsApartWhenReportOrMediaTypeDiffers() {
      store.saveArtifact("rep_1", "application/pdf", pdf);
      store.saveArtifact("rep_1", "text/html", new byte[] {1, 2});

      assertThat(store.artifact("rep_2", "application/pdf")).isEmpty();
      assertThat(store.artifact("rep_1", "image/png")).isEmpty();
      assertThat(store.artifact("rep_1", "text/html"))
          .hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2));
    }

    @Test
    public void doesReturnTheLatestBytesWhenAnArtifactIsSavedAgain() {
      store.saveArtifact("rep_1", "application/pdf", pdf);
      store.saveArtifact("rep_1", "application/pdf", new byte[] {9});

      assertThat(store.artifact("rep_1", "application/pdf"))
          .hasValueSatisfying(b -> assertThat(b).containsExactly(9));
    }

    @Test
    public void doesNotChangeTheSavedBytesWhenTheCallerChangesItsArray() {
      byte[] mine = pdf.clone();
      store.saveArtifact("rep/ü 1", "application/pdf", mine);
      mine[0] = 'X';
      store.artifact("rep/ü 1", "application/pdf").orElseThrow()[1] = 'X';

      assertThat(store.artifact("rep/ü 1", "application/pdf"))
          .hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
    }
  }

  /** Saving, replacing and reading idempotency records. */
  @Nested
  public class Idempotency {

    @Test
    public void doesReturnTheRecordWhenSavedAndTheLatestWhenReplaced() {
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
