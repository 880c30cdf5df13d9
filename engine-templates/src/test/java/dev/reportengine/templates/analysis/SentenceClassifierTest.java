package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceClassifierTest {

  private static final LanguagePack ENGLISH = LanguagePack.forLanguage(Optional.empty()).get();

  @ParameterizedTest
  @ValueSource(
      strings = {"playbook-generic", "competencies", "items", "objections", "star", "prices"})
  void givesTheProbabilitiesScikitLearnGaveTheTrainingScriptsCheckSentences(String name)
      throws IOException {
    SentenceClassifier model = ENGLISH.classifier(name).orElseThrow();
    int checked = 0;
    try (InputStream in =
            SentenceClassifierTest.class.getResourceAsStream("model/en/" + name + "-check.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        SentenceClassifier.Vector v = model.vector(parts[0]);
        for (int c = 0; c < model.classes().size(); c++) {
          assertThat(model.probability(v, c))
              .as("%s for [%s]", model.classes().get(c), parts[0])
              .isCloseTo(Double.parseDouble(parts[1 + c]), within(1e-4));
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(40);
  }

  @Test
  void namesItsClassesAsTheTemplatesNameElementsAndCompetencies() {
    assertThat(ENGLISH.classifier("playbook-generic").orElseThrow().classes())
        .containsExactly(
            "Agenda",
            "Current situation",
            "Pain",
            "Impact",
            "Decision process",
            "Timeline",
            "Budget",
            "Next steps");
    assertThat(ENGLISH.classifier("competencies").orElseThrow().classes())
        .containsExactly("problem_solving", "ownership", "collaboration", "mentoring", "learning");
    assertThat(ENGLISH.classifier("items").orElseThrow().classes())
        .containsExactly("decision", "risk", "next_step");
    assertThat(ENGLISH.classifier("objections").orElseThrow().classes())
        .containsExactly("objection", "price", "competitor", "authority", "timing", "need", "fit");
  }

  @Test
  void weighsEachTermOnceScaledAndNamesTheTermsThatRaisedIt() {
    SentenceClassifier tiny = SentenceClassifier.load("model/test/tiny.tsv");
    // budget twice: (1 + ln 2) x 2; "set aside": 3; weather: 1; scaled to length 1.
    double budget = (1 + Math.log(2)) * 2;
    double length = Math.sqrt(budget * budget + 9 + 1);
    double logit = (budget * 3 + 3 * 4 + 1 * -2) / length;
    SentenceClassifier.Vector v =
        tiny.vector("Budget? We set aside a BUDGET, whatever the weather.");

    assertThat(v.size()).isEqualTo(3);
    assertThat(tiny.probability(v, 0)).isCloseTo(1 / (1 + Math.exp(-logit)), within(1e-12));
    assertThat(tiny.reasons(v, 0, 3)).containsExactly("set aside", "budget");
    assertThat(tiny.probability(tiny.vector("nothing known here"), 0)).isEqualTo(0.5);
  }

  @Test
  void readsWordsAsScikitLearnsTokenPatternDoes() {
    assertThat(SentenceClassifier.words("It\u2019s 20 o'clock\u2014fine, Zoë."))
        .containsExactly("it's", "20", "o'clock", "fine", "zo");
    // Python lowercases a dotted capital I to i and a combining dot, as Locale.ROOT does.
    assertThat(SentenceClassifier.words("\u0130stanbul office"))
        .containsExactly("i", "stanbul", "office");
  }

  @Test
  void cannotReadASentenceWhoseWordsItMostlyDoesNotKnow() {
    SentenceClassifier model = ENGLISH.classifier("competencies").orElseThrow();

    assertThat(model.vector("The Kubernetes Terraform Grafana Prometheus stack.").readable())
        .isFalse();
    assertThat(model.vector("I, Zhang Wei, Beijing Shanghai Shenzhen.").readable()).isFalse();
    assertThat(model.vector("I went through every ticket from that week myself.").readable())
        .isTrue();
  }

  @Test
  void namesTheResourceAndLineOfAModelItCannotRead() {
    assertThatThrownBy(() -> SentenceClassifier.load("model/test/columns.tsv"))
        .hasMessageContaining("model/test/columns.tsv line 3")
        .hasMessageContaining("term<TAB>idf<TAB>one weight per class (4 columns, found 3)");
    assertThatThrownBy(() -> SentenceClassifier.load("model/test/number.tsv"))
        .hasMessageContaining("model/test/number.tsv line 3: not a number");
    assertThatThrownBy(() -> SentenceClassifier.load("model/test/empty.tsv"))
        .hasMessageContaining("model/test/empty.tsv: no classes and intercept lines");
    assertThatThrownBy(() -> SentenceClassifier.load("model/test/absent.tsv"))
        .hasMessage("missing resource model/test/absent.tsv");
  }

  @Test
  void aMethodologyWithoutAModelHasNone() {
    assertThat(ENGLISH.classifier("playbook-bant")).isEmpty();
    assertThat(ENGLISH.classifier("playbook-generic")).isPresent();
  }
}
