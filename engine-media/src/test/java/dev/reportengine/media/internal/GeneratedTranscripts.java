package dev.reportengine.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Realistic transcripts of any length in every built-in format, for scaling and cancellation tests:
 * a sales or interview conversation between two to four speakers whose turns mix statements,
 * questions, names, numbers, prices and dates. Deterministic: the same arguments give the same
 * text. Consecutive turns always have different speakers, so every turn becomes one utterance in
 * every format, including those that group words by speaker.
 */
final class GeneratedTranscripts {

  /** The ids of the built-in formats, in detection order. */
  static final List<String> FORMATS =
      List.of(
          "report-engine",
          "webvtt",
          "rev-nlp",
          "srt",
          "speaker-blocks",
          "speaker-lines",
          "deepgram",
          "assemblyai",
          "aws-transcribe",
          "rev",
          "qmsum",
          "whisper",
          "markdown");

  private static final String[] NAMES = {"Ana Ortiz", "Ben Cole", "Chloe Park", "Dev Patel"};
  private static final String[] ROLES = {"Account Executive", "Buyer", "Engineer", "Manager"};
  private static final String[] OTHERS = {"Maria", "Tom", "Priya", "Lukas", "Sofia", "Kenji"};
  private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Northwind"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  private static final String[] SENTENCES = {
    "We onboarded {n} new seats in March, so the renewal looks solid.",
    "What would it cost you if the rollout slipped by {n} weeks?",
    "{o} mentioned the budget is around ${n} thousand for next year.",
    "Can you walk me through how you handled the migration at {c}?",
    "I led a team of {n} engineers and we cut latency by {p} percent.",
    "Honestly, the biggest risk is the integration with the billing system at {c}.",
    "Let's schedule a follow-up on {d} at {h} o'clock with {o}.",
    "Why did you decide to leave your last role after {n} years?",
    "Our pilot with {n} users finished last quarter, and churn dropped to {p} percent.",
    "Does that match what you heard from {o}?",
    "Sure, I will send the proposal by {d}.",
    "That's a fair point; we shouldn't rush it.",
    "How many people would need access on day one?",
    "We pay ${n} per seat today, which is about {p} percent over what we planned.",
    "I don't think {c} has a decision maker on this yet.",
    "Could you share the security review from {o} before {d}?",
    "Right, and the contract runs for {n} months with a {p} percent discount.",
    "What happens to the data if you switch vendors?",
  };

  private static final Pattern PUNCTUATION = Pattern.compile("([,.?!;])");
  private static final Pattern NOT = Pattern.compile("n't\\b");
  private static final Pattern CLITIC = Pattern.compile("'(s|ll|re|ve|d|m)\\b");

  private GeneratedTranscripts() {}

  /** One turn: its speaker (an index into the speakers), its times and its words. */
  record Turn(int speaker, double start, double end, List<String> words) {
    String text() {
      return String.join(" ", words);
    }

    double wordStart(int k) {
      return start + (end - start) * k / words.size();
    }

    double wordEnd(int k) {
      return start + (end - start) * (k + 1) / words.size() - 0.01;
    }
  }

  /** A conversation: its speakers' names and its turns. */
  record Conversation(List<String> speakers, List<Turn> turns) {
    double duration() {
      return turns.isEmpty() ? 0 : turns.get(turns.size() - 1).end() + 1;
    }
  }

  /** A transcript of {@code turns} turns in the format with id {@code formatId}. */
  static String of(String formatId, int turns) {
    return render(formatId, conversation(turns, -1, 0));
  }

  /**
   * A transcript of three turns whose middle one has {@code sentences} sentences: the worst case
   * within one turn, cue or paragraph.
   */
  static String withLongTurn(String formatId, int sentences) {
    return render(formatId, conversation(3, 1, sentences));
  }

  /**
   * A transcript of {@code turns} turns, each by a different speaker named with a note in
   * parentheses ({@code Attendee 7 (Globex)}), as in a town hall: the worst case for speaker
   * bookkeeping.
   */
  static String withManySpeakers(String formatId, int turns) {
    Conversation c = conversation(turns, -1, 0);
    List<String> names = new ArrayList<>(turns);
    List<Turn> distinct = new ArrayList<>(turns);
    for (int i = 0; i < turns; i++) {
      names.add("Attendee " + (i + 1) + " (" + COMPANIES[i % COMPANIES.length] + ")");
      Turn t = c.turns().get(i);
      distinct.add(new Turn(i, t.start(), t.end(), t.words()));
    }
    return render(formatId, new Conversation(names, distinct));
  }

  /** The number of speakers a transcript of {@code turns} turns has: two to four. */
  static int speakers(int turns) {
    return Math.min(turns, 2 + turns % 3);
  }

  /** The number of utterances the text of {@link #of} imports to in the given format. */
  static int utterances(String formatId, int turns) {
    return turns;
  }

  static Conversation conversation(int turns, int longTurn, int longSentences) {
    int speakers = speakers(turns);
    List<String> names = List.of(NAMES).subList(0, Math.max(speakers, 1));
    List<Turn> result = new ArrayList<>(turns);
    double t = 0.5;
    long seed = 17;
    for (int i = 0; i < turns; i++) {
      int sentences = i == longTurn ? longSentences : 1 + (i * 7 + 3) % 3;
      List<String> words = new ArrayList<>();
      for (int s = 0; s < sentences; s++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        words.addAll(List.of(sentence(i, s, seed).split(" ")));
      }
      double end = t + words.size() * 0.4;
      result.add(new Turn(speakers < 2 ? 0 : i % speakers, round(t), round(end), words));
      t = end + 0.5 + (i % 4) * 0.25;
    }
    return new Conversation(names, result);
  }

  private static String sentence(int turn, int index, long seed) {
    int r = (int) ((seed >>> 33) & 0x7fffffff);
    String s = SENTENCES[(r + index) % SENTENCES.length];
    return s.replace("{n}", Integer.toString(2 + (r >>> 3) % 97 + turn % 13))
        .replace("{p}", Integer.toString(3 + (r >>> 5) % 60))
        .replace("{h}", Integer.toString(1 + (r >>> 7) % 11))
        .replace("{o}", OTHERS[(r >>> 9) % OTHERS.length])
        .replace("{c}", COMPANIES[(r >>> 11) % COMPANIES.length])
        .replace("{d}", DAYS[(r >>> 13) % DAYS.length]);
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }

  static String render(String formatId, Conversation c) {
    return switch (formatId) {
      case "report-engine" -> mediaJson(c);
      case "webvtt" -> webVtt(c);
      case "rev-nlp" -> revNlp(c);
      case "srt" -> srt(c);
      case "speaker-blocks" -> speakerBlocks(c);
      case "speaker-lines" -> speakerLines(c);
      case "deepgram" -> deepgram(c);
      case "assemblyai" -> assemblyAi(c);
      case "aws-transcribe" -> awsTranscribe(c);
      case "rev" -> revJson(c);
      case "qmsum" -> qmsum(c);
      case "whisper" -> whisper(c);
      case "markdown" -> markdown(c);
      default -> throw new IllegalArgumentException("no generator for " + formatId);
    };
  }

  // ---- text formats ----

  private static String webVtt(Conversation c) {
    StringBuilder out = new StringBuilder("WEBVTT\n\nNOTE generated meeting transcript\n\n");
    int cue = 1;
    for (Turn turn : c.turns()) {
      out.append(cue++).append('\n');
      out.append(vttTime(turn.start())).append(" --> ").append(vttTime(turn.end())).append('\n');
      out.append("<v ").append(c.speakers().get(turn.speaker())).append('>');
      appendWrapped(out, turn.words(), 14, "\n");
      out.append("</v>\n\n");
    }
    return out.toString();
  }

  private static String srt(Conversation c) {
    StringBuilder out = new StringBuilder();
    int cue = 1;
    for (Turn turn : c.turns()) {
      out.append(cue++).append('\n');
      out.append(srtTime(turn.start())).append(" --> ").append(srtTime(turn.end())).append('\n');
      out.append(c.speakers().get(turn.speaker())).append(": ");
      appendWrapped(out, turn.words(), 14, "\n");
      out.append("\n\n");
    }
    return out.toString();
  }

  private static String speakerBlocks(Conversation c) {
    StringBuilder out = new StringBuilder();
    for (Turn turn : c.turns()) {
      out.append('[')
          .append(clock(turn.start(), 2))
          .append(" - ")
          .append(clock(turn.end(), 2))
          .append("] SPEAKER_0")
          .append(turn.speaker())
          .append('\n');
      appendWrapped(out, turn.words(), 16, "\n");
      out.append("\n\n");
    }
    return out.toString();
  }

  private static String speakerLines(Conversation c) {
    StringBuilder out = new StringBuilder();
    for (Turn turn : c.turns()) {
      out.append(clock(Math.floor(turn.start()), 0))
          .append('\t')
          .append("SPEAKER_0")
          .append(turn.speaker())
          .append('\n');
      appendWrapped(out, turn.words(), 16, "\n");
      out.append('\n');
    }
    return out.toString();
  }

  private static String markdown(Conversation c) {
    StringBuilder out = new StringBuilder("# Episode 42: Buying software in 2024\n\n");
    out.append("Transcript edited for clarity.\n\n");
    int i = 0;
    for (Turn turn : c.turns()) {
      out.append("**").append(c.speakers().get(turn.speaker())).append(":** ");
      if (i++ % 5 == 0) {
        out.append("\\[").append(clock(turn.start(), 2)).append("\\] ");
      }
      // a long turn is written as several paragraphs, the later ones without a name
      appendWrapped(out, turn.words(), 40, "\n\n");
      out.append("\n\n");
    }
    return out.toString();
  }

  private static String revNlp(Conversation c) {
    StringBuilder out =
        new StringBuilder("token|speaker|ts|endTs|punctuation|prepunctuation|case|tags|wer_tags\n");
    for (Turn turn : c.turns()) {
      for (int k = 0; k < turn.words().size(); k++) {
        String word = turn.words().get(k);
        int cut = word.length();
        while (cut > 1 && ",.?!;".indexOf(word.charAt(cut - 1)) >= 0) {
          cut--;
        }
        String token = word.substring(0, cut);
        boolean timed = k % 9 != 4; // the aligner dropped some tokens' times
        out.append(token)
            .append('|')
            .append(turn.speaker())
            .append('|')
            .append(timed ? seconds(turn.wordStart(k)) : "")
            .append('|')
            .append(timed ? seconds(turn.wordEnd(k)) : "")
            .append('|')
            .append(word.substring(cut))
            .append("||")
            .append(Character.isUpperCase(token.charAt(0)) ? "UC" : "LC")
            .append("|[]|[]\n");
      }
    }
    return out.toString();
  }

  // ---- JSON formats ----

  private static String mediaJson(Conversation c) {
    StringBuilder out = new StringBuilder("{\n  \"format\": \"report-engine.media.v1\",\n");
    out.append("  \"duration_seconds\": ").append(seconds(c.duration())).append(",\n");
    out.append("  \"language\": \"en\",\n  \"entities\": [\n");
    for (int s = 0; s < c.speakers().size(); s++) {
      out.append(s == 0 ? "" : ",\n")
          .append("    {\"id\": \"")
          .append(id(c.speakers().get(s)))
          .append("\", \"label\": ")
          .append(json(c.speakers().get(s)))
          .append(", \"attributes\": {\"role\": ")
          .append(json(ROLES[s % ROLES.length]))
          .append("}}");
    }
    out.append("\n  ],\n  \"utterances\": [\n");
    for (int i = 0; i < c.turns().size(); i++) {
      Turn turn = c.turns().get(i);
      out.append(i == 0 ? "" : ",\n")
          .append("    {\"entity_id\": \"")
          .append(id(c.speakers().get(turn.speaker())))
          .append("\", \"start_seconds\": ")
          .append(seconds(turn.start()))
          .append(", \"end_seconds\": ")
          .append(seconds(turn.end()))
          .append(", \"text\": ")
          .append(json(turn.text()))
          .append(", \"words\": [");
      for (int k = 0; k < turn.words().size(); k++) {
        out.append(k == 0 ? "" : ", ")
            .append("{\"text\": ")
            .append(json(turn.words().get(k)))
            .append(", \"start_seconds\": ")
            .append(seconds(turn.wordStart(k)))
            .append(", \"end_seconds\": ")
            .append(seconds(turn.wordEnd(k)))
            .append(", \"confidence\": 0.")
            .append(90 + k % 10)
            .append('}');
      }
      out.append("]}");
    }
    out.append("\n  ]\n}\n");
    return out.toString();
  }

  private static String deepgram(Conversation c) {
    StringBuilder transcript = new StringBuilder();
    StringBuilder words = new StringBuilder();
    StringBuilder utterances = new StringBuilder();
    for (int i = 0; i < c.turns().size(); i++) {
      Turn turn = c.turns().get(i);
      transcript.append(i == 0 ? "" : " ").append(turn.text());
      StringBuilder turnWords = new StringBuilder();
      for (int k = 0; k < turn.words().size(); k++) {
        String w = turn.words().get(k);
        turnWords
            .append(k == 0 ? "" : ",")
            .append("{\"word\":")
            .append(json(bare(w)))
            .append(",\"start\":")
            .append(seconds(turn.wordStart(k)))
            .append(",\"end\":")
            .append(seconds(turn.wordEnd(k)))
            .append(",\"confidence\":0.9")
            .append(k % 10)
            .append(",\"speaker\":")
            .append(turn.speaker())
            .append(",\"speaker_confidence\":0.8,\"punctuated_word\":")
            .append(json(w))
            .append('}');
      }
      words.append(i == 0 ? "" : ",").append(turnWords);
      utterances
          .append(i == 0 ? "" : ",\n")
          .append("{\"start\":")
          .append(seconds(turn.start()))
          .append(",\"end\":")
          .append(seconds(turn.end()))
          .append(",\"confidence\":0.93,\"channel\":0,\"transcript\":")
          .append(json(turn.text()))
          .append(",\"words\":[")
          .append(turnWords)
          .append("],\"speaker\":")
          .append(turn.speaker())
          .append(",\"id\":\"")
          .append("c0ffee00-0000-4000-8000-")
          .append(pad(i, 12))
          .append("\"}");
    }
    return "{\"metadata\":{\"request_id\":\"5a3c7e1e-2b1d-4b7a-9d1e-0c0ffee00000\","
        + "\"created\":\"2024-05-02T10:00:00.000Z\",\"duration\":"
        + seconds(c.duration())
        + ",\"channels\":1,\"models\":[\"nova-2\"]},\n\"results\":{\"channels\":[{"
        + "\"detected_language\":\"en\",\"alternatives\":[{\"transcript\":"
        + json(transcript.toString())
        + ",\"confidence\":0.94,\"words\":["
        + words
        + "]}]}],\n\"utterances\":[\n"
        + utterances
        + "]}}\n";
  }

  private static String assemblyAi(Conversation c) {
    StringBuilder text = new StringBuilder();
    StringBuilder utterances = new StringBuilder();
    for (int i = 0; i < c.turns().size(); i++) {
      Turn turn = c.turns().get(i);
      String speaker = String.valueOf((char) ('A' + turn.speaker()));
      text.append(i == 0 ? "" : " ").append(turn.text());
      utterances
          .append(i == 0 ? "" : ",\n")
          .append("{\"speaker\":\"")
          .append(speaker)
          .append("\",\"start\":")
          .append(millis(turn.start()))
          .append(",\"end\":")
          .append(millis(turn.end()))
          .append(",\"confidence\":0.91,\"text\":")
          .append(json(turn.text()))
          .append(",\"words\":[");
      for (int k = 0; k < turn.words().size(); k++) {
        utterances
            .append(k == 0 ? "" : ",")
            .append("{\"text\":")
            .append(json(turn.words().get(k)))
            .append(",\"start\":")
            .append(millis(turn.wordStart(k)))
            .append(",\"end\":")
            .append(millis(turn.wordEnd(k)))
            .append(",\"confidence\":0.9")
            .append(k % 10)
            .append(",\"speaker\":\"")
            .append(speaker)
            .append("\"}");
      }
      utterances.append("]}");
    }
    return "{\"id\":\"6rlr37h2ab-4d1c-4f5e-9f0a-1b2c3d4e5f60\",\"status\":\"completed\","
        + "\"language_code\":\"en_us\",\"audio_duration\":"
        + (long) Math.ceil(c.duration())
        + ",\"text\":"
        + json(text.toString())
        + ",\n\"utterances\":[\n"
        + utterances
        + "]}\n";
  }

  private static String awsTranscribe(Conversation c) {
    StringBuilder transcript = new StringBuilder();
    StringBuilder segments = new StringBuilder();
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < c.turns().size(); i++) {
      Turn turn = c.turns().get(i);
      String label = "spk_" + turn.speaker();
      transcript.append(i == 0 ? "" : " ").append(turn.text());
      segments
          .append(i == 0 ? "" : ",\n")
          .append("{\"start_time\":\"")
          .append(seconds(turn.start()))
          .append("\",\"speaker_label\":\"")
          .append(label)
          .append("\",\"end_time\":\"")
          .append(seconds(turn.end()))
          .append("\",\"items\":[");
      for (int k = 0; k < turn.words().size(); k++) {
        String w = turn.words().get(k);
        String start = seconds(turn.wordStart(k));
        String end = seconds(turn.wordEnd(k));
        segments
            .append(k == 0 ? "" : ",")
            .append("{\"start_time\":\"")
            .append(start)
            .append("\",\"speaker_label\":\"")
            .append(label)
            .append("\",\"end_time\":\"")
            .append(end)
            .append("\"}");
        items
            .append(items.length() == 0 ? "" : ",\n")
            .append("{\"start_time\":\"")
            .append(start)
            .append("\",\"end_time\":\"")
            .append(end)
            .append("\",\"alternatives\":[{\"confidence\":\"0.9")
            .append(k % 10)
            .append("\",\"content\":")
            .append(json(bare(w)))
            .append("}],\"type\":\"pronunciation\"}");
        String punctuation = w.substring(bare(w).length());
        if (!punctuation.isEmpty()) {
          items
              .append(",\n{\"alternatives\":[{\"confidence\":\"0.0\",\"content\":")
              .append(json(punctuation))
              .append("}],\"type\":\"punctuation\"}");
        }
      }
      segments.append("]}");
    }
    return "{\"jobName\":\"call-2024-05-02\",\"accountId\":\"123456789012\",\"results\":{"
        + "\"language_code\":\"en-US\",\"transcripts\":[{\"transcript\":"
        + json(transcript.toString())
        + "}],\n\"speaker_labels\":{\"speakers\":"
        + c.speakers().size()
        + ",\"segments\":[\n"
        + segments
        + "]},\n\"items\":[\n"
        + items
        + "]},\"status\":\"COMPLETED\"}\n";
  }

  private static String revJson(Conversation c) {
    StringBuilder out = new StringBuilder("{\"id\":\"gen-1\",\"created_on\":\"2024-05-02\",");
    out.append("\"speakers\":[");
    for (int s = 0; s < c.speakers().size(); s++) {
      out.append(s == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(s)
          .append("\",\"name\":")
          .append(json(c.speakers().get(s)))
          .append(s == 0 ? ",\"note\":\"interviewer\"" : ",\"note\":\"guest\"")
          .append('}');
    }
    out.append("],\n\"monologues\":[\n");
    for (int i = 0; i < c.turns().size(); i++) {
      Turn turn = c.turns().get(i);
      out.append(i == 0 ? "" : ",\n")
          .append("{\"speaker\":\"")
          .append(turn.speaker())
          .append("\",\"spans\":[");
      for (int k = 0; k < turn.words().size(); k++) {
        String w = turn.words().get(k);
        String bare = bare(w);
        out.append(k == 0 ? "" : ",{\"value\":\" \"},")
            .append("{\"value\":")
            .append(json(bare))
            .append(",\"ts\":")
            .append(seconds(turn.wordStart(k)))
            .append(",\"endTs\":")
            .append(seconds(turn.wordEnd(k)))
            .append('}');
        if (bare.length() < w.length()) {
          out.append(",{\"value\":").append(json(w.substring(bare.length()))).append('}');
        }
      }
      out.append("]}");
    }
    out.append("]}\n");
    return out.toString();
  }

  private static String qmsum(Conversation c) {
    StringBuilder out = new StringBuilder("{\"topic_list\":[{\"topic\":\"pricing\",");
    out.append("\"relevant_text_span\":[[\"0\",\"").append(c.turns().size() - 1).append("\"]]}],");
    out.append("\n\"meeting_transcripts\":[\n");
    for (int i = 0; i < c.turns().size(); i++) {
      Turn turn = c.turns().get(i);
      out.append(i == 0 ? "" : ",\n")
          .append("{\"speaker\":")
          .append(json(qmsumSpeaker(c, turn.speaker())))
          .append(",\"content\":")
          .append(json(tokenized(turn.text()) + (i % 6 == 0 ? " {disfmarker}" : "")))
          .append('}');
    }
    out.append("]}\n");
    return out.toString();
  }

  private static String whisper(Conversation c) {
    StringBuilder out = new StringBuilder("{\"language\":\"en\",\"segments\":[\n");
    for (int i = 0; i < c.turns().size(); i++) {
      Turn turn = c.turns().get(i);
      out.append(i == 0 ? "" : ",\n")
          .append("{\"start\":")
          .append(seconds(turn.start()))
          .append(",\"end\":")
          .append(seconds(turn.end()))
          .append(",\"text\":")
          .append(json(" " + turn.text()))
          .append(",\"speaker\":\"SPEAKER_0")
          .append(turn.speaker())
          .append("\",\"words\":[");
      for (int k = 0; k < turn.words().size(); k++) {
        out.append(k == 0 ? "" : ",")
            .append("{\"word\":")
            .append(json(turn.words().get(k)))
            .append(",\"start\":")
            .append(seconds(turn.wordStart(k)))
            .append(",\"end\":")
            .append(seconds(turn.wordEnd(k)))
            .append(",\"score\":0.8")
            .append(k % 10)
            .append(",\"speaker\":\"SPEAKER_0")
            .append(turn.speaker())
            .append("\"}");
      }
      out.append("]}");
    }
    out.append("]}\n");
    return out.toString();
  }

  // ---- helpers ----

  /** A QMSum role with a participant code ({@code Buyer B}), or the name when there are many. */
  private static String qmsumSpeaker(Conversation c, int s) {
    return c.speakers().size() <= ROLES.length
        ? ROLES[s] + " " + (char) ('A' + s)
        : c.speakers().get(s);
  }

  /** The words in lines of {@code perLine} words, joined by {@code separator}. */
  private static void appendWrapped(
      StringBuilder out, List<String> words, int perLine, String separator) {
    for (int k = 0; k < words.size(); k++) {
      if (k > 0) {
        out.append(k % perLine == 0 ? separator : " ");
      }
      out.append(words.get(k));
    }
  }

  /** A word without its trailing punctuation (at least one character kept). */
  private static String bare(String word) {
    int cut = word.length();
    while (cut > 1 && ",.?!;".indexOf(word.charAt(cut - 1)) >= 0) {
      cut--;
    }
    return word.substring(0, cut);
  }

  /** QMSum's tokenization: punctuation and clitics split off by a space. */
  private static String tokenized(String text) {
    String spaced = PUNCTUATION.matcher(text).replaceAll(" $1");
    return CLITIC.matcher(NOT.matcher(spaced).replaceAll(" n't")).replaceAll(" '$1");
  }

  private static String id(String name) {
    return name.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /** Seconds with three decimals, without String.format, which would dominate generation. */
  private static String seconds(double s) {
    long ms = Math.round(s * 1000);
    return (ms / 1000) + "." + pad(ms % 1000, 3);
  }

  private static String pad(long value, int digits) {
    String s = Long.toString(value);
    return "0".repeat(Math.max(0, digits - s.length())) + s;
  }

  private static long millis(double s) {
    return Math.round(s * 1000);
  }

  private static String vttTime(double s) {
    return clock(s, 3);
  }

  private static String srtTime(double s) {
    return clock(s, 3).replace('.', ',');
  }

  /** {@code HH:MM:SS}, with {@code digits} fraction digits after a point when digits > 0. */
  private static String clock(double s, int digits) {
    long scale = digits == 0 ? 1 : digits == 2 ? 100 : 1000;
    long total = Math.round(s * scale);
    long whole = total / scale;
    String hms = pad(whole / 3600, 2) + ":" + pad((whole / 60) % 60, 2) + ":" + pad(whole % 60, 2);
    return digits == 0 ? hms : hms + "." + pad(total % scale, digits);
  }

  private static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(ch);
      }
    }
    return out.append('"').toString();
  }
}
