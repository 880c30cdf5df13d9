package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.Optional;
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
}
