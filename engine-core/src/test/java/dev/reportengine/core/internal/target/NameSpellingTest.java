package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.core.TestMedia;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSpellingTest {

  private final Media media =
      TestMedia.named("m")
          .entity("s0", "Speaker 0")
          .entity("s1", "Speaker 1")
          .entity("s2", "Harriet")
          .says("s0", 0, 4, "Morning all. Alasdair, do you want to start with the voids?")
          .says("s1", 4, 8, "Sure. Thanks, Gillian. We've got nine empty, Leanne has the list.")
          .says("s2", 8, 12, "And Leanne's away today, so I'll send it round.")
          .says("s0", 12, 16, "Thanks, Harriet. Marsh Lane is the worst one, isn't it?")
          .build();

  private Resolution resolve(String hint) {
    return HintCascade.standard(HintPolicy.DEFAULTS).resolve(media, hint);
  }

  @ParameterizedTest
  @CsvSource({
    "Alistair, Alasdair", // two letters changed
    "Hariet, Harriet", // one dropped
    "Gill, Gillian", // the start of a longer name
    "Lianne, Leanne",
    "Alistair's colleague, Alasdair's colleague" // the possessive kept as typed
  })
  void readsANameTheCallNeverSaysAsTheNearestNameItSays(String typed, String read) {
    assertThat(NameSpelling.corrected(typed, new HintConversation(media))).hasValue(read);
  }

  @ParameterizedTest
  @CsvSource({
    "Harriet", // said as typed
    "Bob", // a short form of Robert, and the call says no form of it
    "Tim", // too short to correct by spelling
    "Bartholomew", // nothing near
    "the voids guy" // no capitalised word
  })
  void leavesAHintAloneWhenNoWordNeedsANearName(String typed) {
    assertThat(NameSpelling.corrected(typed, new HintConversation(media))).isEmpty();
  }

  private final Media team =
      TestMedia.named("t")
          .entity("a", "Speaker 0")
          .entity("b", "Speaker 1")
          .says("a", 0, 4, "Right. Sue, the van first, then Anil on the kiosks.")
          .says(
              "b",
              4,
              8,
              "Thanks, Anil. The rota's with Niamh and Dougie, and Robbie's off till May.")
          .build();

  @ParameterizedTest
  @CsvSource({
    "Susan, Sue", // a formal name for its short form
    "Neve, Niamh", // an Irish name typed as it sounds
    "Neeve, Niamh",
    "Robert, Robbie",
    "Aneel, Anil" // vowels spelt for the sound
  })
  void readsAnotherFormOrASpellingBySoundAsTheNameTheCallSays(String typed, String read) {
    assertThat(NameSpelling.corrected(typed, new HintConversation(team))).hasValue(read);
  }

  @ParameterizedTest
  @CsvSource({"Nicola, Nic", "Rosalind, Ros", "Reece, Rhys"})
  void readsFormsAddedToTheTableAsTheNameTheCallSays(String typed, String read) {
    HintConversation call =
        new HintConversation(
            TestMedia.named("t")
                .entity("a", "Speaker 0")
                .entity("b", "Speaker 1")
                .says("a", 0, 4, "Morning, Nic. Is Rhys on his way?")
                .says("b", 4, 8, "He is. Thanks, Ros.")
                .build());

    assertThat(NameSpelling.corrected(typed, call)).hasValue(read);
  }

  @Test
  void readsNamesAlikeBySound() {
    assertThat(NameSpelling.sound("rhianne")).isEqualTo(NameSpelling.sound("rhian"));
    assertThat(NameSpelling.sound("gallager")).isEqualTo(NameSpelling.sound("gallagher"));
    assertThat(NameSpelling.sound("katherine")).isEqualTo(NameSpelling.sound("catherine"));
    assertThat(NameSpelling.sound("morrag")).isEqualTo(NameSpelling.sound("morag"));
    assertThat(NameSpelling.sound("anna")).isNotEqualTo(NameSpelling.sound("anne"));
  }

  @Test
  void leavesAWordBetweenTwoNamesAsNearAsTyped() {
    assertThat(NameSpelling.nearest("jonn", Set.of("john", "joan"))).isEmpty();
    assertThat(NameSpelling.nearest("jonn", Set.of("john", "jonathan"))).hasValue("john");
  }

  @Test
  void measuresSwapsAsOneEdit() {
    assertThat(NameSpelling.distance("laeanne", "leaanne", 2)).isEqualTo(1);
    assertThat(NameSpelling.distance("siobhan", "shivon", 2)).isEqualTo(3); // out of reach
  }

  @Test
  void resolvesAMisspeltSpeakerAndSaysHowItReadTheHint() {
    Resolution.Found found = (Resolution.Found) resolve("Hariet");
    assertThat(found.entity().id()).isEqualTo("s2");
    assertThat(found.evidence())
        .last()
        .satisfies(
            e -> assertThat(e.description()).startsWith("the hint [Hariet] read as [Harriet]"));
    Resolution.Found addressed = (Resolution.Found) resolve("Alistair");
    assertThat(addressed.entity().id()).isEqualTo("s1");
  }

  @Test
  void keepsTheMissOfAHintThatFindsNobodyEitherWay() {
    Resolution.Miss miss = (Resolution.Miss) resolve("Bartholomew");
    assertThat(miss.reason()).contains("[Bartholomew]").doesNotContain("read as");
  }
}
