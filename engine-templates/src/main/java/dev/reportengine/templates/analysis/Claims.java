package dev.reportengine.templates.analysis;

import java.util.List;

/**
 * Explicit first-person claims: sentences of the target that hold a phrase of the language's {@code
 * claims} lexicon ("I have", "I led", "I've worked with", ...). A claim is what the speaker says
 * about themselves, reported as said, not verified.
 */
public final class Claims {

  private Claims() {}

  /** Whether {@code sentence} is an explicit first-person claim. */
  public static boolean isClaim(String sentence, LanguagePack language) {
    return language.lexicon("claims").count(Tokens.words(sentence)) > 0;
  }

  /** Whether a sentence given as its lowercase words is an explicit first-person claim. */
  public static boolean isClaim(List<String> words, LanguagePack language) {
    return language.lexicon("claims").count(words) > 0;
  }
}
