package dev.reportengine.cli;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaUnreadableException;
import dev.reportengine.core.ContractJson;
import dev.reportengine.media.TranscriptFormats;
import dev.reportengine.templates.analysis.SpeakerStats;
import dev.reportengine.templates.analysis.TalkTime;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inspect}: what the engine reads from a transcript file: its detected format, duration,
 * language, whether timings are estimated, and per entity the talk time, share, words and turns
 * (the same statistics the reports use). It reads the file with engine-media's installed formats
 * (built-in and found with {@link java.util.ServiceLoader}), without building an engine.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what the engine reads from a transcript file: format, duration, language,",
      "whether timings are estimated, and per speaker talk time, share, words and turns.",
      "Formats on the class path (TranscriptFormat, found with ServiceLoader) are read too.",
      "Exit 0 on success, 1 when the file cannot be read, 2 for a bad command line."
    })
final class InspectCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A transcript file in any supported format.")
  Path file;

  @Option(names = "--json", description = "Print JSON with stable keys instead of text.")
  boolean json;

  @Option(
      names = "--format",
      paramLabel = "NAME",
      description = "Read the file in this format instead of detecting it, such as webvtt.")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("error: no such file: " + file);
      return ExitCodes.INVALID;
    }
    TranscriptFormats formats;
    try {
      formats = TranscriptFormats.installed();
    } catch (IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.JOB_FAILED;
    }
    if (format != null && formats.format(format).isEmpty()) {
      err.println(
          "error: unknown --format "
              + format
              + "; known formats: "
              + String.join(", ", formats.names()));
      return ExitCodes.INVALID;
    }
    Media media;
    try {
      media = format == null ? formats.read(file) : formats.read(file, format);
    } catch (MediaUnreadableException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.JOB_FAILED;
    }
    List<SpeakerStats> stats = TalkTime.perEntity(media);
    out.print(
        json ? ContractJson.create().writeValue(toJson(media, stats)) + "\n" : text(media, stats));
    out.flush();
    return ExitCodes.OK;
  }

  static JsonValue toJson(Media media, List<SpeakerStats> stats) {
    List<JsonValue> entities = new ArrayList<>();
    for (SpeakerStats s : stats) {
      Entity entity = media.entity(s.entityId()).orElseThrow();
      entities.add(
          JsonValue.JsonObject.builder()
              .put("id", entity.id())
              .put("label", entity.label().<JsonValue>map(JsonValue::of).orElse(JsonValue.NULL))
              .put("talk_time_seconds", round(s.talkSeconds(), 3))
              .put("talk_share", round(s.share(), 4))
              .put("word_count", s.words())
              .put("turn_count", s.turns())
              .build());
    }
    return JsonValue.JsonObject.builder()
        .put("format", media.sourceFormat().<JsonValue>map(JsonValue::of).orElse(JsonValue.NULL))
        .put("duration_seconds", round(media.durationSeconds(), 3))
        .put("language", media.language().<JsonValue>map(JsonValue::of).orElse(JsonValue.NULL))
        .put("timings_estimated", media.timingsEstimated())
        .put("entities", JsonValue.array(entities))
        .build();
  }

  private static String text(Media media, List<SpeakerStats> stats) {
    StringBuilder s = new StringBuilder();
    s.append("format:            ").append(media.sourceFormat().orElse("(in memory)")).append('\n');
    s.append("duration:          ")
        .append(clock(media.durationSeconds()))
        .append(String.format(Locale.ROOT, " (%.3f s)%n", media.durationSeconds()));
    s.append("language:          ").append(media.language().orElse("(not given)")).append('\n');
    s.append("timings estimated: ")
        .append(
            media.timingsEstimated() ? "yes (from word counts; the file lacks some times)" : "no")
        .append('\n');
    s.append(String.format(Locale.ROOT, "%nentities (%d):%n", stats.size()));
    s.append(
        String.format(
            Locale.ROOT,
            "  %-28s %-28s %10s %7s %7s %6s%n",
            "id",
            "label",
            "talk (s)",
            "share",
            "words",
            "turns"));
    for (SpeakerStats st : stats) {
      Entity e = media.entity(st.entityId()).orElseThrow();
      s.append(
          String.format(
              Locale.ROOT,
              "  %-28s %-28s %10.1f %6.1f%% %7d %6d%n",
              e.id(),
              e.label().orElse("(unknown)"),
              st.talkSeconds(),
              st.share() * 100,
              st.words(),
              st.turns()));
    }
    return s.toString();
  }

  private static String clock(double seconds) {
    long s = Math.round(Math.floor(seconds));
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  private static JsonValue round(double value, int places) {
    return JsonValue.of(
        BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue());
  }
}
