package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HintCascadeTest {

  private final Media media =
      TestMedia.named("m")
          .entity("s0", "Speaker 0")
          .entity("s1", "Speaker 1")
          .says("s0", 0, 4, "Thanks for calling. My name is Tom. Who am I speaking with?")
          .says("s1", 4, 8, "This is Ana. My router keeps dropping the connection.")
          .says("s0", 8, 12, "Sorry to hear that, Ana. How long has the router been dropping?")
          .says("s1", 12, 16, "Since Monday, every evening.")
          .build();

  private Resolution resolve(String hint) {
    return HintCascade.standard(HintPolicy.DEFAULTS).resolve(media, hint);
  }

  @Test
  void reportsTheRuleThatFiredWithItsConfidenceAndEvidence() {
    Resolution.Found found = (Resolution.Found) resolve("Tom");
    assertThat(found.entity().id()).isEqualTo("s0");
    assertThat(found.rule()).isEqualTo("self_introduction");
    assertThat(found.confidence()).isEqualTo(0.9);
    assertThat(found.evidence().get(0).atSeconds()).hasValue(0.0);
    assertThat(found.candidates()).extracting(c -> c.rule()).contains("self_introduction");
  }

  @Test
  void handsAWeakRuleOnToTheNext() {
    // Behaviour explains one of three words (0.8 / 3, weak); the topic words then decide.
    Resolution.Found found = (Resolution.Found) resolve("the customer with the connection issue");
    assertThat(found.entity().id()).isEqualTo("s1");
    assertThat(found.rule()).isEqualTo("topic_bm25");
    assertThat(found.candidates())
        .extracting(c -> c.rule())
        .containsExactly("role_behaviour", "topic_bm25");
  }

  @Test
  void missesBelowTheThresholdAndListsTheCandidates() {
    Resolution r = HintCascade.standard(new HintPolicy(0.99, 0.15, 5)).resolve(media, "Tom");
    assertThat(r).isInstanceOf(Resolution.Miss.class);
    Resolution.Miss miss = (Resolution.Miss) r;
    assertThat(miss.reason())
        .startsWith("no rule found a clear match for the hint [Tom] (self_introduction: best 0.90,")
        .contains("candidates considered: Speaker 0 [s0] 0.90 (self_introduction)");
    assertThat(miss.candidates()).extracting(c -> c.entity().id()).containsExactly("s0");
  }

  @Test
  void stopsAtAConclusiveRuleThatFoundNobody() {
    Resolution.Miss miss = (Resolution.Miss) resolve("the router person at 5:00");
    assertThat(miss.reason()).contains("time_reference: nobody speaks within 5.0 s of 5:00");
  }

  @Test
  void isDeterministic() {
    assertThat(resolve("the customer")).isEqualTo(resolve("the customer"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Callum's old supervisor",
        "callum's old supervisor", // F5 of SecondReader19FindingsTest: any case
        "Callum Reid's old supervisor" // and a full name
      })
  void neverResolvesAHintAboutSomeonesRelationToTheSpeakerNamedInIt(String hint) {
    Media named =
        TestMedia.named("m")
            .entity("callum", "Callum Reid")
            .entity("gwen", "Gwen Tallis")
            .says("gwen", 0, 4, "Tell me about a time you disagreed with a supervisor.")
            .says(
                "callum",
                4,
                12,
                "My old supervisor wanted us out in a swell I didn't like. I told him I wasn't"
                    + " comfortable, and my old supervisor agreed at lunch.")
            .build();

    Resolution r =
        HintCascade.standard(HintPolicy.DEFAULTS).resolve(named, "Callum's old supervisor");

    assertThat(r).isInstanceOf(Resolution.Miss.class);
    assertThat(((Resolution.Miss) r).candidates())
        .extracting(c -> c.entity().id())
        .doesNotContain("callum");
  }

  @Test
  void findsWhoRunsSomethingByWhoSaysTheyLookAfterIt() {
    Media interview =
        TestMedia.named("m")
            .entity("malcolm", "Malcolm")
            .entity("ioana", "Ioana")
            .entity("shanice", "Shanice")
            .says("malcolm", 0, 5, "I'm Malcolm, I look after operations here. Did you find us?")
            .says("ioana", 5, 9, "Yes, thank you. The satnav took me to the back gate.")
            .says("shanice", 9, 14, "Everyone goes to the back gate. Operations should fix that.")
            .says("ioana", 14, 18, "I supervise the night shift at Castlegate, forty operators.")
            .build();

    Resolution.Found found =
        (Resolution.Found)
            HintCascade.standard(HintPolicy.DEFAULTS)
                .resolve(interview, "the person who runs operations");
    assertThat(found.entity().id()).isEqualTo("malcolm");
    assertThat(found.rule()).isEqualTo("topic_deed");
  }
}
