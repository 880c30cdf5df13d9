package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.IdempotencyConflictException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.SharedIdempotency;
import dev.reportengine.core.ContractJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stripe-style idempotency keys: the same key with the same canonical request returns the original
 * job; with another request it is a conflict. Submits with one key are serialized by a striped
 * lock, so concurrent submits in this engine create one job; when the store is {@link
 * SharedIdempotency shared}, the key is also reserved in the store before the job is created, so
 * concurrent submits on several engines create one job. Records live in the store for the retention
 * window.
 */
final class IdempotencyKeys {

  private static final int STRIPES = 64;

  /** How long a loser of a shared key waits for the winner's job to appear in the store. */
  static final Duration WAIT_FOR_WINNER = Duration.ofSeconds(30);

  private static final Duration POLL_WINNER = Duration.ofMillis(10);

  private final Object[] locks = new Object[STRIPES];
  private final ReportStore store;
  private final Clock clock;
  private final Duration retention;
  private final ContractJson json = ContractJson.create();

  IdempotencyKeys(ReportStore store, Clock clock, Duration retention) {
    this.store = store;
    this.clock = clock;
    this.retention = retention;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  /**
   * Returns the job a live record names for this key, or submits a new one and records it.
   *
   * @param newJobId makes the id of a job reserved in a shared store before it is created
   * @param existing finds the handle of a job by id, if the engine still knows it
   * @param create queues a new job with the given id (null: a new id of its own); its exceptions
   *     (such as overloaded) leave no live record
   * @throws IdempotencyConflictException when the key was used with a different request
   */
  JobHandle submit(
      String key,
      CreateReportJobRequest request,
      Supplier<String> newJobId,
      Function<String, Optional<JobHandle>> existing,
      Function<String, JobHandle> create) {
    String digest = digest(request);
    synchronized (locks[Math.floorMod(key.hashCode(), STRIPES)]) {
      if (store instanceof SharedIdempotency shared) {
        return submitShared(shared, key, digest, newJobId.get(), existing, create);
      }
      Instant now = clock.instant();
      Optional<IdempotencyRecord> record = store.idempotency(key).filter(r -> r.isLiveAt(now));
      if (record.isPresent()) {
        if (!record.get().requestSha256().equals(digest)) {
          throw new IdempotencyConflictException(key, record.get().jobId());
        }
        Optional<JobHandle> original = existing.apply(record.get().jobId());
        if (original.isPresent()) {
          return original.get();
        }
      }
      JobHandle created = create.apply(null);
      store.saveIdempotency(
          new IdempotencyRecord(key, digest, created.jobId(), now, now.plus(retention)));
      return created;
    }
  }

  /**
   * A store shared by several engines: the key is reserved for {@code jobId} first, atomically in
   * the store, and the job is created only if this engine won the key. A loser with the same
   * request waits for the winner's job to appear in the store (the winner saves it right after its
   * reservation) and returns it; with another request it is a conflict at once. If the winner's job
   * never appears within {@link #WAIT_FOR_WINNER} (its engine stopped between the two saves, or the
   * job was forgotten), the key is taken over as a single engine does when a record names a job it
   * no longer knows: a new job, and a record naming it.
   */
  private JobHandle submitShared(
      SharedIdempotency shared,
      String key,
      String digest,
      String jobId,
      Function<String, Optional<JobHandle>> existing,
      Function<String, JobHandle> create) {
    long waitUntil = System.nanoTime() + WAIT_FOR_WINNER.toNanos();
    while (true) {
      Instant now = clock.instant();
      IdempotencyRecord mine = new IdempotencyRecord(key, digest, jobId, now, now.plus(retention));
      IdempotencyRecord holder = shared.saveIdempotencyIfAbsent(mine);
      if (holder.jobId().equals(jobId)) {
        try {
          return create.apply(jobId);
        } catch (RuntimeException e) {
          // No job: free the key (a record that expires at once) so a retry may create one.
          store.saveIdempotency(new IdempotencyRecord(key, digest, jobId, now, now));
          throw e;
        }
      }
      if (!holder.requestSha256().equals(digest)) {
        throw new IdempotencyConflictException(key, holder.jobId());
      }
      Optional<JobHandle> original = existing.apply(holder.jobId());
      if (original.isPresent()) {
        return original.get();
      }
      if (System.nanoTime() - waitUntil > 0) {
        JobHandle created = create.apply(jobId);
        store.saveIdempotency(mine);
        return created;
      }
      try {
        Thread.sleep(POLL_WINNER.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReportEngineException(
            ErrorCode.UNAVAILABLE,
            "interrupted while waiting for the job of idempotency key [" + key + "]");
      }
    }
  }

  /**
   * Records the key of a job found unfinished in a durable store if its record is missing: the
   * process may have stopped after saving the job and before saving the record, and a retry with
   * that key must still find the job.
   */
  void adopt(String jobId, CreateReportJobRequest request, Instant createdAt) {
    request
        .idempotencyKey()
        .ifPresent(
            key -> {
              synchronized (locks[Math.floorMod(key.hashCode(), STRIPES)]) {
                if (store.idempotency(key).filter(r -> r.isLiveAt(clock.instant())).isEmpty()) {
                  store.saveIdempotency(
                      new IdempotencyRecord(
                          key, digest(request), jobId, createdAt, createdAt.plus(retention)));
                }
              }
            });
  }

  /** The SHA-256 of the request's canonical JSON: contract JSON with object keys sorted. */
  String digest(CreateReportJobRequest request) {
    String canonical = json.writeValue(sorted(json.readValue(json.writeRequest(request))));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static JsonValue sorted(JsonValue value) {
    if (value instanceof JsonValue.JsonObject object) {
      Map<String, JsonValue> members = new TreeMap<>();
      object.members().forEach((k, v) -> members.put(k, sorted(v)));
      return JsonValue.object(members);
    }
    if (value instanceof JsonValue.JsonArray array) {
      return JsonValue.array(array.elements().stream().map(IdempotencyKeys::sorted).toList());
    }
    return value;
  }
}
