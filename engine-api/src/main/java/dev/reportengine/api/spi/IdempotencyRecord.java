package dev.reportengine.api.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * What the engine remembers about an idempotency key: the request it came with (as a digest of its
 * canonical JSON) and the job it created.
 *
 * @param key the caller's {@code idempotencyKey}
 * @param requestSha256 the SHA-256 of the request's canonical JSON, lower-case hex
 * @param jobId the job the key created
 * @param createdAt when the key was first used
 * @param expiresAt when the engine forgets it; a store may drop the record after that
 */
public record IdempotencyRecord(
    String key, String requestSha256, String jobId, Instant createdAt, Instant expiresAt) {

  /** Requires every part. */
  public IdempotencyRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(requestSha256, "requestSha256");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether the record still holds at {@code now}. */
  public boolean isLiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
