package dev.reportengine.templates.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.Items;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.templates.analysis.MediaBuilder;
import dev.reportengine.templates.analysis.Prompts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second reader's findings on the eighteenth session's template changes (commits 9267901,
 * 15a4d45, 88ca613): each test states what should happen and fails on the code as the session left
 * it.
 */
class SecondReader18FindingsTest {

  private static final LanguagePack EN = LanguagePack.forLanguage(Optional.of("en")).orElseThrow();

  // F8 (9267901, Prompts.SMALL_TALK "did you find (us|the( [a-z'-]+){1,3}) (okay|...)"): meant for
  // "Did you find the visitor entrance okay?", it also takes any question about how the candidate
  // found an experience, so real interview questions are no longer prompts.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Did you find the move into management okay?",
        "You moved from retail into logistics, did you find the transition okay?",
        "Did you find the night shifts okay at Acme?"
      })
  void aQuestionAboutHowTheCandidateFoundAnExperienceIsStillAPrompt(String question) {
    assertThat(Prompts.isPrompt(question)).isTrue();
  }

  // F9 (9267901, Prompts.SMALL_TALK "^(do|did) you want to (jump|come) in\\b"): meant for a
  // panellist invited to come in, it also swallows a request to the candidate that follows.
  @Test
  void anInvitationToJumpInWithARequestToTheCandidateIsStillAPrompt() {
    assertThat(Prompts.isPrompt("Do you want to jump in and talk us through your portfolio?"))
        .isTrue();
  }

  // F10 (9267901, Vagueness.GENERAL "(couldn't|can't|...) (really )?pick"): the phrasal verb "pick
  // up" is taken for "can't pick one", so an unhedged answer is flagged as vague.
  @Test
  void cannotPickUpIsNoSayingThatNothingComesToMind() {
    assertThat(
            Vagueness.isVague(
                VaguenessTest.answer(
                    "How do you handle a busy shift?",
                    "On a busy shift I can't pick up every call myself, the team covers the phones"
                        + " while I'm with patients.")))
        .isFalse();
  }

  // F11 (9267901, Vagueness.NUMBER): only "pick one" is no count, so the same answer with "just"
  // or "out" in between ("I couldn't pick just one", "it's hard to pick out one") counts "one" as
  // a number and is no longer vague, unlike "it's hard to pick one".
  @ParameterizedTest
  @ValueSource(
      strings = {
        "There have been a few over the years, honestly I couldn't pick just one.",
        "There have been a few over the years, it's hard to pick out one."
      })
  void nothingComesToMindWithPickJustOneOrPickOutOneIsVague(String reply) {
    assertThat(Vagueness.isVague(VaguenessTest.answer("Tell me about a conflict.", reply)))
        .isTrue();
  }

  // F12 (15a4d45, due-phrases.txt line 7): "before lunch" and "after lunch" join the alternation
  // of "tomorrow", where the leftmost match wins, so "before lunch tomorrow" is due "before lunch"
  // (today, as it reads) and the day is lost; before the commit the step was due "tomorrow"
  // whenever it was not small talk.
  @Test
  void aMealThatDatesAStepKeepsTheDayItIsOn() {
    Media media =
        MediaBuilder.conversation()
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ben", 0, 2, "Okay.")
            .says("ana", 3, 9, "I'll ring the supplier before lunch tomorrow.")
            .build();
    List<Item> steps =
        Items.of(media, EN, CancellationToken.NONE).stream().filter(Item::isStep).toList();
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).due()).hasValueSatisfying(d -> assertThat(d).contains("tomorrow"));
  }

  // F13 (88ca613, Items.LEARNED_STEP 0.95 -> 0.85): docs/templates.md still says the classifier
  // adds a step no rule finds "at 0.95 or more".
  @Test
  void theTemplatesDocGivesTheClassifiersNextStepThreshold() throws Exception {
    java.lang.reflect.Field f = Items.class.getDeclaredField("LEARNED_STEP");
    f.setAccessible(true);
    String threshold = String.format(Locale.ROOT, "%.2f", f.getDouble(null));
    String nextStepRow =
        Files.readAllLines(Path.of("../docs/templates.md")).stream()
            .filter(l -> l.startsWith("| `next_step` |"))
            .findFirst()
            .orElseThrow();
    String said =
        nextStepRow.replaceAll(".*(adds a step no rule finds at [0-9.]+ or more).*", "$1");
    assertThat(said).isEqualTo("adds a step no rule finds at " + threshold + " or more");
  }
}
