package dev.reportengine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into sentences and tells questions apart.
 *
 * <p>A sentence ends at a run of {@code . ? ! …} (with any closing quotes or brackets after it)
 * that is followed by whitespace or the end of the text, or at Chinese and Japanese full stops,
 * question and exclamation marks ({@code 。 ？ ！ ｡ ．}), which need no space after them. So {@code
 * 3.5}, {@code e.g.x} and {@code example.com/?q=1} do not split, and a {@code ?} inside a sentence
 * does not make it a question. Text without such punctuation is one sentence.
 */
public final class Sentences {

  private static final String LATIN_ENDS = ".?!\u2026";
  private static final String CJK_ENDS = "\u3002\uff1f\uff01\uff61\uff0e";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String CLOSERS = "\"')]}\u2019\u201d\u300d\u300f\uff09\u3011";

  private Sentences() {}

  /** The sentences of {@code text}, trimmed, with whitespace runs collapsed to one space. */
  public static List<String> split(String text) {
    String stripped = text.strip();
    String normalized =
        collapsed(stripped) ? stripped : WHITESPACE.matcher(stripped).replaceAll(" ");
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < normalized.length()) {
      char c = normalized.charAt(i);
      if (!isEnd(c)) {
        i++;
        continue;
      }
      boolean cjk = false;
      while (i < normalized.length() && isEnd(normalized.charAt(i))) {
        cjk |= CJK_ENDS.indexOf(normalized.charAt(i)) >= 0;
        i++;
      }
      while (i < normalized.length() && CLOSERS.indexOf(normalized.charAt(i)) >= 0) {
        i++;
      }
      if (cjk || i == normalized.length() || normalized.charAt(i) == ' ') {
        add(sentences, normalized.substring(start, i));
        start = i;
      }
    }
    add(sentences, normalized.substring(start));
    return sentences;
  }

  /** Whether {@code sentence} ends with a question mark ({@code ?} or {@code ？}). */
  public static boolean isQuestion(String sentence) {
    int i = sentence.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(sentence.charAt(i)) >= 0) {
      i--;
    }
    for (; i >= 0 && isEnd(sentence.charAt(i)); i--) {
      char c = sentence.charAt(i);
      if (c == '?' || c == '\uff1f') {
        return true;
      }
    }
    return false;
  }

  private static boolean isEnd(char c) {
    if (c < 0x80) {
      return c == '.' || c == '?' || c == '!';
    }
    return LATIN_ENDS.indexOf(c) >= 0 || CJK_ENDS.indexOf(c) >= 0;
  }

  /**
   * Whether {@link #WHITESPACE} would leave {@code text} as it is: no whitespace but single spaces.
   */
  private static boolean collapsed(String text) {
    char previous = 'x';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? previous == ' ' : c <= '\r' && c >= '\t') {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static void add(List<String> sentences, String candidate) {
    String sentence = candidate.strip();
    for (int i = 0; i < sentence.length(); ) {
      int cp = sentence.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        sentences.add(sentence);
        return;
      }
      i += Character.charCount(cp);
    }
  }
}
