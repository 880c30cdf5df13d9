package dev.reportengine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25Test {

  private final Bm25 index =
      new Bm25(
          List.of(
              List.of("java", "java", "services"),
              List.of("kotlin", "services", "team", "people"),
              List.of("team")));

  @Test
  void doesScoreByTheOkapiFormulaWhenATermRepeats() {
    double avgdl = 8 / 3.0;
    double idfJava = Math.log(1 + (3 - 1 + 0.5) / (1 + 0.5));
    double idfServices = Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5));
    double norm = 1 - 0.75 + 0.75 * 3 / avgdl;
    double expected =
        idfJava * 2 * 2.2 / (2 + 1.2 * norm) + idfServices * 1 * 2.2 / (1 + 1.2 * norm);

    assertThat(index.score(0, List.of("java", "services", "java")))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void doesScoreZeroWhenNoQueryTermOccurs() {
    assertThat(index.score(2, List.of("java", "kotlin"))).isZero();
    assertThat(index.matched(2, List.of("java", "kotlin"))).isEmpty();
  }

  @Test
  void doesRankTheShorterDocumentHigherWhenTermFrequenciesAreEqual() {
    assertThat(index.score(2, List.of("team"))).isGreaterThan(index.score(1, List.of("team")));
  }

  @Test
  void doesListMatchedTermsInQueryOrderWhenSeveralOccur() {
    assertThat(index.matched(1, List.of("team", "kotlin", "team")))
        .containsExactly("team", "kotlin");
  }
}
