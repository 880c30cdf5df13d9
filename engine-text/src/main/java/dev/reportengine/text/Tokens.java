package dev.reportengine.text;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into words and into index terms, the same way for every template.
 *
 * <p>Words are whitespace-separated runs that hold a letter or digit; in Chinese and Japanese
 * script, which is written without spaces, each character counts as a word. Terms are the lowercase
 * letter/digit runs used for keywords: an apostrophe between letters stays inside a term ({@code
 * don't}), Latin terms need at least 3 characters and other alphabetic ones 2, terms made only of
 * digits are dropped, and Chinese or Japanese runs become overlapping two-character terms.
 *
 * <p>For matching names and roles, {@link #fold} removes accents and case, and {@link #split} cuts
 * text into runs of letters and numbers with every other character (apostrophes too) a separator.
 */
public final class Tokens {

  private static final Pattern NOT_LETTER_OR_NUMBER = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Tokens() {}

  /** Counts the words of {@code text}. */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        count += inWord ? 2 : 1;
        inWord = false;
      } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        count += inWord ? 1 : 0;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        inWord = true;
      }
    }
    return count + (inWord ? 1 : 0);
  }

  /**
   * The lowercase words of {@code text}, in order: letter/digit runs (an apostrophe between letters
   * stays inside, {@code i'm}); each Chinese or Japanese character is a word of its own. Hyphens
   * and other punctuation split words.
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        flushWord(run, words);
        words.add(new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp)) {
        run.appendCodePoint(Character.toLowerCase(cp));
      } else if (isApostrophe(cp) && endsWithLetter(run) && letterAt(text, i)) {
        run.append('\'');
      } else {
        flushWord(run, words);
      }
    }
    flushWord(run, words);
    return words;
  }

  private static void flushWord(StringBuilder run, List<String> words) {
    if (run.length() > 0) {
      words.add(run.toString());
      run.setLength(0);
    }
  }

  /** The index terms of {@code text}, in order, with repetitions. */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean cjkRun = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean cjk = isCjk(cp);
      if (Character.isLetterOrDigit(cp) && (run.length() == 0 || cjk == cjkRun)) {
        run.appendCodePoint(cp);
        cjkRun = cjk;
      } else if (isApostrophe(cp) && !cjkRun && endsWithLetter(run) && letterAt(text, i)) {
        run.append('\'');
      } else {
        flush(run, cjkRun, terms);
        if (Character.isLetterOrDigit(cp)) {
          run.appendCodePoint(cp);
          cjkRun = cjk;
        }
      }
    }
    flush(run, cjkRun, terms);
    return terms;
  }

  private static void flush(StringBuilder run, boolean cjk, List<String> terms) {
    if (run.length() == 0) {
      return;
    }
    String token = run.toString().toLowerCase(Locale.ROOT);
    run.setLength(0);
    if (cjk) {
      int[] cps = token.codePoints().toArray();
      for (int k = 0; k + 1 < cps.length; k++) {
        terms.add(new String(cps, k, 2));
      }
      return;
    }
    if (allDigits(token)) {
      return;
    }
    int length = token.codePointCount(0, token.length());
    int first = firstLetter(token);
    boolean latin = first < 0x250 || UnicodeScript.of(first) == UnicodeScript.LATIN;
    int minimum = latin ? 3 : 2;
    if (length >= minimum) {
      terms.add(token);
    }
  }

  /** Whether every char of {@code token} is a digit (as {@code chars().allMatch(isDigit)}). */
  private static boolean allDigits(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit((int) token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The first letter of {@code token}, else {@code 'a'}. */
  private static int firstLetter(String token) {
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (Character.isLetter(cp)) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return 'a';
  }

  /** Whether the code point belongs to a script written without spaces between words. */
  static boolean isCjk(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.HAN
        || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019';
  }

  private static boolean endsWithLetter(StringBuilder run) {
    return run.length() > 0 && Character.isLetter(run.codePointBefore(run.length()));
  }

  private static boolean letterAt(String text, int index) {
    return index < text.length() && Character.isLetter(text.codePointAt(index));
  }

  /**
   * {@code text} with accents removed, a few letters spelled out ({@code ß}, {@code æ}, {@code ø},
   * {@code ł}), {@code ’} as {@code '}, in lower case; punctuation kept.
   */
  public static String fold(String text) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("")
            .replace("ß", "ss")
            .replace("æ", "ae")
            .replace("Æ", "ae")
            .replace("ø", "o")
            .replace("Ø", "o")
            .replace("ł", "l")
            .replace("Ł", "l")
            .replace("’", "'");
    return folded.toLowerCase(Locale.ROOT);
  }

  /**
   * The runs of letters and numbers of {@code text}, in order and as written: every other
   * character, an apostrophe too, separates. Apply to {@link #fold folded} text for matching.
   */
  public static List<String> split(String text) {
    return Arrays.stream(NOT_LETTER_OR_NUMBER.split(text)).filter(w -> !w.isEmpty()).toList();
  }
}
