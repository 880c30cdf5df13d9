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
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A durable {@link ReportStore} in one directory: {@code jobs/}, {@code requests/}, {@code
 * reports/} and {@code idempotency/}, one human-readable JSON file per item, and {@code
 * artifacts/}, one file per rendered document (such as {@code rep_42.application-pdf}), each
 * replaced atomically ({@link AtomicFiles}). Job snapshots are also held in memory for listing.
 *
 * <p>An engine {@linkplain #claim() claims} the directory for its life: it locks it ({@link
 * DirectoryLock}), so a second engine, here or in another process, is refused; removes temporary
 * files a crash left; and moves bad job files into {@code quarantine/} ({@link Quarantine}), so one
 * bad file never stops the others from being read. A file read later that is bad gives a {@link
 * StoreFileException}.
 */
public final class FileReportStore implements ReportStore {

  private static final System.Logger LOG = System.getLogger(FileReportStore.class.getName());

  private final Path root;
  private final Path jobsDir;
  private final Path requestsDir;
  private final Path reportsDir;
  private final Path keysDir;
  private final Path artifactsDir;
  private final JsonCodec json = new JsonCodec();
  private final IdempotencyJson keyJson = new IdempotencyJson(json);
  private final Quarantine quarantine;
  private final Object lifecycle = new Object();
  private volatile Map<String, JobSnapshot> jobs;
  private DirectoryLock lock;

  /**
   * A store in {@code root}, created if missing; jobs are read on first use or when an engine
   * claims it.
   *
   * @param clock the time that names quarantined files
   * @throws UncheckedIOException if the directory cannot be created
   */
  public FileReportStore(Path root, Clock clock) {
    this.root = root.toAbsolutePath();
    this.jobsDir = this.root.resolve("jobs");
    this.requestsDir = this.root.resolve("requests");
    this.reportsDir = this.root.resolve("reports");
    this.keysDir = this.root.resolve("idempotency");
    this.artifactsDir = this.root.resolve("artifacts");
    this.quarantine = new Quarantine(this.root, clock);
    for (Path dir : folders()) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Claims the directory for one engine until {@link #release()}: locks it, removes the temporary
   * files a crash left, moves bad job files into {@code quarantine/} and reads every job again.
   *
   * @throws IllegalStateException naming the directory when another engine, in this JVM or in
   *     another process, holds it
   */
  public void claim() {
    synchronized (lifecycle) {
      DirectoryLock acquired = DirectoryLock.acquire(root);
      try {
        for (Path dir : folders()) {
          AtomicFiles.cleanTemporary(dir);
        }
        jobs = load(true);
      } catch (RuntimeException e) {
        acquired.close();
        throw e;
      }
      lock = acquired;
    }
  }

  /** Ends the claim and frees the directory for another engine; idempotent. */
  public void release() {
    synchronized (lifecycle) {
      if (lock != null) {
        lock.close();
        lock = null;
      }
    }
  }

  private List<Path> folders() {
    return List.of(jobsDir, requestsDir, reportsDir, keysDir, artifactsDir);
  }

  private Map<String, JobSnapshot> jobs() {
    Map<String, JobSnapshot> loaded = jobs;
    if (loaded == null) {
      synchronized (lifecycle) {
        if (jobs == null) {
          jobs = load(false);
        }
        loaded = jobs;
      }
    }
    return loaded;
  }

  /**
   * Reads every job file. A bad one is moved into quarantine by the engine that holds the directory
   * ({@code owner}), and only skipped otherwise.
   */
  private Map<String, JobSnapshot> load(boolean owner) {
    Map<String, JobSnapshot> found = new ConcurrentHashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(jobsDir, "*.json")) {
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        try {
          read(jobsDir, fileName, "job", json::readJob)
              .ifPresent(job -> found.put(checkName(job, fileName), job));
        } catch (StoreFileException e) {
          if (owner) {
            quarantine.moveAside(file, e.file(), e.reason());
          } else {
            LOG.log(
                Level.WARNING,
                "skipped the bad store file "
                    + e.file()
                    + ": "
                    + e.reason()
                    + "; the engine that opens the store moves it to quarantine/ (store "
                    + root
                    + ")");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jobsDir + ": " + e.getMessage(), e);
    }
    return found;
  }

  private static String checkName(JobSnapshot job, String fileName) {
    String expected = FileNames.of(job.jobId());
    if (!expected.equals(fileName)) {
      throw StoreFileException.unreadable(
          "jobs/" + fileName,
          "holds job [" + job.jobId() + "], whose file is jobs/" + expected,
          null);
    }
    return job.jobId();
  }

  @Override
  public void saveJob(JobSnapshot job) {
    write(jobsDir, FileNames.of(job.jobId()), json.writeJob(job));
    jobs().put(job.jobId(), job);
  }

  @Override
  public Optional<JobSnapshot> job(String jobId) {
    return Optional.ofNullable(jobs().get(jobId));
  }

  @Override
  public JobPage jobs(JobQuery query) {
    return JobListing.page(jobs().values(), query);
  }

  @Override
  public void saveRequest(String jobId, CreateReportJobRequest request) {
    write(requestsDir, FileNames.of(jobId), json.writeRequest(request));
  }

  @Override
  public Optional<CreateReportJobRequest> request(String jobId) {
    return read(requestsDir, FileNames.of(jobId), "create-job request", json::readValidatedRequest);
  }

  @Override
  public void saveReport(Report report) {
    write(reportsDir, FileNames.of(report.id()), json.writeReport(report));
  }

  @Override
  public Optional<Report> report(String reportId) {
    return read(reportsDir, FileNames.of(reportId), "report", json::readReport);
  }

  @Override
  public void saveArtifact(String reportId, String mediaType, byte[] bytes) {
    write(artifactsDir, FileNames.ofArtifact(reportId, mediaType), bytes);
  }

  @Override
  public Optional<byte[]> artifact(String reportId, String mediaType) {
    String fileName = FileNames.ofArtifact(reportId, mediaType);
    return StoreFiles.readBytes(artifactsDir.resolve(fileName), name(artifactsDir, fileName));
  }

  @Override
  public void saveIdempotency(IdempotencyRecord record) {
    write(keysDir, FileNames.ofKey(record.key()), keyJson.write(record));
  }

  @Override
  public Optional<IdempotencyRecord> idempotency(String key) {
    return read(keysDir, FileNames.ofKey(key), "idempotency record", keyJson::read);
  }

  @Override
  public boolean isDurable() {
    return true;
  }

  private static <T> Optional<T> read(
      Path dir, String fileName, String kind, Function<String, T> decode) {
    String name = name(dir, fileName);
    Optional<String> text = StoreFiles.readText(dir.resolve(fileName), name);
    try {
      return text.map(decode);
    } catch (RuntimeException e) {
      throw StoreFileException.unreadable(name, StoreFiles.invalid(kind, e), e);
    }
  }

  private static void write(Path dir, String fileName, String text) {
    write(dir, fileName, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path dir, String fileName, byte[] bytes) {
    Path target = dir.resolve(fileName);
    try {
      AtomicFiles.write(target, bytes);
    } catch (IOException e) {
      String name = name(dir, fileName);
      throw StoreFileException.unwritable(name, StoreFiles.reason(e, target, name), e);
    }
  }

  /** A file's name relative to the store directory, such as {@code jobs/job_1.json}. */
  private static String name(Path dir, String fileName) {
    return dir.getFileName() + "/" + fileName;
  }

  @Override
  public String toString() {
    return "file store in " + root;
  }
}
