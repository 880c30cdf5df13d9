package dev.reportengine.templates.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.text.Bm25;
import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemEvidenceOfTest {

  private static final Optional<LanguagePack> EN = LanguagePack.forLanguage(Optional.of("en"));

  private static final ProfileItem KAFKA =
      new ProfileItem("kafka", "Kafka", "skill", "", List.of("kafka", "streaming"), List.of(), 1.0);

  private static ItemEvidence evidence(String... said) {
    List<Excerpt> sentences = new java.util.ArrayList<>();
    for (int k = 0; k < said.length; k++) {
      sentences.add(new Excerpt("cand", k * 10.0, k * 10.0 + 5, said[k]));
    }
    List<List<String>> terms = sentences.stream().map(e -> Tokens.terms(e.text())).toList();
    List<List<String>> words = sentences.stream().map(e -> Tokens.words(e.text())).toList();
    return ItemEvidence.of(KAFKA, sentences, words, terms, new Bm25(terms), EN);
  }

  @Test
  void doesNotObserveAnItemTheTargetOnlyAskedAbout() {
    ItemEvidence e =
        evidence(
            "How do you handle Kafka at this company?",
            "Is the streaming team part of platform?",
            "Do you use Kafka Streams or something else?");

    assertThat(e.level()).isEqualTo(Level.NOT_OBSERVED);
  }

  @Test
  void doesNotRateStrongFromQuestionsEvenWithAClaimPhrase() {
    ItemEvidence e =
        evidence(
            "I have a question about Kafka: how many topics do you run?",
            "Have I worked with Kafka Streams, you mean?",
            "I built a small streaming job in Kafka at my last company.");

    assertThat(e.supporting())
        .extracting(s -> s.sentence().text())
        .containsExactly("I built a small streaming job in Kafka at my last company.");
    assertThat(e.level()).isEqualTo(Level.MODERATE);
  }

  @Test
  void doesNotCiteAMentionInPassing() {
    ItemEvidence e =
        evidence(
            "The cafe next to the old office was called Kafka and it was always packed.",
            "Anyway the commute there took about forty minutes each way.");

    assertThat(e.supporting()).isEmpty();
    assertThat(e.excluded())
        .extracting(ItemEvidence.Scored::support)
        .containsExactly(Support.INCIDENTAL);
  }

  @Test
  void doesRateStrongFromStatedFirstPersonClaims() {
    ItemEvidence e =
        evidence(
            "I've worked with Kafka for about four years.",
            "I ran the streaming platform at Fernway.",
            "Kafka was the backbone of everything there.");

    assertThat(e.level()).isEqualTo(Level.STRONG);
    assertThat(e.claims()).hasSize(2);
  }

  @Test
  void doesNotCountANegatedClaimAsEvidence() {
    ItemEvidence e =
        evidence(
            "I've never used Kafka myself.",
            "I'd love to work with Kafka here.",
            "I have read about Kafka streaming a bit.");

    assertThat(e.supporting())
        .extracting(s -> s.sentence().text())
        .containsExactly("I have read about Kafka streaming a bit.");
    assertThat(e.level()).isEqualTo(Level.MODERATE);
  }

  @Test
  void doesClaimAnItemByItsBestStatementWithTheRuleThatLetItCount() {
    ItemEvidence e =
        evidence(
            "Do you run Kafka here?", "I've worked with Kafka for about four years at Fernway.");

    Finding claim = ProfileEvidence.claim(e);

    assertThat(claim.kind()).isEqualTo("profile_item");
    assertThat(claim.quote().orElseThrow().text())
        .isEqualTo("I've worked with Kafka for about four years at Fernway.");
    assertThat(claim.rule()).isEqualTo("profile.first_person_statement");
    assertThat(claim.details()).containsEntry("id", JsonValue.of("kafka"));
  }
}
