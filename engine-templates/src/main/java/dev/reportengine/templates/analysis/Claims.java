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

  /** The claims among {@code sentences}, in order. */
  public static List<Excerpt> among(List<Excerpt> sentences, LanguagePack language) {
    return sentences.stream().filter(e -> isClaim(e.text(), language)).toList();
  }
}
