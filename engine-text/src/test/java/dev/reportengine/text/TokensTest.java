package dev.reportengine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void wordCount_countsWhitespaceSeparatedWordsWithLettersOrDigits() {
    assertThat(Tokens.wordCount("  We shipped 3 dashboards — didn't we?  ")).isEqualTo(6);
  }

  @Test
  void wordCount_countsEachChineseCharacterAsAWord() {
    assertThat(Tokens.wordCount("我们 ok 今天")).isEqualTo(5);
  }

  @Test
  void terms_lowercaseLetterDigitRunsKeepingInnerApostrophes() {
    assertThat(Tokens.terms("Don't PANIC: the Q3 roadmap’s ready, 2024 'quoted' a"))
        .containsExactly("don't", "panic", "the", "roadmap's", "ready", "quoted");
  }

  @Test
  void terms_dropShortLatinTermsButKeepShortOtherScripts() {
    assertThat(Tokens.terms("an ox ate да")).containsExactly("ate", "да");
  }

  @Test
  void terms_splitChineseRunsIntoBigrams() {
    assertThat(Tokens.terms("健康节目 AI")).containsExactly("健康", "康节", "节目");
  }

  @Test
  void terms_areUnicodeAware() {
    assertThat(Tokens.terms("ÉCOLE Straße")).containsExactly("école", "straße");
  }

  @Test
  void fold_removesAccentsAndCaseAndSpellsOutLetters() {
    assertThat(Tokens.fold("María LÓPEZ-Ruiz, Zoë, Łukasz Ørsted, Straße’s"))
        .isEqualTo("maria lopez-ruiz, zoe, lukasz orsted, strasse's");
  }

  @Test
  void split_atEveryCharacterThatIsNotALetterOrNumber() {
    assertThat(Tokens.split(Tokens.fold("María  LÓPEZ-Ruiz, Zoë! o'brien 2nd")))
        .containsExactly("maria", "lopez", "ruiz", "zoe", "o", "brien", "2nd");
  }

  @Test
  void split_keepsCaseAndDropsEmptyPieces() {
    assertThat(Tokens.split("  Dr. Priya Shah  ")).containsExactly("Dr", "Priya", "Shah");
  }
}
