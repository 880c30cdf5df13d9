package dev.reportengine.spring;

import dev.reportengine.core.PdfMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code report-engine.*} properties. Unset values keep the engine's own defaults ({@code
 * EngineLimits.DEFAULTS}, the builder's defaults). A bad value fails startup with a message that
 * names the property.
 */
@ConfigurationProperties(prefix = "report-engine")
@Validated
public class ReportEngineProperties {

  /** Where jobs and reports are kept. */
  public enum Store {
    /** In memory (the engine's default): lost on restart. */
    MEMORY,
    /** One JSON file per job, request and report under {@code report-engine.store-directory}. */
    DIRECTORY,
    /** PostgreSQL through the application's DataSource bean; needs engine-postgres. */
    POSTGRES
  }

  /** How many jobs run at once (the engine's own pool); default: one per available processor. */
  @Min(1)
  private Integer parallelism;

  /** How many jobs may wait for a worker before a submit answers 429 overloaded; default 1000. */
  @Min(1)
  private Integer maxQueuedJobs;

  /** The largest request body accepted, in UTF-8 bytes; default 1048576 (1 MiB). */
  @Min(1)
  private Integer maxRequestBytes;

  /** A job's deadline counted from its submit; default 5m. */
  @DurationMin(nanos = 1)
  private Duration jobTimeout;

  /** How long closing the engine (on context shutdown) waits for running jobs; default 30s. */
  @DurationMin(nanos = 0)
  private Duration shutdownGrace;

  /**
   * How long an idempotency key is remembered after its first use; default 24h. With
   * store=postgres, keep report-engine.postgres.keep-finished at least this long.
   */
  @DurationMin(nanos = 1)
  private Duration idempotencyRetention;

  /**
   * Whether the engine runs jobs: resumes the unfinished jobs of the directory store at startup, or
   * claims queued jobs with store=postgres. False makes an engine that submits, follows and cancels
   * jobs but runs none (other replicas on the database run them).
   */
  private boolean resumeJobs = true;

  /**
   * When PDFs are rendered: eager (in the job), lazy (on first request) or off. Default: lazy when
   * engine-pdf is on the class path, else off.
   */
  private PdfMode pdfMode;

  /**
   * Base URI under which the host serves the v1 routes, for the reports' reportUrl and pdfUrl (such
   * as https://reports.example.com); without it both are absent.
   */
  private URI linkBaseUri;

  /** Secret that signs webhook events (Standard Webhooks): whsec_ and base64 of 24 to 64 bytes. */
  private String webhookSecret;

  /** Where jobs and reports are kept. */
  private Store store = Store.MEMORY;

  /** The directory of the file store; required when store=directory. */
  private Path storeDirectory;

  /**
   * The directory transcripts are read from (a media id names a file in it); required unless the
   * application defines a MediaSource bean.
   */
  private Path mediaDirectory;

  @Valid private final Postgres postgres = new Postgres();

  @Valid private final Web web = new Web();

  /** PostgreSQL store settings. */
  public static class Postgres {

    /** Whether PostgresMigrations.apply runs on the DataSource at startup. */
    private boolean migrate = true;

    /**
     * How long finished jobs are kept (after they ended, on the database clock) before the engines
     * delete them in batches with their requests, reports, documents, events, idempotency records
     * and webhook deliveries; at least 1m. Unset: nothing is deleted.
     */
    @DurationMin(minutes = 1)
    private Duration keepFinished;

    /**
     * How long a claimed job stays with its engine without a heartbeat; a job whose engine died
     * runs again elsewhere after at most this long. Default 30s.
     */
    @DurationMin(millis = 1)
    private Duration lease;

    /**
     * How often an engine renews the leases of the jobs it runs, requeues expired ones and purges
     * finished jobs; shorter than the lease. Default 10s.
     */
    @DurationMin(millis = 1)
    private Duration heartbeat;

    /** How often an idle engine looks for queued jobs. Default 200ms. */
    @DurationMin(millis = 1)
    private Duration pollInterval;

    /**
     * How many times a job's lease may expire (its engine died or hung) before the job fails
     * instead of being queued again. Default 3. Give every replica the same value.
     */
    @Min(1)
    private Integer maxLeaseExpiries;

    public boolean isMigrate() {
      return migrate;
    }

    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    public Duration getKeepFinished() {
      return keepFinished;
    }

    public void setKeepFinished(Duration keepFinished) {
      this.keepFinished = keepFinished;
    }

    public Duration getLease() {
      return lease;
    }

    public void setLease(Duration lease) {
      this.lease = lease;
    }

    public Duration getHeartbeat() {
      return heartbeat;
    }

    public void setHeartbeat(Duration heartbeat) {
      this.heartbeat = heartbeat;
    }

    public Duration getPollInterval() {
      return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
    }

    public Integer getMaxLeaseExpiries() {
      return maxLeaseExpiries;
    }

    public void setMaxLeaseExpiries(Integer maxLeaseExpiries) {
      this.maxLeaseExpiries = maxLeaseExpiries;
    }
  }

  /** The v1 HTTP routes (Spring MVC, servlet applications). */
  public static class Web {

    /** Whether the v1 routes (/v1/reports/..., /v1/jobs/...) are served. */
    private boolean enabled = false;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  public Integer getParallelism() {
    return parallelism;
  }

  public void setParallelism(Integer parallelism) {
    this.parallelism = parallelism;
  }

  public Integer getMaxQueuedJobs() {
    return maxQueuedJobs;
  }

  public void setMaxQueuedJobs(Integer maxQueuedJobs) {
    this.maxQueuedJobs = maxQueuedJobs;
  }

  public Integer getMaxRequestBytes() {
    return maxRequestBytes;
  }

  public void setMaxRequestBytes(Integer maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  public Duration getJobTimeout() {
    return jobTimeout;
  }

  public void setJobTimeout(Duration jobTimeout) {
    this.jobTimeout = jobTimeout;
  }

  public Duration getShutdownGrace() {
    return shutdownGrace;
  }

  public void setShutdownGrace(Duration shutdownGrace) {
    this.shutdownGrace = shutdownGrace;
  }

  public Duration getIdempotencyRetention() {
    return idempotencyRetention;
  }

  public void setIdempotencyRetention(Duration idempotencyRetention) {
    this.idempotencyRetention = idempotencyRetention;
  }

  public boolean isResumeJobs() {
    return resumeJobs;
  }

  public void setResumeJobs(boolean resumeJobs) {
    this.resumeJobs = resumeJobs;
  }

  public PdfMode getPdfMode() {
    return pdfMode;
  }

  public void setPdfMode(PdfMode pdfMode) {
    this.pdfMode = pdfMode;
  }

  public URI getLinkBaseUri() {
    return linkBaseUri;
  }

  public void setLinkBaseUri(URI linkBaseUri) {
    this.linkBaseUri = linkBaseUri;
  }

  public String getWebhookSecret() {
    return webhookSecret;
  }

  public void setWebhookSecret(String webhookSecret) {
    this.webhookSecret = webhookSecret;
  }

  public Store getStore() {
    return store;
  }

  public void setStore(Store store) {
    this.store = store;
  }

  public Path getStoreDirectory() {
    return storeDirectory;
  }

  public void setStoreDirectory(Path storeDirectory) {
    this.storeDirectory = storeDirectory;
  }

  public Path getMediaDirectory() {
    return mediaDirectory;
  }

  public void setMediaDirectory(Path mediaDirectory) {
    this.mediaDirectory = mediaDirectory;
  }

  public Postgres getPostgres() {
    return postgres;
  }

  public Web getWeb() {
    return web;
  }
}
