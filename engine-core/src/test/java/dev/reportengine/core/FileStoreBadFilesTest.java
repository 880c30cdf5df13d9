package dev.reportengine.core;

import static dev.reportengine.core.StoreSamples.T0;
import static dev.reportengine.core.StoreSamples.ended;
import static dev.reportengine.core.StoreSamples.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bad file in a file store (zero bytes, cut-off JSON, binary garbage, invalid UTF-8, unreadable,
 * a directory named like a job) never stops an engine from starting: it is moved, intact, into
 * {@code quarantine/} and logged with its name and what is wrong; the other jobs stay readable. A
 * bad report or idempotency file read later gives a clear store error without host paths.
 */
class FileStoreBadFilesTest {

  private static final String STORE_LOGGER = "dev.reportengine.core.internal.store.FileReportStore";
  private static final String AS_ROOT =
      "running as root: chmod 000 does not deny root reads, so an unreadable file cannot be made";

  @TempDir Path dir;

  private final LogCapture log = new LogCapture(STORE_LOGGER);
  private final JobSnapshot good = ended(queued("job_good", T0), JobStatus.SUCCEEDED);

  /** The kinds of bad job file, each with what the log must say about it. */
  enum BadFile {
    ZERO_BYTES(new byte[0], "empty file"),
    TRUNCATED_JSON(
        "{\n  \"jobId\" : \"job_bad\",\n  \"status\" : \"queu".getBytes(StandardCharsets.UTF_8),
        "invalid JSON at line 3, column"),
    GARBAGE(
        new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00},
        "not valid UTF-8 at byte offset 1 (0x8B)"),
    INVALID_UTF8(
        concat("{\"jobId\": \"job_", new byte[] {(byte) 0xC3}, "bad\"}"),
        "not valid UTF-8 at byte offset 15 (0xC3)"),
    NOT_A_JOB("{\"jobId\": 1}".getBytes(StandardCharsets.UTF_8), "not a valid job");

    final byte[] content;
    final String reason;

    BadFile(byte[] content, String reason) {
      this.content = content;
      this.reason = reason;
    }
  }

  @BeforeEach
  void keepAGoodJob() {
    ReportStore store = ReportStores.directory(dir);
    store.saveJob(good);
    store.saveReport(Fixtures.fullReport());
  }

  @AfterEach
  void stopCapturing() {
    log.close();
  }

  @ParameterizedTest
  @EnumSource(BadFile.class)
  void doesStartAndQuarantineTheFileWhenAJobFileIsBad(BadFile bad) throws IOException {
    Files.write(dir.resolve("jobs/job_bad.json"), bad.content);

    try (ReportEngine engine = engine()) {
      assertThat(engine.job("job_good")).contains(good);
      assertThat(engine.jobs(JobQuery.all()).jobs()).containsExactly(good);
      assertThat(engine.report(Fixtures.fullReport().id())).contains(Fixtures.fullReport());
    }
    assertThat(dir.resolve("jobs/job_bad.json")).doesNotExist();
    Path moved = onlyQuarantined();
    assertThat(moved.getFileName().toString())
        .matches("\\d{8}T\\d{6}\\.\\d{3}Z-jobs-job_bad\\.json");
    assertThat(moved).hasBinaryContent(bad.content);
    assertThat(log.messages())
        .singleElement()
        .asString()
        .contains("jobs/job_bad.json", bad.reason, "quarantine/" + moved.getFileName())
        .doesNotContain("Input length");
  }

  @Test
  void doesStartAndQuarantineTheFileWhenAJobFileIsUnreadable() throws IOException {
    Path file = dir.resolve("jobs/job_bad.json");
    Files.writeString(file, ContractJson.create().writeJob(queued("job_bad", T0)));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(file)).as(AS_ROOT).isFalse();

    try (ReportEngine engine = engine()) {
      assertThat(engine.jobs(JobQuery.all()).jobs()).containsExactly(good);
    }
    Path moved = onlyQuarantined();
    Files.setPosixFilePermissions(moved, PosixFilePermissions.fromString("rw-------"));
    assertThat(moved).hasContent(ContractJson.create().writeJob(queued("job_bad", T0)));
    assertThat(log.messages()).singleElement().asString().contains("permission denied");
  }

  @Test
  void doesStartAndQuarantineTheDirectoryWhenADirectoryIsNamedLikeAJob() throws IOException {
    Path named = Files.createDirectories(dir.resolve("jobs/job_bad.json"));
    Files.writeString(named.resolve("note.txt"), "kept");

    try (ReportEngine engine = engine()) {
      assertThat(engine.jobs(JobQuery.all()).jobs()).containsExactly(good);
    }
    Path moved = onlyQuarantined();
    assertThat(moved.getFileName().toString()).endsWith("-jobs-job_bad.json");
    assertThat(moved.resolve("note.txt")).hasContent("kept");
    assertThat(log.messages()).singleElement().asString().contains("is a directory");
  }

  @Test
  void doesQuarantineAFileWhoseJobIdIsNotItsName() throws IOException {
    Files.writeString(
        dir.resolve("jobs/job_copy.json"), ContractJson.create().writeJob(queued("job_good", T0)));

    try (ReportEngine engine = engine()) {
      assertThat(engine.job("job_good")).contains(good);
    }
    assertThat(onlyQuarantined().getFileName().toString()).endsWith("-jobs-job_copy.json");
    assertThat(log.messages()).singleElement().asString().contains("holds job [job_good]");
  }

  @Test
  void doesKeepEveryQuarantinedFileWhenTheSameNameGoesBadTwice() throws IOException {
    Files.writeString(dir.resolve("jobs/job_bad.json"), "first");
    engine().close();
    Files.writeString(dir.resolve("jobs/job_bad.json"), "second");
    engine().close();

    try (Stream<Path> files = Files.list(dir.resolve("quarantine"))) {
      assertThat(files.map(this::text)).containsExactlyInAnyOrder("first", "second");
    }
  }

  @Test
  void doesFailTheJobAndStartWhenTheRequestOfAnUnfinishedJobIsBad() throws IOException {
    ReportStore store = ReportStores.directory(dir);
    store.saveJob(queued("job_pending", T0));
    store.saveRequest(
        "job_pending",
        CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant()));
    Files.writeString(dir.resolve("requests/job_pending.json"), "{\"mediaId\": ");

    try (ReportEngine engine = engine()) {
      JobSnapshot failed = engine.job("job_pending").orElseThrow();
      assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
      assertThat(failed.error().orElseThrow().code()).isEqualTo(ErrorCode.INTERNAL);
      assertThat(failed.error().orElseThrow().message())
          .contains("requests/job_pending.json", "invalid JSON at line 1, column 13")
          .doesNotContain(dir.toString());
    }
  }

  @Test
  void doesGiveAClearStoreErrorWithoutHostPathsWhenAReportFileIsBad() throws IOException {
    String id = Fixtures.fullReport().id();
    Files.write(
        dir.resolve("reports/" + id + ".json"),
        concat("{\"id\": \"", new byte[] {(byte) 0xFF}, "\"}"));

    try (ReportEngine engine = engine()) {
      assertThatThrownBy(() -> engine.report(id))
          .isInstanceOf(ReportEngineException.class)
          .hasFieldOrPropertyWithValue("code", ErrorCode.INTERNAL)
          .hasMessage(
              "store file reports/" + id + ".json: not valid UTF-8 at byte offset 8 (0xFF)");
    }
  }

  @Test
  void doesAnswerInternalWithoutHostPathsWhenAnIdempotencyFileIsBad() throws IOException {
    try (ReportEngine engine = engine()) {
      String body =
          "{\"media\": {\"mediaId\": \"call-1\"}, \"output\": {\"template\": \"general_report\"},"
              + " \"target\": {\"strategy\": \"dominant\"}, \"idempotencyKey\": \"order-1\"}";
      assertThat(engine.api().createJob(body).status()).isEqualTo(202);
      try (Stream<Path> keys = Files.list(dir.resolve("idempotency"))) {
        Files.writeString(keys.findFirst().orElseThrow(), "{\"key\": \"order-1\", ");
      }

      ApiResponse response = engine.api().createJob(body);

      assertThat(response.status()).isEqualTo(500);
      assertThat(response.json())
          .contains("\"internal\"", "idempotency/sha256-", "invalid JSON at line 1")
          .doesNotContain(dir.toString());
    }
  }

  private ReportEngine engine() {
    return ReportEngine.builder()
        .parallelism(1)
        .store(ReportStores.directory(dir))
        .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
        .build();
  }

  private Path onlyQuarantined() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("quarantine"))) {
      List<Path> all = files.toList();
      assertThat(all).as("files in quarantine/").hasSize(1);
      return all.get(0);
    }
  }

  private String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(head, head.length + middle.length + tail.length);
    System.arraycopy(middle, 0, all, head.length, middle.length);
    System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
    return all;
  }

  /** Collects what one {@link System.Logger} publishes (through java.util.logging). */
  private static final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<String> messages = new ArrayList<>();

    LogCapture(String name) {
      logger = Logger.getLogger(name);
      logger.addHandler(this);
    }

    synchronized List<String> messages() {
      return List.copyOf(messages);
    }

    @Override
    public synchronized void publish(LogRecord record) {
      messages.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      logger.removeHandler(this);
    }
  }
}
