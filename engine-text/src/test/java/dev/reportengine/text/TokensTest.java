package dev.reportengine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void wordCountCountsWhitespaceSeparatedWordsWithLettersOrDigits() {
    assertThat(Tokens.wordCount("  We shipped 3 dashboards — didn't we?  ")).isEqualTo(6);
  }

  @Test
  void wordCountCountsEachChineseCharacterAsAWord() {
    assertThat(Tokens.wordCount("我们 ok 今天")).isEqualTo(5);
  }

  @Test
  void wordsFindsAtLeastAsManyWordsAsWordCountCounts() {
    for (String text :
        new String[] {
          "  We shipped 3 dashboards — didn't we?  ",
          "我们 ok 今天",
          "mm-hmm, yeah.",
          "re-run the e2e tests (again)",
          "'quoted' ’tis o'clock",
          "— … !",
          "a/b/c x.y.z",
          "数据ab库 cd"
        }) {
      assertThat(Tokens.words(text).size()).as(text).isGreaterThanOrEqualTo(Tokens.wordCount(text));
    }
  }

  @Test
  void termsLowercaseLetterDigitRunsKeepingInnerApostrophes() {
    assertThat(Tokens.terms("Don't PANIC: the Q3 roadmap’s ready, 2024 'quoted' a"))
        .containsExactly("don't", "panic", "the", "roadmap's", "ready", "quoted");
  }

  @Test
  void termsDropShortLatinTermsButKeepShortOtherScripts() {
    assertThat(Tokens.terms("an ox ate да")).containsExactly("ate", "да");
  }

  @Test
  void termsSplitChineseRunsIntoBigrams() {
    assertThat(Tokens.terms("健康节目 AI")).containsExactly("健康", "康节", "节目");
  }

  @Test
  void termsAreUnicodeAware() {
    assertThat(Tokens.terms("ÉCOLE Straße")).containsExactly("école", "straße");
  }

  @Test
  void foldRemovesAccentsAndCaseAndSpellsOutLetters() {
    assertThat(Tokens.fold("María LÓPEZ-Ruiz, Zoë, Łukasz Ørsted, Straße’s"))
        .isEqualTo("maria lopez-ruiz, zoe, lukasz orsted, strasse's");
  }

  @Test
  void splitAtEveryCharacterThatIsNotALetterOrNumber() {
    assertThat(Tokens.split(Tokens.fold("María  LÓPEZ-Ruiz, Zoë! o'brien 2nd")))
        .containsExactly("maria", "lopez", "ruiz", "zoe", "o", "brien", "2nd");
  }

  @Test
  void splitKeepsCaseAndDropsEmptyPieces() {
    assertThat(Tokens.split("  Dr. Priya Shah  ")).containsExactly("Dr", "Priya", "Shah");
  }
}
