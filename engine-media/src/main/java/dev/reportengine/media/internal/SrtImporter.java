package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SubRip (SRT) subtitles. A cue starts at a timing line {@code 00:00:01,000 --> 00:00:04,000}
 * (optionally after a counter line) and runs until the next cue, so blank lines inside a cue's text
 * are kept as part of it. Speakers follow the {@code Name: text} convention ({@link
 * SpeakerPrefix}); without it, every cue belongs to {@code unknown}. When the first cue starts an
 * hour or more in, the times are wall-clock times (as some recorders write them) and become offsets
 * from the first cue.
 */
final class SrtImporter extends BuiltInFormat {

  SrtImporter() {
    super(Match.SOLID);
  }

  private static final String TIME = "(\\d{1,6}:\\d{1,2}:\\d{1,2}(?:[,.]\\d{1,9})?)";
  private static final Pattern TIMING =
      Pattern.compile("\\s*(-?\\S+)\\s*-->\\s*(-?\\S+)(?:\\s.*)?");
  private static final Pattern COUNTER = Pattern.compile("\\s*\\d+\\s*");
  private static final Pattern STRICT_TIMING =
      Pattern.compile("\\s*" + TIME + "\\s*-->\\s*" + TIME + ".*");
  private static final double WALL_CLOCK_SECONDS = 3600;

  private record Cue(int line, double start, double end, String text) {}

  @Override
  public String name() {
    return "srt";
  }

  @Override
  public String description() {
    return "SRT (a counter line, then a timing line 00:00:01,000 --> 00:00:04,000)";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    List<String> first = source.text().lines().filter(l -> !l.isBlank()).limit(2).toList();
    return (first.size() == 2
            && COUNTER.matcher(first.get(0)).matches()
            && STRICT_TIMING.matcher(first.get(1)).matches())
        || (!first.isEmpty() && STRICT_TIMING.matcher(first.get(0)).matches());
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    List<Cue> cues = cues(source);
    double offset =
        !cues.isEmpty() && cues.get(0).start() >= WALL_CLOCK_SECONDS ? cues.get(0).start() : 0;
    boolean prefixes = SpeakerPrefix.isConvention(cues.stream().map(Cue::text).toList());
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    for (Cue cue : cues) {
      if (cue.start() < offset) {
        throw source.errorAtLine(
            cue.line(),
            "cue starts before the first cue's wall-clock time; times must not go back");
      }
      Optional<SpeakerPrefix.Split> split =
          prefixes ? SpeakerPrefix.split(cue.text()) : Optional.empty();
      String speaker =
          split
              .map(s -> builder.speaker(s.name(), SpeakerPrefix.attributes(s.name())))
              .orElseGet(builder::unknownSpeaker);
      String text = split.map(SpeakerPrefix.Split::text).orElse(cue.text());
      double start = shift(cue.start(), offset);
      double end = shift(cue.end(), offset);
      builder.timed(speaker, start, end, text, List.of());
      builder.duration(end);
    }
    return builder.build(mediaId);
  }

  /** {@code time - offset}, to the microsecond, so 18:17:03,435 - 18:16:56,181 is 7.254. */
  private static double shift(double time, double offset) {
    return offset == 0 ? time : Math.round((time - offset) * 1e6) / 1e6;
  }

  private static List<Cue> cues(TranscriptText source) {
    String[] lines = source.text().split("\r\n|\r|\n", -1);
    List<Cue> cues = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      source.checkpoint();
      int timing = timingLineAt(lines, i);
      if (timing < 0) {
        if (!lines[i].isBlank()) {
          throw source.errorAtLine(
              i + 1,
              "expected a cue: a counter line and a timing line like 00:00:01,000 --> 00:00:04,000,"
                  + " found \""
                  + JsonReads.abbreviate(lines[i])
                  + "\"");
        }
        i++;
        continue;
      }
      Matcher m = TIMING.matcher(lines[timing]);
      m.matches();
      double start = time(source, timing + 1, m.group(1));
      double end = time(source, timing + 1, m.group(2));
      if (end < start) {
        throw source.errorAtLine(
            timing + 1, "the cue ends at " + m.group(2) + ", before it starts at " + m.group(1));
      }
      int next = timing + 1;
      StringBuilder text = new StringBuilder();
      while (next < lines.length && timingLineAt(lines, next) < 0) {
        text.append(lines[next]).append('\n');
        next++;
      }
      cues.add(new Cue(timing + 1, start, end, text.toString().strip()));
      i = next;
    }
    return cues;
  }

  /** The index of the timing line of a cue starting at line {@code i}, or -1. */
  private static int timingLineAt(String[] lines, int i) {
    if (TIMING.matcher(lines[i]).matches() && lines[i].contains("-->")) {
      return i;
    }
    if (COUNTER.matcher(lines[i]).matches()
        && i + 1 < lines.length
        && lines[i + 1].contains("-->")
        && TIMING.matcher(lines[i + 1]).matches()) {
      return i + 1;
    }
    return -1;
  }

  private static double time(TranscriptText source, int line, String text) {
    if (text.startsWith("-")) {
      throw source.errorAtLine(line, "negative time " + text + "; times start at 00:00:00,000");
    }
    return TimeCodes.parseSeconds(text)
        .orElseThrow(
            () ->
                source.errorAtLine(
                    line,
                    "expected a time like 00:01:02,500, found \""
                        + JsonReads.abbreviate(text)
                        + "\""));
  }
}
