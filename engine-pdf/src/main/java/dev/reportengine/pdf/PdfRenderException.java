package dev.reportengine.pdf;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.ReportEngineException;

/**
 * A report could not be rendered as PDF: it is larger than a {@link PdfLimits limit} allows, or
 * openhtmltopdf failed. The message names the report and the limit or the failure.
 */
public final class PdfRenderException extends ReportEngineException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public PdfRenderException(String message) {
    super(ErrorCode.INTERNAL, message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public PdfRenderException(String message, Throwable cause) {
    super(ErrorCode.INTERNAL, message, cause);
  }
}
