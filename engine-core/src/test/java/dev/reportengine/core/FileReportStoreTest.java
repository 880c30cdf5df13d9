package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReportStoreTest extends ReportStoreContractTest {

  @TempDir Path dir;

  private int opened;

  @Override
  protected ReportStore newStore() {
    return ReportStores.directory(dir.resolve("store-" + opened++));
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
  void doesIgnoreAndRemoveTemporaryFilesACrashLeftWhenOpened() throws IOException {
    JobSnapshot job = queued("job_1", T0);
    store.saveJob(job);
    // A crash between writing the temporary file and renaming it leaves a half-written temp file.
    Path temp = root().resolve("jobs/.job_1.json.3f2a.tmp");
    Files.writeString(temp, "{\"jobId\": \"job_1\", \"status\": \"succ");

    ReportStore again = ReportStores.directory(root());

    assertThat(again.job("job_1")).contains(job);
    assertThat(temp).doesNotExist();
  }

  @Test
  void doesNameFilesByHashWhenAnIdIsNotAPlainName() {
    JobSnapshot job = queued("../../etc/passwd", T0);
    store.saveJob(job);

    assertThat(ReportStores.directory(root()).job("../../etc/passwd")).contains(job);
    assertThat(root().resolve("jobs")).isDirectoryContaining(p -> p.toString().contains("sha256-"));
  }

  @Test
  void doesNameTheFileWhenAJobFileIsNotValid() throws IOException {
    Files.writeString(root().resolve("jobs/job_9.json"), "{\"jobId\": 1}");

    assertThatThrownBy(() -> ReportStores.directory(root()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("job_9.json");
  }

  private List<Path> allFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root())) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
