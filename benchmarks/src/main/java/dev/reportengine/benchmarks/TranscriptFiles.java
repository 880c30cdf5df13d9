package dev.reportengine.benchmarks;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a conversation in the transcript formats the engine reads, so an import can be timed on
 * real text at any length: {@link #repeat} lays a real transcript end to end until it lasts as long
 * as asked. Word timings, where a format has them, are spread evenly over each utterance.
 */
final class TranscriptFiles {

  private TranscriptFiles() {}

  /** The utterances of {@code media} repeated (times shifted) to cover {@code seconds}. */
  static List<Utterance> repeat(Media media, double seconds) {
    List<Utterance> result = new ArrayList<>();
    double offset = 0;
    while (true) {
      for (Utterance u : media.utterances()) {
        if (offset + u.endSeconds() > seconds) {
          return result;
        }
        result.add(
            Utterance.of(
                u.entityId(), offset + u.startSeconds(), offset + u.endSeconds(), u.text()));
      }
      offset += media.durationSeconds();
    }
  }

  static String write(String format, Media media, List<Utterance> utterances) {
    return switch (format) {
      case "webvtt" -> webVtt(media, utterances);
      case "srt" -> srt(media, utterances);
      case "whisper" -> whisper(media, utterances);
      case "deepgram" -> deepgram(media, utterances);
      case "aws-transcribe" -> aws(media, utterances);
      case "qmsum" -> qmsum(media, utterances);
      case "markdown" -> markdown(media, utterances);
      default -> throw new IllegalArgumentException("no writer for format [" + format + "]");
    };
  }

  private static int speakerIndex(Media media, Utterance u) {
    return media.entities().indexOf(media.entity(u.entityId()).orElseThrow());
  }

  private static String name(Media media, Utterance u) {
    return media.entity(u.entityId()).flatMap(Entity::label).orElse("Unknown");
  }

  private static String webVtt(Media media, List<Utterance> utterances) {
    StringBuilder s = new StringBuilder("WEBVTT\r\n\r\n");
    int n = 1;
    for (Utterance u : utterances) {
      s.append(n++)
          .append("\r\n")
          .append(clock(u.startSeconds(), '.'))
          .append(" --> ")
          .append(clock(u.endSeconds(), '.'))
          .append("\r\n")
          .append(name(media, u))
          .append(": ")
          .append(u.text())
          .append("\r\n\r\n");
    }
    return s.toString();
  }

  private static String srt(Media media, List<Utterance> utterances) {
    StringBuilder s = new StringBuilder();
    int n = 1;
    for (Utterance u : utterances) {
      s.append(n++)
          .append('\n')
          .append(clock(u.startSeconds(), ','))
          .append(" --> ")
          .append(clock(u.endSeconds(), ','))
          .append('\n')
          .append(name(media, u))
          .append(": ")
          .append(u.text())
          .append("\n\n");
    }
    return s.toString();
  }

  private static String whisper(Media media, List<Utterance> utterances) {
    StringBuilder s = new StringBuilder("[");
    for (Utterance u : utterances) {
      s.append(s.length() > 1 ? ",\n" : "\n")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"start\": %.3f, \"end\": %.3f, \"text\": %s, \"speaker\": %s}",
                  u.startSeconds(),
                  u.endSeconds(),
                  quote(" " + u.text()),
                  quote(name(media, u))));
    }
    return s.append("\n]\n").toString();
  }

  private static String deepgram(Media media, List<Utterance> utterances) {
    StringBuilder s =
        new StringBuilder(
            "{\"metadata\": {\"duration\": 0}, \"results\": {\"channels\": [{\"alternatives\": [{\"words\": []}]}], \"utterances\": [");
    boolean first = true;
    for (Utterance u : utterances) {
      s.append(first ? "\n" : ",\n");
      first = false;
      s.append(
          String.format(
              Locale.ROOT,
              "{\"start\": %.3f, \"end\": %.3f, \"speaker\": %d, \"transcript\": %s, \"words\": [",
              u.startSeconds(),
              u.endSeconds(),
              speakerIndex(media, u),
              quote(u.text())));
      String[] words = u.text().split(" ");
      double step = u.durationSeconds() / words.length;
      for (int i = 0; i < words.length; i++) {
        s.append(i == 0 ? "" : ", ")
            .append(
                String.format(
                    Locale.ROOT,
                    "{\"word\": %s, \"start\": %.3f, \"end\": %.3f, \"confidence\": 0.9, \"punctuated_word\": %s}",
                    quote(words[i]),
                    u.startSeconds() + i * step,
                    u.startSeconds() + (i + 1) * step,
                    quote(words[i])));
      }
      s.append("]}");
    }
    return s.append("]}}\n").toString();
  }

  private static String aws(Media media, List<Utterance> utterances) {
    StringBuilder segments = new StringBuilder();
    StringBuilder items = new StringBuilder();
    for (Utterance u : utterances) {
      String speaker = "spk_" + speakerIndex(media, u);
      segments
          .append(segments.length() == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"start_time\": \"%.3f\", \"end_time\": \"%.3f\", \"speaker_label\": \"%s\", \"items\": []}",
                  u.startSeconds(),
                  u.endSeconds(),
                  speaker));
      String[] words = u.text().split(" ");
      double step = u.durationSeconds() / words.length;
      for (int i = 0; i < words.length; i++) {
        items
            .append(items.length() == 0 ? "" : ",")
            .append(
                String.format(
                    Locale.ROOT,
                    "{\"type\": \"pronunciation\", \"start_time\": \"%.3f\", \"end_time\": \"%.3f\", \"alternatives\": [{\"confidence\": \"0.9\", \"content\": %s}]}",
                    u.startSeconds() + i * step,
                    u.startSeconds() + (i + 1) * step,
                    quote(words[i])));
      }
      items.append(",{\"type\": \"punctuation\", \"alternatives\": [{\"content\": \".\"}]}");
    }
    return "{\"jobName\": \"bench\", \"status\": \"COMPLETED\", \"results\": {\"transcripts\": [], \"speaker_labels\": {\"segments\": ["
        + segments
        + "]}, \"items\": ["
        + items
        + "]}}\n";
  }

  private static String qmsum(Media media, List<Utterance> utterances) {
    StringBuilder s = new StringBuilder("{\"meeting_transcripts\": [");
    for (Utterance u : utterances) {
      s.append(s.charAt(s.length() - 1) == '[' ? "\n" : ",\n")
          .append("{\"speaker\": ")
          .append(quote(name(media, u)))
          .append(", \"content\": ")
          .append(quote(u.text() + " {vocalsound}"))
          .append('}');
    }
    return s.append("]}\n").toString();
  }

  private static String markdown(Media media, List<Utterance> utterances) {
    StringBuilder s = new StringBuilder();
    double nextMarker = 0;
    for (Utterance u : utterances) {
      s.append("**").append(name(media, u)).append(":** ");
      if (u.startSeconds() >= nextMarker) {
        s.append("\\[").append(clock(u.startSeconds(), '.')).append("\\] ");
        nextMarker = u.startSeconds() + 240;
      }
      s.append(u.text().replace("*", "\\*")).append("\n\n");
    }
    return s.toString();
  }

  private static String clock(double seconds, char separator) {
    long ms = Math.round(seconds * 1000);
    return String.format(
        Locale.ROOT,
        "%02d:%02d:%02d%c%03d",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        separator,
        ms % 1000);
  }

  private static String quote(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        default -> {
          if (c < 0x20) {
            s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}
