package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Second reader 21: NameSpelling in HintCascade.resolve (04036ea), side weighing (88064ec). */
class SecondReader21FindingsTest {

  private static Resolution resolve(Media call, String hint) {
    return HintCascade.standard(HintPolicy.DEFAULTS).resolve(call, hint);
  }

  /** Tom sells, Rachel Miller buys; nobody says "seller". */
  private static final Media SALE =
      TestMedia.named("s")
          .entity("tom", "Tom Hart")
          .entity("rachel", "Rachel Miller")
          .says("tom", 0, 5, "Thanks for joining, Rachel. How do you count stock today?")
          .says("rachel", 6, 12, "On paper, mostly, and it takes the whole weekend.")
          .says("tom", 13, 20, "We can offer a thirty day trial, and our pricing is per site.")
          .says("rachel", 21, 26, "That sounds fair. We pay per site for the tills as well.")
          .says("tom", 27, 30, "Great, I'll send you the proposal tomorrow.")
          .says("rachel", 31, 33, "Thanks, Tom.")
          .build();

  // F9: a capitalised role word of the hint (its first word, or an all-caps hint) that the call
  // never says is "corrected" to a name two edits away, and that name wins over the role
  @ParameterizedTest
  @ValueSource(strings = {"Seller", "The Seller", "THE SELLER"})
  void readsNoRoleWordOfTheHintAsANameSpeltNearIt(String hint) {
    assertThat(resolve(SALE, hint))
        .isInstanceOfSatisfying(
            Resolution.Found.class, f -> assertThat(f.entity().id()).isEqualTo("tom"));
    assertThat(NameSpelling.corrected(hint, new HintConversation(SALE))).isEmpty();
  }

  // F10: net acts times turns (utterances) lets a buyer who speaks in many short segments and
  // once asks for a discount outweigh the seller's two offers over three turns
  @Test
  void takesNoTalkativeBuyerWhoMentionsADiscountForTheSeller() {
    Media call =
        TestMedia.named("s")
            .entity("tom", "Tom Hart")
            .entity("rachel", "Rachel Moss")
            .says("tom", 0, 5, "Thanks for joining. How do you count stock today?")
            .says("rachel", 6, 8, "Honestly, it's a mess.")
            .says("rachel", 8, 10, "We count everything on paper.")
            .says("rachel", 10, 12, "Then someone types it up on the Friday.")
            .says("rachel", 12, 14, "It takes the whole weekend sometimes.")
            .says("tom", 15, 20, "We can offer a thirty day trial on our platform.")
            .says("rachel", 21, 24, "That would help.")
            .says("rachel", 24, 27, "And we'd want a discount for three years.")
            .says("tom", 28, 30, "Understood, I'll pencil in Thursday.")
            .says("rachel", 31, 33, "Thursday works.")
            .build();
    assertThat(resolve(call, "the seller"))
        .isInstanceOfSatisfying(
            Resolution.Found.class, f -> assertThat(f.entity().id()).isEqualTo("tom"));
  }

  @Test
  void controlResolvesTheLowerCaseRoleHintToTheSeller() {
    assertThat(resolve(SALE, "the seller"))
        .isInstanceOfSatisfying(
            Resolution.Found.class, f -> assertThat(f.entity().id()).isEqualTo("tom"));
  }

  // F11: distance() fills the whole (a+1)x(b+1) table though only a band of width reach counts;
  // a long capitalised word in the call and one of about its length in the hint cost a quadratic
  // table per pair (here 20 x 20 pairs of 3000-letter words: about 3.6e9 cells)
  @Test
  void leavesWordsLongerThanAnyNameAsTyped() {
    // F11: the edit distance table is quadratic in a word's length; a word longer than any name is
    // neither corrected nor a name to correct to, so a hostile call of long capitalised words
    // costs no more than one of names
    String longName = "Q" + "ab".repeat(15);
    Media call =
        TestMedia.named("m")
            .entity("s0", "Speaker 0")
            .entity("s1", "Speaker 1")
            .says("s0", 0, 5, "Morning all. We met " + longName + " on Friday.")
            .says("s1", 6, 10, "Right.")
            .build();
    String typo = "Q" + "ab".repeat(14) + "b"; // one letter off, 30 letters
    assertThat(NameSpelling.corrected(typo, new HintConversation(call))).isEmpty();
    assertThat(longName.length()).isGreaterThan(NameSpelling.MAX_LETTERS);
  }
}
