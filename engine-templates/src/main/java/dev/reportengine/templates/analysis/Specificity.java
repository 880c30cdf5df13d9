package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How concrete the target's speech is, per 100 of its words: numbers (words with a digit, or in the
 * language's {@code number-words}), names (capitalized words that do not start a sentence, other
 * than "I" and its contractions) and example markers ("for example", "such as"). Needs the
 * language's lexicons.
 *
 * @param words the target's words
 * @param numbers number mentions
 * @param names name mentions
 * @param examples example markers
 */
public record Specificity(int words, int numbers, int names, int examples) {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}']+$");

  private static boolean endsSentence(String word) {
    char last = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':';
  }

  /** Counts the target's specifics. */
  public static Specificity of(Media media, String entityId, LanguagePack language) {
    Lexicon numberWords = language.lexicon("number-words");
    Lexicon markers = language.lexicon("example-markers");
    int words = 0;
    int numbers = 0;
    int names = 0;
    int examples = 0;
    for (Utterance u : media.utterances()) {
      if (!u.entityId().equals(entityId)) {
        continue;
      }
      for (String sentence : Sentences.split(u.text())) {
        List<String> lower = Tokens.words(sentence);
        words += lower.size();
        examples += markers.count(lower);
        for (String w : lower) {
          if (hasDigit(w) || numberWords.contains(w)) {
            numbers++;
          }
        }
        names += names(sentence);
      }
    }
    return new Specificity(words, numbers, names, examples);
  }

  /** The names in a sentence: capitalized words that do not start it, other than "I". */
  static int names(String sentence) {
    String[] raw = WHITESPACE.split(sentence);
    int count = 0;
    for (int k = 1; k < raw.length; k++) {
      if (!hasUpperCase(raw[k])) {
        continue; // its trimmed form cannot start with a capital
      }
      String w = EDGES.matcher(raw[k]).replaceAll("");
      if (!w.isEmpty()
          && Character.isUpperCase(w.codePointAt(0))
          && !w.equals("I")
          && !w.startsWith("I'")
          && !endsSentence(raw[k - 1])) {
        count++;
      }
    }
    return count;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit((int) word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUpperCase(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isUpperCase(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** All specifics (numbers, names, examples) per 100 words; 0 without words. */
  public double per100() {
    return words > 0 ? (numbers + names + examples) * 100.0 / words : 0;
  }
}
