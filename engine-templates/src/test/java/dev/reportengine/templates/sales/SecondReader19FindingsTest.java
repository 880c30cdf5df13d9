package dev.reportengine.templates.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.ItemKind;
import dev.reportengine.templates.analysis.Items;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.templates.analysis.MediaBuilder;
import dev.reportengine.templates.analysis.Prompts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second reader's findings (session 19) on the objection, prompt and item-lexicon changes of
 * 008f649..995510e. Every test here failed at 995510e; each finding is fixed.
 */
class SecondReader19FindingsTest {

  private static final LanguagePack EN = LanguagePack.forLanguage(Optional.of("en")).orElseThrow();

  /** The items of one sentence said by Ana after Ben spoke, as ItemsTest reads them. */
  private static List<Item> items(String sentence) {
    Media media =
        MediaBuilder.conversation()
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ben", 0, 2, "Okay.")
            .says("ana", 3, 9, sentence)
            .build();
    return Items.of(media, EN, CancellationToken.NONE);
  }

  /** The objections of a call where Ana sells and Ben, the buyer, says {@code sentence}. */
  private static List<Finding> said(String sentence) {
    Media media =
        MediaBuilder.conversation()
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 5, "So how would a switch land with your team?")
            .says("ben", 6, 11, sentence)
            .build();
    return Objections.of(new ConversationAnalysis(media, media.entities().get(0)), List.of());
  }

  // F7 (Objections APPROVER): a classifier authority objection that names no signer in words
  // ("not my money"), or names one in capitals ("CFO", the list is lower case only), is dropped
  @ParameterizedTest
  @ValueSource(
      strings = {
        "It's not my money, so I can't promise anything.",
        "It's not my money to spend, to be honest.",
        "That's the CFO's money, I can't promise anything, to be honest."
      })
  void keepsAClassifierAuthorityObjectionAboutWhoseMoneyItIs(String sentence) {
    assertThat(said(sentence))
        .anySatisfy(o -> assertThat(Objections.typeOf(o)).isEqualTo("authority"));
  }

  // F8 (Objections APPROVER): any pronoun ("they") or capitalised word ("Teams", "Zoom") passes,
  // so the very screen complaint the change meant to drop is still an authority objection
  @ParameterizedTest
  @ValueSource(
      strings = {
        "I can't hardly see anything on the slides, they're tiny.",
        "Honestly I can't see what's on Teams at all.",
        "Like, I can't hardly see what's even on the Zoom screen."
      })
  void takesNoAuthorityObjectionFromAScreenComplaintWithAPronounOrProductName(String sentence) {
    assertThat(said(sentence))
        .noneSatisfy(o -> assertThat(Objections.typeOf(o)).isEqualTo("authority"));
  }

  // F9 (item-filters bare): the new idioms are not anchored, so a real step that opens with one
  // ("I'll do my best to ...", "I'll take the risk assessment ...") is dropped as bare
  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'll do my best to get the signed contract back to you by Friday.",
        "I'll take the risk assessment to the safety committee on Monday.",
        "I'll take your word for it and send the order through this afternoon."
      })
  void keepsARealStepThatOpensWithAnIdiom(String sentence) {
    assertThat(items(sentence)).anyMatch(Item::isStep);
  }

  // F10 (item-filters in_call "right now"): "right now" meaning "at present" anywhere within 60
  // characters after "I'll" makes a step for later an in-call step and drops it
  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'll chase finance today, because right now the invoice is stuck.",
        "I'll email Priya tomorrow about the licences, she's on leave right now.",
        "I'll send the revised proposal by Friday, but right now let's look at the timeline."
      })
  void keepsAStepForLaterWhenRightNowMeansAtPresent(String sentence) {
    assertThat(items(sentence)).anyMatch(Item::isStep);
  }

  // F11 (items slipping "out"): "slipped out to the fourteenth" is a date slipping, no longer found
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The go-live has slipped out to the fourteenth.",
        "The delivery date slipped out another two weeks."
      })
  void findsADateThatSlipsOut(String sentence) {
    assertThat(items(sentence)).anyMatch(i -> i.kind() == ItemKind.RISK);
  }

  // F12 (Prompts CV statements): the most common form, "I can see from your CV ...", is missed
  @Test
  void recognisesICanSeeFromYourCv() {
    assertThat(Prompts.isPrompt("I can see from your CV that you moved into planning in 2019."))
        .isTrue();
  }
}
