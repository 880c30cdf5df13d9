package dev.reportengine.media.internal;

/**
 * Counts words for timing estimates: whitespace-separated runs holding a letter or digit; in
 * Chinese and Japanese script, each character is a word (the same rule as the templates' analysis).
 */
final class WordCounts {

  private WordCounts() {}

  static int count(String text) {
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

  private static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
