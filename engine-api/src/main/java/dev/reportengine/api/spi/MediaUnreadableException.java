package dev.reportengine.api.spi;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.ReportEngineException;
import org.jspecify.annotations.Nullable;

/**
 * Media exists but cannot be read. The message names the file and the line or JSON path, and what
 * was expected there.
 */
public final class MediaUnreadableException extends ReportEngineException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the file and the place in it. */
  public MediaUnreadableException(String message) {
    super(ErrorCode.MEDIA_UNREADABLE, message);
  }

  /** An exception with a message and the underlying cause. */
  public MediaUnreadableException(String message, @Nullable Throwable cause) {
    super(ErrorCode.MEDIA_UNREADABLE, message, cause);
  }
}
