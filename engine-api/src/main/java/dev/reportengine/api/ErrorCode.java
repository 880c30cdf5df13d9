package dev.reportengine.api;

import java.util.Locale;

/** Stable error codes, written in JSON as lower snake case such as {@code media_not_found}. */
public enum ErrorCode {
  /** The request broke the contract; the violations say where. */
  INVALID_REQUEST,
  /** The media source has no media with the requested id. */
  MEDIA_NOT_FOUND,
  /** The media exists but could not be read; the message names the file and line or path. */
  MEDIA_UNREADABLE,
  /** The target strategy found nobody and {@code on_miss} was {@code error}. */
  TARGET_NOT_FOUND,
  /** The requested template is not registered in this engine. */
  TEMPLATE_NOT_FOUND,
  /** The template threw while building the report. */
  TEMPLATE_FAILED,
  /** A renderer (PDF) failed to render the finished report; the message names it and why. */
  RENDER_FAILED,
  /** The job ran past its deadline. */
  TIMEOUT,
  /** The job was canceled. */
  CANCELED,
  /** The engine cannot take more work now; try again later. */
  OVERLOADED,
  /** The engine is closed and takes no more jobs. */
  UNAVAILABLE,
  /** No job or report has the requested id. */
  NOT_FOUND,
  /** An idempotency key was used before with a different request; the message names the key. */
  IDEMPOTENCY_CONFLICT,
  /** A defect in the engine or a plug-in; the message says what failed. */
  INTERNAL;

  /** The JSON name, such as {@code target_not_found}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
