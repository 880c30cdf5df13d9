package dev.reportengine.media.internal;

/**
 * One cue as written in the file.
 *
 * @param line the 1-based line of its timing line
 * @param startMillis when it starts
 * @param endMillis when it ends, not before the start
 * @param payload its text lines joined with {@code \n}, tags and entities still in place
 */
record WebVttCue(int line, long startMillis, long endMillis, String payload) {}
