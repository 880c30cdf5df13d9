package dev.reportengine.cli;

/** The command line's exit codes. */
final class ExitCodes {

  /** The report was written. */
  static final int OK = 0;

  /** The job failed; {@code error.json} says why. */
  static final int JOB_FAILED = 1;

  /** The request or the command line was invalid; every violation was printed. */
  static final int INVALID = 2;

  private ExitCodes() {}
}
