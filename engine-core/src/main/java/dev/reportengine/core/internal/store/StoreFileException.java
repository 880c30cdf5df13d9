package dev.reportengine.core.internal.store;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.ReportEngineException;

/**
 * A file of a file store cannot be read, decoded or written. Code {@code internal}; the message
 * names the file relative to the store directory and says what is wrong ("store file
 * reports/rep_1.json: invalid JSON at line 1, column 5: ...", "permission denied", "empty file"),
 * never an absolute path, so it can reach API callers. The cause is kept.
 */
public final class StoreFileException extends ReportEngineException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String reason;

  private StoreFileException(String message, String file, String reason, Throwable cause) {
    super(ErrorCode.INTERNAL, message, cause);
    this.file = file;
    this.reason = reason;
  }

  /** A file that exists but cannot be read or is not what its folder holds. */
  static StoreFileException unreadable(String file, String reason, Throwable cause) {
    return new StoreFileException("store file " + file + ": " + reason, file, reason, cause);
  }

  /** A file that cannot be written. */
  static StoreFileException unwritable(String file, String reason, Throwable cause) {
    return new StoreFileException(
        "cannot write store file " + file + ": " + reason, file, reason, cause);
  }

  /** The file, relative to the store directory, such as {@code jobs/job_1.json}. */
  public String file() {
    return file;
  }

  /** What is wrong with it, such as {@code empty file}. */
  public String reason() {
    return reason;
  }
}
