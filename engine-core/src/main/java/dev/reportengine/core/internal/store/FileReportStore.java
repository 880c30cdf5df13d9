package dev.reportengine.core.internal.store;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.internal.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A durable {@link ReportStore} in one directory: {@code jobs/}, {@code requests/}, {@code
 * reports/} and {@code idempotency/}, one human-readable JSON file per item, and {@code
 * artifacts/}, one file per rendered document (such as {@code rep_42.application-pdf}), each
 * replaced atomically ({@link AtomicFiles}). Job snapshots are also held in memory for listing.
 * Meant for one process at a time.
 */
public final class FileReportStore implements ReportStore {

  private final Path root;
  private final Path jobsDir;
  private final Path requestsDir;
  private final Path reportsDir;
  private final Path keysDir;
  private final Path artifactsDir;
  private final JsonCodec json = new JsonCodec();
  private final IdempotencyJson keyJson = new IdempotencyJson(json);
  private final Map<String, JobSnapshot> jobs = new ConcurrentHashMap<>();

  /**
   * Opens (or creates) a store in {@code root}, removing temporary files a crash left behind and
   * reading every job.
   *
   * @throws UncheckedIOException if the directory cannot be created or read
   * @throws IllegalStateException naming the file if a job file is not a valid job snapshot
   */
  public FileReportStore(Path root) {
    this.root = root.toAbsolutePath();
    this.jobsDir = this.root.resolve("jobs");
    this.requestsDir = this.root.resolve("requests");
    this.reportsDir = this.root.resolve("reports");
    this.keysDir = this.root.resolve("idempotency");
    this.artifactsDir = this.root.resolve("artifacts");
    for (Path dir : new Path[] {jobsDir, requestsDir, reportsDir, keysDir, artifactsDir}) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
      }
      AtomicFiles.cleanTemporary(dir);
    }
    loadJobs();
  }

  private void loadJobs() {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(jobsDir, "*.json")) {
      for (Path file : files) {
        JobSnapshot job = read(file, json::readJob).orElseThrow();
        jobs.put(job.jobId(), job);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jobsDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void saveJob(JobSnapshot job) {
    AtomicFiles.write(jobsDir.resolve(FileNames.of(job.jobId())), json.writeJob(job));
    jobs.put(job.jobId(), job);
  }

  @Override
  public Optional<JobSnapshot> job(String jobId) {
    return Optional.ofNullable(jobs.get(jobId));
  }

  @Override
  public JobPage jobs(JobQuery query) {
    return JobListing.page(jobs.values(), query);
  }

  @Override
  public void saveRequest(String jobId, CreateReportJobRequest request) {
    AtomicFiles.write(requestsDir.resolve(FileNames.of(jobId)), json.writeRequest(request));
  }

  @Override
  public Optional<CreateReportJobRequest> request(String jobId) {
    return read(requestsDir.resolve(FileNames.of(jobId)), json::readValidatedRequest);
  }

  @Override
  public void saveReport(Report report) {
    AtomicFiles.write(reportsDir.resolve(FileNames.of(report.id())), json.writeReport(report));
  }

  @Override
  public Optional<Report> report(String reportId) {
    return read(reportsDir.resolve(FileNames.of(reportId)), json::readReport);
  }

  @Override
  public void saveArtifact(String reportId, String mediaType, byte[] bytes) {
    AtomicFiles.write(artifactsDir.resolve(FileNames.ofArtifact(reportId, mediaType)), bytes);
  }

  @Override
  public Optional<byte[]> artifact(String reportId, String mediaType) {
    Path file = artifactsDir.resolve(FileNames.ofArtifact(reportId, mediaType));
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void saveIdempotency(IdempotencyRecord record) {
    AtomicFiles.write(keysDir.resolve(FileNames.ofKey(record.key())), keyJson.write(record));
  }

  @Override
  public Optional<IdempotencyRecord> idempotency(String key) {
    return read(keysDir.resolve(FileNames.ofKey(key)), keyJson::read);
  }

  @Override
  public boolean isDurable() {
    return true;
  }

  private static <T> Optional<T> read(Path file, Function<String, T> decode) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      return Optional.of(decode.apply(text));
    } catch (RuntimeException e) {
      throw new IllegalStateException("store file " + file + " is not valid: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "file store in " + root;
  }
}
