package dev.reportengine.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a cue payload into voice spans: {@code <v Name>} and {@code <v.class Name>} start a span
 * (the closing {@code </v>} is optional), other tags such as {@code <c>}, {@code <i>}, {@code <lang
 * en>} and timestamps are removed, and character references are decoded.
 */
final class WebVttCueText {

  private static final Pattern VOICE =
      Pattern.compile("v(?:\\.[^\\s>]*)?(?:\\s+(.*))?", Pattern.DOTALL);
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));");
  private static final Map<String, String> NAMED =
      Map.of(
          "amp", "&",
          "lt", "<",
          "gt", ">",
          "nbsp", "\u00A0",
          "lrm", "\u200E",
          "rlm", "\u200F",
          "quot", "\"",
          "apos", "'");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

  private WebVttCueText() {}

  /**
   * The cue's text split by voice. Linear in the payload: each {@code '>'} is searched for once (a
   * payload with no {@code '>'} after a {@code '<'} is not rescanned per character), and spans of
   * one voice are merged in a builder.
   */
  static List<VoiceSpan> spans(String payload) {
    List<Optional<String>> voices = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    Optional<String> voice = Optional.empty();
    StringBuilder text = new StringBuilder();
    int close = -1; // the next '>' at or after i, or payload.length() when there is none
    int i = 0;
    while (i < payload.length()) {
      char c = payload.charAt(i);
      if (c == '<' && i + 1 < payload.length() && isTagStart(payload.charAt(i + 1))) {
        if (close < i) {
          close = payload.indexOf('>', i);
          if (close < 0) {
            close = payload.length();
          }
        }
        if (close < payload.length() && close > i + 1) {
          String tag = payload.substring(i + 1, close);
          Matcher v = VOICE.matcher(tag);
          if (v.matches() || tag.equals("/v")) {
            add(voices, texts, voice, text);
            voice = v.matches() ? voiceName(v.group(1)) : Optional.empty();
          }
          i = close + 1;
          continue;
        }
      }
      text.append(c);
      i++;
    }
    add(voices, texts, voice, text);
    List<VoiceSpan> spans = new ArrayList<>(voices.size());
    for (int k = 0; k < voices.size(); k++) {
      spans.add(new VoiceSpan(voices.get(k), texts.get(k).toString()));
    }
    return spans;
  }

  private static boolean isTagStart(char c) {
    return c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static Optional<String> voiceName(String annotation) {
    return Optional.ofNullable(annotation).map(WebVttCueText::clean).filter(s -> !s.isEmpty());
  }

  /**
   * Adds the text collected so far as a span, merged into the last span when the voice is the same.
   */
  private static void add(
      List<Optional<String>> voices,
      List<StringBuilder> texts,
      Optional<String> voice,
      StringBuilder raw) {
    String text = clean(decode(raw.toString()));
    raw.setLength(0);
    if (text.isEmpty()) {
      return;
    }
    int last = voices.size() - 1;
    if (last >= 0 && voices.get(last).equals(voice)) {
      texts.get(last).append(' ').append(text);
    } else {
      voices.add(voice);
      texts.add(new StringBuilder(text));
    }
  }

  private static String clean(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** Decodes named and numeric character references; unknown ones stay as written. */
  static String decode(String text) {
    return REFERENCE
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(reference(m).orElse(m.group())));
  }

  private static Optional<String> reference(MatchResult m) {
    if (m.group(3) != null) {
      return Optional.ofNullable(NAMED.get(m.group(3)));
    }
    int codePoint =
        m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
    return Character.isValidCodePoint(codePoint) && codePoint != 0
        ? Optional.of(Character.toString(codePoint))
        : Optional.empty();
  }
}
