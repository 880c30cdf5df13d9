package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarCheckTest {

  private static final LanguagePack EN = LanguagePack.forLanguage(Optional.of("en")).orElseThrow();

  private static String letters(String answer) {
    StarCheck s = StarCheck.of(Tokens.words(answer), EN);
    return (s.situation() ? "S" : "")
        + (s.task() ? "T" : "")
        + (s.action() ? "A" : "")
        + (s.result() ? "R" : "");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "It was my proposal, so it was squarely on me.| T",
        "The expectation was that the module would be mine by spring.| T",
        "I was expected to own billing alerts.| T",
        "We also set up a shared channel for the finance people.| A",
        "I finally sat down with the logs for a whole day.| A",
        "Right now I'm in the middle of splitting the nightly job.| SA",
        "Earlier this year the nightly job kept failing.| S",
        "Every month the auditors ask for the same export.| S",
        "The weather was lovely and the food was good.| ''",
        "I'm the lead for the billing squad.| T",
        "Our target is twelve minutes a call.| T",
        "I'm responsible for the weekend rota.| T",
        "I'm deputy manager at a garden centre in Leeds.| T",
        "He's now one of our two supervisors.| R",
        "A client complained, so it landed on me.| T",
        "My manager asked me to own the fix.| T",
        "Nobody had asked me to look at it.| ''",
        "The lead was away, so it was my floor and my problem.| T",
        "I was on duty as supervisor that night.| T",
        "Their director was furious, and I was the most senior person there.| T",
        "It was mine from start to finish.| T",
        "His reopen rate had roughly halved.| R",
        "He's been leading the Tuesday team for eight months.| R",
        "She runs the induction for new volunteers herself.| R",
        "Within about two months he was mid-table on quality.| R",
        "I was running interviews by week three.| R",
        "This year we've had no overspend on trips at all.| SR",
        "The designers now ask for the template first.| R",
        "Luckily we fixed it with a bulk edit.| AR",
        "Nobody else knew it, and I had about six weeks before the old sheets were switched off.| T",
        "We had three days to get the stock counted.| T",
        "I had two cats and a dog back then, and a long commute.| ''",
        "It's now on the menu twice a week.| R",
        "My aim that spring was a shorter queue.| T",
        "There are two of us on nights, so we split it by ward.| TA",
        "Gordon asked me to take her on.| T",
        "After that we had no more failures on the stems.| R",
        "He actually thanked me later.| R",
      })
  void doesFindOrdinaryPhrasingsOfEachPart(String answer, String parts) {
    assertThat(letters(answer)).isEqualTo(parts);
  }

  private static boolean situationOfSentences(String sentence) {
    return StarCheck.ofSentences(List.of(new Excerpt("c", 0, 1, sentence)), EN).situation();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "So I'm at Brixbee, we do booking software for salons.| true",
        "So there was a salon group whose bookings got duplicated.| false",
        "So there was a salon group, about forty sites, whose bookings got duplicated.| true",
        "I would probably call Dana first.| false",
        "How many sites did you have?| false",
      })
  void doesTakeANamedOrCountedSettingAsTheSituation(String sentence, boolean situation) {
    assertThat(situationOfSentences(sentence)).isEqualTo(situation);
  }

  private static StarCheck ofSentences(String... sentences) {
    List<Excerpt> out = new java.util.ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      out.add(new Excerpt("c", i, i + 1, sentences[i]));
    }
    return StarCheck.ofSentences(out, EN);
  }

  @Test
  void doesFindAResultNoCueListsWithTheClassifierAndSayWhy() {
    String[] answer = {
      "The sort lead pushed back a little.",
      "So I sat down with him, showed him the timings from the last month, and we agreed to try it"
          + " for two weeks.",
      "After the first week he was the one telling people to move."
    };
    assertThat(StarCheck.of(Tokens.words(String.join(" ", answer)), EN).result()).isFalse();

    StarCheck s = ofSentences(answer);

    assertThat(s.result()).isTrue();
    assertThat(s.learned()).containsOnlyKeys('R');
    assertThat(s.learned().get('R').score()).isGreaterThanOrEqualTo(StarCheck.LEARNED_MIN);
    assertThat(s.learned().get('R').terms()).isNotEmpty();
  }

  @Test
  void doesNotReadAnAnswerUnderThirtyWordsOrAHypotheticalOne() {
    StarCheck shortAnswer =
        ofSentences(
            "The traces showed every slow request waiting on a database connection.",
            "A new reporting query was holding connections for seconds, so the pool was exhausted.");
    StarCheck hypothetical =
        ofSentences(
            "I would probably sit down with the team first and listen to what they think, and then"
                + " I would try to agree a plan with the manager so that everyone knows what is"
                + " expected of them.");

    assertThat(shortAnswer.result()).isFalse();
    assertThat(shortAnswer.learned()).isEmpty();
    assertThat(hypothetical.task()).isFalse();
    assertThat(hypothetical.result()).isFalse();
  }

  @Test
  void leavesAPartTheCuesFoundToTheCues() {
    StarCheck s =
        ofSentences(
            "Last spring our night shift kept missing the van cut-off, so I sat with the two team"
                + " leads and we moved the picking waves an hour earlier.",
            "Since then we have not missed a single van, and the drivers stopped complaining.");

    assertThat(s.result()).isTrue();
    assertThat(s.learned()).doesNotContainKey('R');
  }

  @Test
  void learnsNoPartOfAnAnswerThatTellsNothingTheSpeakerDid() {
    StarCheck hoped =
        ofSentences(
            "I'd hope the outcome would be that the team trusts me more, that they come to me early"
                + " when something is going wrong, and that we keep doing it for the next year or"
                + " two without anyone having to chase them about it.");

    assertThat(StarCheck.narratesThePast(List.of(new Excerpt("c", 0, 1, "I'd hope so."))))
        .isFalse();
    assertThat(hoped.result()).isFalse();
    assertThat(hoped.learned()).isEmpty();
  }

  @Test
  void keepsTheLearnedPartsInStarOrder() {
    Learned why = new Learned(0.8, List.of("since"));
    StarCheck s = new StarCheck(true, true, true, true, java.util.Map.of('R', why, 'T', why));

    assertThat(s.learned().keySet()).containsExactly('T', 'R');
  }
}
