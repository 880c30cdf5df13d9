package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one reading of "is this a speaker's name" the hint rules share: every word of a label, a
 * bracketed company left out.
 */
class SpeakerNameWordsTest {

  private static final Media CALL =
      TestMedia.named("m")
          .entity("s0", "Priya Shah (Northwind)")
          .entity("s1", "Ben Okoro")
          .says("s0", 0, 5, "Hi Ben, I'm Priya from Northwind, thanks for making the time.")
          .says("s1", 6, 9, "No problem. We spoke to Marta at Pathwise last week as well.")
          .build();

  @Test
  void readsTheLabelsWordsWithoutItsBracketedCompany() {
    HintConversation c = new HintConversation(CALL);
    assertThat(HintConversation.nameWords(CALL.entities().get(0))).containsExactly("priya", "shah");
    assertThat(c.speakerNamed("Priya Shah")).map(Entity::id).hasValue("s0");
    assertThat(c.speakerNamed("ben")).map(Entity::id).hasValue("s1");
    assertThat(c.isSpeakerName("Northwind")).isFalse();
    assertThat(c.isSpeakerName("Priya Okoro")).isFalse();
    assertThat(c.isSpeakerName("")).isFalse();
  }

  @Test
  void takesTheCompanyInALabelsBracketsAsACompanyNotAName() {
    assertThat(top(apply(new OrganisationRule(), CALL, "the one from Northwind"))).isEqualTo("s0");
  }

  @Test
  void takesNoUnlabelledSpeakersIdForAName() {
    Entity unlabelled = new Entity("Dorian", Optional.empty(), Map.of());
    Media call =
        TestMedia.named("m")
            .entity(unlabelled)
            .says("Dorian", 0, 5, "Thanks for having me.")
            .build();
    assertThat(HintConversation.nameWords(unlabelled)).isEmpty();
    assertThat(new HintConversation(call).isSpeakerName("Dorian")).isFalse();
  }
}
