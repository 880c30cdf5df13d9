package dev.reportengine.core.internal.store;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.core.internal.json.JsonCodec;
import java.time.Instant;

/**
 * An idempotency record as a small JSON object: one per file in the directory store, and the text
 * {@link dev.reportengine.core.StoreJson} gives other stores.
 */
public final class IdempotencyJson {

  private static final String[] FIELDS = {
    "key", "requestSha256", "jobId", "createdAt", "expiresAt"
  };

  private final JsonCodec json;

  /** Reads and writes with {@code json}. */
  public IdempotencyJson(JsonCodec json) {
    this.json = json;
  }

  /** The record as a JSON object with five string members. */
  public String write(IdempotencyRecord r) {
    return json.writeValue(
        JsonValue.JsonObject.builder()
            .put("key", r.key())
            .put("requestSha256", r.requestSha256())
            .put("jobId", r.jobId())
            .put("createdAt", r.createdAt().toString())
            .put("expiresAt", r.expiresAt().toString())
            .build());
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IllegalArgumentException if the text is not such a record
   */
  public IdempotencyRecord read(String text) {
    if (!(json.readValue(text) instanceof JsonValue.JsonObject object)) {
      throw new IllegalArgumentException("an idempotency record must be a JSON object");
    }
    String[] values = new String[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      String field = FIELDS[i];
      values[i] =
          object
              .get(field)
              .filter(JsonValue.JsonString.class::isInstance)
              .map(v -> ((JsonValue.JsonString) v).value())
              .orElseThrow(
                  () -> new IllegalArgumentException("missing string member [" + field + "]"));
    }
    return new IdempotencyRecord(
        values[0], values[1], values[2], Instant.parse(values[3]), Instant.parse(values[4]));
  }
}
