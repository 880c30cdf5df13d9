package dev.reportengine.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Gives every piece of a transcript a start and an end when the file gives only some of them (or
 * none): the times a file gives are kept exactly; pieces without them are spoken at {@value
 * #WORDS_PER_MINUTE} words per minute from the last known time (the media's start, 0, when there is
 * none yet), and when that would run past the next known time they are compressed evenly, by word
 * count, to end there. A known time earlier than the one before it cannot be met; the pieces before
 * it then take no time. Every time that is not the file's own is marked estimated.
 */
final class TimingEstimator {

  /** The speaking rate assumed for words without times. */
  static final double WORDS_PER_MINUTE = 150;

  private static final double SECONDS_PER_WORD = 60 / WORDS_PER_MINUTE;

  private TimingEstimator() {}

  /**
   * A stretch of text with its word count and the times the file gives for it.
   *
   * @param words its word count, at least 0
   * @param start its start, when the file gives it
   * @param end its end, when the file gives it
   */
  record Piece(int words, OptionalDouble start, OptionalDouble end) {}

  /**
   * The times of one piece.
   *
   * @param start when it starts
   * @param end when it ends, not before the start
   * @param estimated whether either time was estimated
   */
  record Timing(double start, double end, boolean estimated) {}

  /** The timing of every piece, in order. */
  static List<Timing> estimate(List<Piece> pieces) {
    List<Timing> timings = new ArrayList<>(pieces.size());
    double cursor = 0;
    int i = 0;
    while (i < pieces.size()) {
      Piece piece = pieces.get(i);
      if (piece.start().isPresent()) {
        double start = piece.start().getAsDouble();
        double end =
            piece.end().isPresent() ? piece.end().getAsDouble() : naturalEnd(pieces, i, start);
        double estimatedEnd = piece.end().isPresent() ? end : millis(end);
        timings.add(new Timing(start, Math.max(start, estimatedEnd), piece.end().isEmpty()));
        cursor = Math.max(start, end);
        i++;
      } else {
        i = run(pieces, i, cursor, timings);
        cursor = timings.get(i - 1).end();
      }
    }
    return timings;
  }

  /** Estimates are rounded to milliseconds: they are not more precise than that. */
  private static double millis(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }

  /** A piece with a start and no end: 150 wpm, but not past the next piece's known start. */
  private static double naturalEnd(List<Piece> pieces, int i, double start) {
    double end = start + pieces.get(i).words() * SECONDS_PER_WORD;
    if (i + 1 < pieces.size() && pieces.get(i + 1).start().isPresent()) {
      end = Math.min(end, pieces.get(i + 1).start().getAsDouble());
    }
    return end;
  }

  /**
   * Times the pieces without a start from {@code first} on, up to the first one with an end or the
   * last one before a known start; returns the index after the run.
   */
  private static int run(List<Piece> pieces, int first, double cursor, List<Timing> timings) {
    int last = first;
    while (pieces.get(last).end().isEmpty()
        && last + 1 < pieces.size()
        && pieces.get(last + 1).start().isEmpty()) {
      last++;
    }
    OptionalDouble limit =
        pieces.get(last).end().isPresent()
            ? pieces.get(last).end()
            : last + 1 < pieces.size() ? pieces.get(last + 1).start() : OptionalDouble.empty();
    int words = 0;
    for (int k = first; k <= last; k++) {
      words += pieces.get(k).words();
    }
    double pace = SECONDS_PER_WORD;
    if (limit.isPresent() && words > 0) {
      pace = Math.min(pace, Math.max(0, limit.getAsDouble() - cursor) / words);
    }
    double t = cursor;
    for (int k = first; k <= last; k++) {
      double start = t;
      t += pieces.get(k).words() * pace;
      if (k == last && pieces.get(k).end().isPresent()) {
        t = Math.max(start, pieces.get(k).end().getAsDouble());
      }
      timings.add(new Timing(millis(start), millis(t), true));
    }
    return last + 1;
  }
}
