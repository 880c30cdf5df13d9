package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.IdempotencyConflictException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
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
 * lock, so concurrent submits create one job; records live in the store for the retention window.
 */
final class IdempotencyKeys {

  private static final int STRIPES = 64;

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
   * @param existing finds the handle of a job by id, if the engine still knows it
   * @param create queues a new job; its exceptions (such as overloaded) leave no record
   * @throws IdempotencyConflictException when the key was used with a different request
   */
  JobHandle submit(
      String key,
      CreateReportJobRequest request,
      Function<String, Optional<JobHandle>> existing,
      Supplier<JobHandle> create) {
    String digest = digest(request);
    synchronized (locks[Math.floorMod(key.hashCode(), STRIPES)]) {
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
      JobHandle created = create.get();
      store.saveIdempotency(
          new IdempotencyRecord(key, digest, created.jobId(), now, now.plus(retention)));
      return created;
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
