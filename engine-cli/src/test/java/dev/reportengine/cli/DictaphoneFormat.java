package dev.reportengine.cli;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.media.TranscriptFormat;
import dev.reportengine.media.TranscriptText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host's own transcript format, registered for these tests with {@code
 * META-INF/services/dev.reportengine.media.TranscriptFormat}: a {@code #dictaphone v1} header, then
 * one line per turn, {@code [start-end] Speaker | text} in seconds. Version 2 files are refused
 * with an {@link IllegalStateException}, as a format with a bug would fail.
 */
public final class DictaphoneFormat implements TranscriptFormat {

  private static final Pattern TURN =
      Pattern.compile("\\[(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)\\] ([^|]+?) \\| (.+)");

  @Override
  public String name() {
    return "dictaphone";
  }

  @Override
  public String description() {
    return "Dictaphone text (a first line \"#dictaphone v1\")";
  }

  @Override
  public Match detect(TranscriptText source) {
    return source.text().startsWith("#dictaphone ") ? Match.CERTAIN : Match.NONE;
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    List<String> lines = source.text().lines().toList();
    if (!lines.get(0).equals("#dictaphone v1")) {
      throw new IllegalStateException("no reader for " + lines.get(0).substring(1));
    }
    Map<String, Entity> speakers = new LinkedHashMap<>();
    List<Utterance> turns = new ArrayList<>();
    double end = 0;
    for (int i = 1; i < lines.size(); i++) {
      source.checkpoint();
      Matcher turn = TURN.matcher(lines.get(i));
      if (!turn.matches()) {
        throw source.errorAtLine(i + 1, "expected \"[start-end] Speaker | text\"");
      }
      String label = turn.group(3);
      String id = "s" + (speakers.size() + 1);
      Entity speaker = speakers.computeIfAbsent(label, l -> Entity.of(id, l));
      double to = Double.parseDouble(turn.group(2));
      turns.add(Utterance.of(speaker.id(), Double.parseDouble(turn.group(1)), to, turn.group(4)));
      end = Math.max(end, to);
    }
    return new Media(
        mediaId,
        end,
        Optional.empty(),
        Optional.empty(),
        List.copyOf(speakers.values()),
        turns,
        List.of());
  }
}
