package dev.reportengine.api.spi;

/**
 * An atomic insert-if-absent for idempotency records, which a {@link ReportStore} shared by several
 * engines (see {@link JobClaims}) may also implement. When the engine's store implements it, a
 * submit with an idempotency key first reserves the key for the job it is about to create, and
 * creates the job only if the reservation won: two engines submitting one key at the same moment
 * create one job. Without it, the engine serializes submits of one key within its own process only,
 * which is enough for a store that one engine uses.
 */
public interface SharedIdempotency {

  /**
   * Saves {@code record} unless the store holds a record with its key that is live at {@code
   * record.createdAt()} (an expired record is replaced), atomically with respect to every other
   * call on this store, from any process.
   *
   * @return the record that holds the key after the call: {@code record} when it was saved, else
   *     the live record already saved
   */
  IdempotencyRecord saveIdempotencyIfAbsent(IdempotencyRecord record);
}
