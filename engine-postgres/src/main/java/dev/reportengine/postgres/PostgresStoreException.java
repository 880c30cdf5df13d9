package dev.reportengine.postgres;

import java.sql.SQLException;

/**
 * A database operation of {@link PostgresReportStore} or {@link PostgresMigrations} failed; the
 * cause is the driver's {@link SQLException}, with its SQLSTATE.
 */
public final class PostgresStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with a message naming what was being done. */
  public PostgresStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure without an underlying exception. */
  public PostgresStoreException(String message) {
    super(message);
  }
}
