package dev.reportengine.core;

import static dev.reportengine.core.StoreSamples.T0;
import static dev.reportengine.core.StoreSamples.ended;
import static dev.reportengine.core.StoreSamples.fullRequest;
import static dev.reportengine.core.StoreSamples.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.internal.store.FileReportStore;
import dev.reportengine.core.internal.store.StoreFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the directory store does beyond the store contract (engine-testkit's {@code
 * FileReportStoreContractTest} runs the contract against it).
 */
class FileReportStoreTest {

  @TempDir Path dir;

  private int opened;

  private ReportStore store;

  @BeforeEach
  void open() {
    store = ReportStores.directory(dir.resolve("store-" + opened++));
  }

  private Path root() {
    return dir.resolve("store-0");
  }

  @Test
  void doesSayItIsDurable() {
    assertThat(store.isDurable()).isTrue();
  }

  @Test
  void doesKeepEverythingWhenOpenedAgainOnTheSameDirectory() {
    JobSnapshot job = ended(queued("job_1", T0), JobStatus.SUCCEEDED);
    store.saveJob(job);
    store.saveRequest("job_1", fullRequest());
    store.saveReport(Fixtures.fullReport());
    IdempotencyRecord key = new IdempotencyRecord("k", "00", "job_1", T0, T0.plusSeconds(60));
    store.saveIdempotency(key);

    ReportStore again = ReportStores.directory(root());

    assertThat(again.job("job_1")).contains(job);
    assertThat(again.jobs(JobQuery.all()).jobs()).containsExactly(job);
    assertThat(again.request("job_1")).contains(fullRequest());
    assertThat(again.report(Fixtures.fullReport().id())).contains(Fixtures.fullReport());
    assertThat(again.idempotency("k")).contains(key);
  }

  @Test
  void doesWriteOneHumanReadableContractJsonFilePerJob() throws IOException {
    JobSnapshot job = queued("job_1", T0);
    store.saveJob(job);

    assertThat(Files.readString(root().resolve("jobs/job_1.json")))
        .isEqualTo(ContractJson.create().writeJob(job));
    ContractSchemas.assertValid(
        "job.schema.json", Files.readString(root().resolve("jobs/job_1.json")));
  }

  @Test
  void doesLeaveNoTemporaryFileAfterWrites() throws IOException {
    for (int i = 0; i < 10; i++) {
      store.saveJob(queued("job_" + i, T0));
      store.saveReport(Fixtures.minimalReport());
    }

    assertThat(allFiles()).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
  }

  @Test
  void doesIgnoreTemporaryFilesACrashLeftAndRemoveThemWhenAnEngineClaimsTheStore()
      throws IOException {
    JobSnapshot job = queued("job_1", T0);
    store.saveJob(job);
    // A crash between writing the temporary file and renaming it leaves a half-written temp file.
    Path temp = root().resolve("jobs/.job_1.json.3f2a.tmp");
    Files.writeString(temp, "{\"jobId\": \"job_1\", \"status\": \"succ");

    FileReportStore again = (FileReportStore) ReportStores.directory(root());
    assertThat(again.job("job_1")).contains(job);
    assertThat(temp).exists();
    again.claim();
    again.release();

    assertThat(temp).doesNotExist();
    assertThat(again.job("job_1")).contains(job);
  }

  @Test
  void doesNameFilesByHashWhenAnIdIsNotAPlainName() {
    JobSnapshot job = queued("../../etc/passwd", T0);
    store.saveJob(job);

    assertThat(ReportStores.directory(root()).job("../../etc/passwd")).contains(job);
    assertThat(root().resolve("jobs")).isDirectoryContaining(p -> p.toString().contains("sha256-"));
  }

  @Test
  void doesSkipABadJobFileButLeaveItInPlaceUntilAnEngineClaimsTheStore() throws IOException {
    store.saveJob(queued("job_1", T0));
    Files.writeString(root().resolve("jobs/job_9.json"), "{\"jobId\": 1}");

    FileReportStore again = (FileReportStore) ReportStores.directory(root());
    assertThat(again.jobs(JobQuery.all()).jobs())
        .extracting(JobSnapshot::jobId)
        .containsExactly("job_1");
    assertThat(root().resolve("jobs/job_9.json")).exists();
    again.claim();
    again.release();

    assertThat(root().resolve("jobs/job_9.json")).doesNotExist();
    assertThat(root().resolve("quarantine")).isDirectoryContaining("glob:**-jobs-job_9.json");
  }

  @Test
  void doesNameTheFileRelativeToTheStoreWhenAWriteFails() throws IOException {
    Files.createDirectories(root().resolve("jobs/job_1.json/in-the-way"));

    assertThatThrownBy(() -> store.saveJob(queued("job_1", T0)))
        .isInstanceOf(StoreFileException.class)
        .hasFieldOrPropertyWithValue("code", ErrorCode.INTERNAL)
        .hasMessage("cannot write store file jobs/job_1.json: is a directory")
        .hasMessageNotContaining(dir.toString());
  }

  @Test
  void doesNameTheFileAndTheProblemWhenAReportFileIsBad() throws IOException {
    String id = Fixtures.fullReport().id();
    Files.writeString(root().resolve("reports/" + id + ".json"), "{\"id\": \"" + id + "\"}");

    assertThatThrownBy(() -> store.report(id))
        .isInstanceOf(StoreFileException.class)
        .hasMessageStartingWith("store file reports/" + id + ".json: not a valid report: ")
        .hasMessageContaining("/createdAt")
        .hasMessageNotContaining(dir.toString());
  }

  @Test
  void doesSayWhatIsWrongWhenAnIdempotencyFileIsEmpty() throws IOException {
    store.saveIdempotency(new IdempotencyRecord("k", "00", "job_1", T0, T0.plusSeconds(60)));
    try (Stream<Path> keys = Files.list(root().resolve("idempotency"))) {
      Files.write(keys.findFirst().orElseThrow(), new byte[0]);
    }

    assertThatThrownBy(() -> store.idempotency("k"))
        .isInstanceOf(StoreFileException.class)
        .hasMessageMatching("store file idempotency/sha256-[0-9a-f]{64}\\.json: empty file");
  }

  private List<Path> allFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root())) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
