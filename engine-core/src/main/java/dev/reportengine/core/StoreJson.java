package dev.reportengine.core;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.core.internal.json.JsonCodec;
import dev.reportengine.core.internal.store.IdempotencyJson;
import java.util.Objects;

/**
 * The JSON text the engine's own stores keep, for stores written outside this module (such as a
 * database store that keeps it in {@code jsonb} columns): job snapshots, the requests behind them,
 * reports and idempotency records, written and read exactly as the directory store ({@link
 * ReportStores#directory}) writes and reads its files. Immutable and thread-safe; make one with
 * {@link #create()} and share it.
 *
 * <p>Snapshots, requests and reports are written as the Reports v1 contract spells them (see {@link
 * ContractJson}); an idempotency record is an object with the string members {@code key}, {@code
 * requestSha256}, {@code jobId}, {@code createdAt} and {@code expiresAt} (ISO-8601). Every value
 * round-trips: {@code decodeX(encode(x)).equals(x)}, with the exceptions {@link ContractJson} names
 * for reports. A stored request is read back without checking it against template rules again: it
 * was valid when it was saved.
 */
public final class StoreJson {
  private final JsonCodec codec;
  private final IdempotencyJson keys;

  private StoreJson(JsonCodec codec) {
    this.codec = codec;
    this.keys = new IdempotencyJson(codec);
  }

  /** A codec for stored values. */
  public static StoreJson create() {
    return new StoreJson(new JsonCodec());
  }

  /** A job snapshot as JSON text. */
  public String encode(JobSnapshot job) {
    return codec.writeJob(Objects.requireNonNull(job, "job"));
  }

  /** A create-job request as JSON text. */
  public String encode(CreateReportJobRequest request) {
    return codec.writeRequest(Objects.requireNonNull(request, "request"));
  }

  /** A report as JSON text; its rendered documents are not part of it. */
  public String encode(Report report) {
    return codec.writeReport(Objects.requireNonNull(report, "report"));
  }

  /** An idempotency record as JSON text. */
  public String encode(IdempotencyRecord record) {
    return keys.write(Objects.requireNonNull(record, "record"));
  }

  /**
   * Reads a job snapshot that {@link #encode(JobSnapshot)} wrote.
   *
   * @throws IllegalArgumentException or {@link dev.reportengine.api.InvalidRequestException} if the
   *     text is not a valid job snapshot
   */
  public JobSnapshot decodeJob(String json) {
    return codec.readJob(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a create-job request that {@link #encode(CreateReportJobRequest)} wrote, without checking
   * it against template rules again.
   *
   * @throws IllegalArgumentException if the text is not a create-job request
   */
  public CreateReportJobRequest decodeRequest(String json) {
    return codec.readValidatedRequest(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a report that {@link #encode(Report)} wrote.
   *
   * @throws IllegalArgumentException or {@link dev.reportengine.api.InvalidRequestException} if the
   *     text is not a valid report
   */
  public Report decodeReport(String json) {
    return codec.readReport(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads an idempotency record that {@link #encode(IdempotencyRecord)} wrote.
   *
   * @throws IllegalArgumentException if the text is not such a record
   */
  public IdempotencyRecord decodeIdempotency(String json) {
    return keys.read(Objects.requireNonNull(json, "json"));
  }
}
