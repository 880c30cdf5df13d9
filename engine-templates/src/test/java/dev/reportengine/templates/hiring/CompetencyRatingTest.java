package dev.reportengine.templates.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.templates.analysis.Answers;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.templates.analysis.MediaBuilder;
import dev.reportengine.templates.analysis.Turns;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompetencyRatingTest {

  private static final Competency TESTING =
      new Competency(
          "testing",
          "Testing",
          "",
          List.of("test", "tests"),
          List.of(
              new Competency.Anchor(1, "Mentions tests", List.of()),
              new Competency.Anchor(2, "Describes a test strategy", List.of("contract tests")),
              new Competency.Anchor(3, "Measures the effect", List.of("flaky rate"))));

  private static CompetencyRating rate(Media media, Competency c) {
    return CompetencyRating.of(
        c,
        Answers.of(
            Turns.of(media, Optional.empty(), CancellationToken.NONE),
            "alex",
            LanguagePack.forLanguage(Optional.of("en"))));
  }

  @Test
  void matchesAKeywordThroughAnAdverbInThePrompt() {
    Competency incidents =
        new Competency(
            "incidents",
            "Incidents",
            "",
            List.of("went wrong"),
            List.of(new Competency.Anchor(1, "Describes an incident", List.of())));
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, "Tell me about a time a launch went badly wrong.")
            .says(
                "alex",
                3,
                9,
                "Last spring the payment page froze on launch day. I rolled the release back and"
                    + " we shipped the fix the next morning after a proper load test.")
            .build();

    CompetencyRating r = rate(media, incidents);

    assertThat(r.observed()).isTrue();
    assertThat(r.quotes())
        .extracting(e -> e.text())
        .first()
        .isEqualTo(
            "I rolled the release back and we shipped the fix the next morning after a proper load test.");
  }

  @Test
  void doesRateTheHighestAnchorWhoseIndicatorWasSaid() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, "How do you test services?")
            .says(
                "alex",
                3,
                9,
                "We added contract tests between the services. It took a month, and the team"
                    + " now runs them on every pull request before anything is merged.")
            .build();

    CompetencyRating r = rate(media, TESTING);

    assertThat(r.level().orElseThrow().level()).isEqualTo(2);
    assertThat(r.indicators()).containsExactly("contract tests");
    assertThat(r.verdict()).isEqualTo("level 2 of 3: Describes a test strategy");
    assertThat(r.quotes())
        .extracting(e -> e.text())
        .first()
        .isEqualTo("We added contract tests between the services.");
  }

  @Test
  void doesSayNotObservedWhenNoAnswerOrQuestionIsOnTopic() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, "Where do you live?")
            .says("alex", 3, 9, "In Lisbon, near the river.")
            .build();

    CompetencyRating r = rate(media, TESTING);

    assertThat(r.observed()).isFalse();
    assertThat(r.verdict()).isEqualTo("not observed");
    assertThat(r.quotes()).isEmpty();
  }

  @Test
  void doesCountAnAnswerOnTopicWhenOnlyItsQuestionHasTheKeyword() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, "What is your view on tests?")
            .says(
                "alex",
                3,
                9,
                "They pay for themselves within a quarter, because every release since we"
                    + " started has shipped with fewer regressions than the one before it.")
            .build();

    CompetencyRating r = rate(media, TESTING);

    assertThat(r.level().orElseThrow().level()).isEqualTo(1);
    assertThat(r.quotes()).hasSize(1);
  }

  /** A prompt on testing, a vague answer, then {@code followUp} and {@code answer}. */
  private static Media afterAVagueAnswer(String followUp, String answer) {
    return MediaBuilder.conversation()
        .entity("dana", "Dana")
        .entity("alex", "Alex")
        .says("dana", 0, 2, "How do you go about tests on a legacy codebase?")
        .says(
            "alex",
            3,
            9,
            "I think it's really about being pragmatic and making sure everyone feels"
                + " comfortable, and usually things sort themselves out over time.")
        .says("dana", 10, 12, followUp)
        .says("alex", 13, 20, answer)
        .build();
  }

  @Test
  void countsTheSpecificAnswerAFollowUpPressesForAfterAVagueAnswerToAPromptOnTopic() {
    Media media =
        afterAVagueAnswer(
            "Can you give me a concrete case?",
            "At Brantwood the billing module had no coverage at all. I pinned its behaviour"
                + " with forty snapshot checks before touching it, and we cut the release"
                + " rollbacks from one a month to none.");

    CompetencyRating r = rate(media, TESTING);

    assertThat(r.observed()).isTrue();
    assertThat(r.quotes())
        .extracting(e -> e.text())
        .first()
        .isEqualTo(
            "I pinned its behaviour with forty snapshot checks before touching it, and we cut the"
                + " release rollbacks from one a month to none.");
  }

  @Test
  void countsTheVagueAnswerButNotTheAnswerToANewShortQuestionAfterItOnTopic() {
    Media media =
        afterAVagueAnswer(
            "Have you mentored anyone?",
            "Yes, two graduates at Brantwood last year. One of them now runs the billing"
                + " module, and we paired every Tuesday for six months.");

    CompetencyRating r = rate(media, TESTING);

    assertThat(r.answers())
        .extracting(a -> a.turn().lead(5).text())
        .containsExactly(
            "I think it's really about being pragmatic and making sure everyone feels"
                + " comfortable, and usually things sort themselves out over time.");
  }

  @Test
  void countsAVagueAnswerToAPromptOnTopicAsObservedAndQuotesIt() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, "How would you say you go about tests?")
            .says(
                "alex",
                3,
                9,
                "Oh, I'm very much a careful person, I like to be thorough. I think quality's"
                    + " really key, and just being open, you know, so people trust the work.")
            .build();

    CompetencyRating r = rate(media, TESTING);

    assertThat(Vagueness.isVague(r.answers().get(0))).isTrue();
    assertThat(r.observed()).isTrue();
    assertThat(r.quotes())
        .extracting(e -> e.text())
        .containsExactly("Oh, I'm very much a careful person, I like to be thorough.");
  }

  @Test
  void doesNotCountAShortReplyOrAnAnswerNamingTheTopicOnceWithoutAPromptOnTopic() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, "Sorry I'm late, did the link work?")
            .says("alex", 3, 5, "No problem, the tests of my camera went fine.")
            .says("dana", 6, 8, "Walk me through your current role.")
            .says(
                "alex",
                9,
                20,
                "I run the billing service at a logistics company, and I spend most of my week on"
                    + " the invoice pipeline and a few tests around it.")
            .build();

    assertThat(rate(media, TESTING).observed()).isFalse();
  }

  @Test
  void countsAnAnswerWhereTheCandidateSaysAKeywordPhraseOfThemselvesAndQuotesItFirst() {
    Competency ownership =
        new Competency(
            "ownership",
            "Ownership",
            "",
            List.of("owned", "my job", "on me to"),
            List.of(
                new Competency.Anchor(1, "Mentions what they are responsible for", List.of()),
                new Competency.Anchor(2, "Acts on their own initiative", List.of("i moved"))));
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, "Tell me about last winter at the depot.")
            .says(
                "alex",
                3,
                12,
                "The warehouse flooded in January, so it was my job to get the orders out. I"
                    + " moved the packing to the Leeds site and we shipped everything within two"
                    + " days.")
            .build();

    CompetencyRating r = rate(media, ownership);

    assertThat(r.observed()).isTrue();
    assertThat(r.quotes())
        .extracting(e -> e.text())
        .first()
        .isEqualTo("The warehouse flooded in January, so it was my job to get the orders out.");
  }

  /** The default competency of {@code id}. */
  private static Competency byDefault(String id) {
    return Competencies.defaults(LanguagePack.forLanguage(Optional.of("en")).orElseThrow()).stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "problem_solving|Take me back to a time when a number you'd reported turned out to be wrong.",
        "problem_solving|How would you work out why weekly orders dropped in one region?",
        "learning|What's something you had to pick up from scratch recently?",
        "mentoring|Tell us about a time you developed someone in your team.",
        "collaboration|How would you say you get on working in a team?",
        "problem_solving|Tell me about the toughest diagnostic call you've had this year.",
        "learning|What training have you done on the new refrigerant?",
        "mentoring|Have you had an apprentice working with you?",
        "ownership|Are you the one they send when nobody else could fix it?",
        "mentoring|Have you ever trained someone up to be a team leader?",
        "collaboration|And how do you deal with disagreements, say with a subcontractor?"
      })
  void recognisesDefaultPromptsOnEachCompetency(String id, String prompt) {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, prompt)
            .says(
                "alex",
                3,
                12,
                "Last spring at Pellham, over about six weeks, with Kofi and the Leeds office,"
                    + " and in the end the Monday report came out twenty minutes earlier.")
            .build();

    assertThat(rate(media, byDefault(id)).observed()).isTrue();
  }

  @Test
  void quotesASentenceOnTheCompetencyBeforeTheLeadOfAnAnswerThatOnlyItsPromptPutOnTopic() {
    Competency ownership =
        new Competency(
            "ownership",
            "Ownership",
            "",
            List.of("responsible", "fell to me"),
            List.of(new Competency.Anchor(1, "Mentions what they own", List.of())));
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, "Could you tell me what you're responsible for day to day?")
            .says(
                "alex",
                3,
                9,
                "Of course, so I'm a deputy sister on the respiratory unit at Kingsmead, it's a"
                    + " twenty-eight bed ward with four ventilation beds and a day unit.")
            .says("dana", 10, 12, "And the infection control link role?")
            .says(
                "alex",
                13,
                20,
                "Last autumn we had three cases in one bay. As the link nurse it fell to me to"
                    + " find out how it was spreading.")
            .build();

    CompetencyRating r = rate(media, ownership);

    assertThat(r.quotes())
        .extracting(e -> e.text())
        .first()
        .isEqualTo("As the link nurse it fell to me to find out how it was spreading.");
  }

  @Test
  void quotesASpecificAnswerBeforeAVagueOneThatItsPromptPutOnTopic() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 2, "Walk me through your last migration.")
            .says(
                "alex",
                3,
                9,
                "At Brantwood I moved the billing jobs to the new cluster over three weeks. We"
                    + " added contract tests first, and every test still passed in production.")
            .says("dana", 10, 12, "How do you usually go about tests?")
            .says(
                "alex",
                13,
                20,
                "I think tests are really about being pragmatic and making sure everyone feels"
                    + " comfortable, and usually things sort themselves out over time.")
            .build();

    CompetencyRating r = rate(media, TESTING);

    assertThat(r.answers()).hasSize(2);
    assertThat(r.quotes())
        .extracting(e -> e.text())
        .first()
        .isEqualTo("We added contract tests first, and every test still passed in production.");
  }
}
