package dev.reportengine.templates.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.Answer;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.MediaBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which answers {@link HiringClaims#assessed} checks for STAR. */
class HiringClaimsTest {

  private static final String STORY =
      "At the depot we failed an audit last spring. I went through every checklist with the"
          + " shift leads and we rewrote the cleaning rota together. We passed the next visit"
          + " with no findings at all.";

  private static final String HOPES =
      "I would start with the checklists and the cleaning rota, and I would probably talk to"
          + " every shift lead about what usually goes wrong before any visit happens.";

  /** The quotes of the question claims of {@code media}'s hiring report, Alex the candidate. */
  static List<String> questionsToAlex(Media media) {
    ConversationAnalysis a = alexIn(media);
    List<Competency> defaults = Competencies.defaults(a.language().orElseThrow());
    return HiringClaims.of(HiringFacts.of(a, defaults)).stream()
        .filter(c -> c.kind().equals("question"))
        .map(c -> c.quote().orElseThrow().text())
        .toList();
  }

  /** The analysis of {@code media} with Alex as the candidate. */
  private static ConversationAnalysis alexIn(Media media) {
    return ConversationAnalysis.of(
        new TemplateContext(media, media.entity("alex").orElseThrow(), Map.of()));
  }

  private static List<Answer> assessed(String prompt, String answer) {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, prompt)
            .says("alex", 4, 20, answer)
            .build();
    ConversationAnalysis a = alexIn(media);
    return HiringClaims.assessed(a, x -> false);
  }

  @ParameterizedTest(name = "{0} / story: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tell me about an audit that went badly.|true|1",
        "Tell me about an audit that went badly.|false|1",
        "Describe how you'd get a site ready for an inspection.|true|1",
        "Describe how you'd get a site ready for an inspection.|false|0",
        "How do you prepare your team for an inspection?|true|1",
        "How do you prepare your team for an inspection?|false|0",
      })
  void checksAnAnswerToAHypotheticalOrHabitualPromptOnlyWhenItTellsWhatHappened(
      String prompt, boolean story, int assessed) {
    assertThat(assessed(prompt, story ? STORY : HOPES)).hasSize(assessed);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a question told inside the story is part of it
        "So, this was one of my CCTV operators. On the third return-to-work meeting I just asked"
            + " him straight, is something going on? It turned out he was caring for his mum, so I"
            + " moved him to lates and in the next six months he had two days off.|1",
        // an answer that asks the interviewer back is no story to check
        "Do you mean at work or outside? Because at work I moved him to lates and in the next six"
            + " months he had two days off.|0",
        "I moved him to lates and in the next six months he had two days off, but is that the"
            + " kind of thing you mean?|0",
        // second reader 21 (late): a filler before the question back, a question retold at the end
        // of a story, a rhetorical opener of a story it goes on to tell
        "Right. Do you mean at work or outside? Because at work I moved him to lates and in the"
            + " next six months he had two days off.|0",
        "So, this was one of my CCTV operators. I moved him to lates and in the next six months"
            + " he had two days off. At his review he looked at me and said, why didn't we do this"
            + " a year ago?|1",
        "What do you do when your best operator stops turning up? I sat him down, moved him to"
            + " lates and in the next six months he had two days off.|1",
      })
  void checksAnAnswerThatTellsAQuestionButNotOneThatAsksBack(String answer, int assessed) {
    assertThat(assessed("Tell me about a time you managed someone's performance.", answer))
        .hasSize(assessed);
  }

  @org.junit.jupiter.api.Test
  void observesACompetencyNoKeywordNamesByTheClassifierWithItsScoreAndTerms() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "What are you proudest of from last year?")
            .says(
                "alex",
                4,
                20,
                "Probably Kieran. He's running the jelly culture on his own now when I'm off, and"
                    + " he's just been made permanent.")
            .build();
    ConversationAnalysis a = alexIn(media);
    List<Competency> defaults = Competencies.defaults(a.language().orElseThrow());
    Competency mentoring =
        defaults.stream().filter(c -> c.id().equals("mentoring")).findFirst().orElseThrow();

    assertThat(CompetencyRating.of(mentoring, a.answers()).observed()).isFalse();
    dev.reportengine.templates.analysis.Finding claim =
        HiringClaims.of(HiringFacts.of(a, defaults)).stream()
            .filter(c -> c.kind().equals("competency"))
            .filter(c -> c.details().get("id").toString().contains("mentoring"))
            .findFirst()
            .orElseThrow();
    assertThat(claim.rule()).isEqualTo("competency.classifier");
    assertThat(claim.quote().orElseThrow().text()).startsWith("He's running the jelly culture");
    assertThat(claim.score())
        .hasValueSatisfying(p -> assertThat(p).isBetween(CompetencyRating.LEARNED, 1.0));
    assertThat(claim.details().get("terms").toString()).isNotBlank();
    // Nothing else in the answer scores high enough for any other competency.
    assertThat(HiringFacts.of(a, defaults).observed()).isEqualTo(1);
    // A custom competency under a default's id is not what the model learned.
    Competency custom =
        new Competency(
            "mentoring",
            "Mentoring",
            "",
            List.of("apprentice"),
            List.of(new Competency.Anchor(1, "Observed", List.of())));
    assertThat(HiringFacts.of(a, List.of(custom)).observed()).isZero();
  }

  @org.junit.jupiter.api.Test
  void saysWhichStarPartTheClassifierFoundWithItsScoreAndTerms() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "Tell me about a time someone resisted a change you made.")
            .says(
                "alex",
                4,
                30,
                "The sort lead pushed back a little. So I sat down with him, showed him the timings"
                    + " from the last month, and we agreed to try it for two weeks. After the first"
                    + " week he was the one telling people to move.")
            .build();
    ConversationAnalysis a = alexIn(media);

    List<dev.reportengine.templates.analysis.Finding> star =
        HiringClaims.of(HiringFacts.of(a, List.of())).stream()
            .filter(c -> c.kind().equals("star"))
            .toList();

    assertThat(star).hasSize(1);
    assertThat(star.get(0).rule()).isEqualTo("star.cues_and_classifier");
    assertThat(star.get(0).details().get("parts"))
        .isEqualTo(dev.reportengine.api.json.JsonValue.of("SAR"));
    assertThat(
            ((dev.reportengine.api.json.JsonValue.JsonString)
                    star.get(0).details().get("classifier"))
                .value())
        .matches("R \\(classifier 0\\.\\d+: .+\\)");
  }

  @org.junit.jupiter.api.Test
  void leadsTheQuotesOfACompetencyTheRulesObservedWithTheClassifiersBestSentenceAndSaysSo() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "Tell me about a time you mentored someone.")
            .says(
                "alex",
                4,
                30,
                "Yes, so I mentored a junior analyst called Priya last year, she was new to the"
                    + " team. I set her one small report a week and we went through it together"
                    + " every Friday. By the summer she was running the monthly board pack on her"
                    + " own.")
            .build();
    ConversationAnalysis a = alexIn(media);
    List<Competency> defaults = Competencies.defaults(a.language().orElseThrow());
    Competency mentoring =
        defaults.stream().filter(c -> c.id().equals("mentoring")).findFirst().orElseThrow();
    CompetencyRating byRules = CompetencyRating.of(mentoring, a.answers());

    CompetencyRating rated =
        HiringFacts.of(a, defaults).ratings().stream()
            .filter(r -> r.competency().id().equals("mentoring"))
            .findFirst()
            .orElseThrow();
    dev.reportengine.templates.analysis.Finding claim =
        HiringClaims.of(HiringFacts.of(a, defaults)).stream()
            .filter(c -> c.kind().equals("competency"))
            .filter(c -> c.details().get("id").toString().contains("mentoring"))
            .findFirst()
            .orElseThrow();

    assertThat(byRules.observed()).isTrue();
    assertThat(byRules.quotes().get(0).text()).startsWith("Yes, so I mentored");
    assertThat(rated.level()).isEqualTo(byRules.level());
    assertThat(rated.ranked())
        .hasValueSatisfying(l -> assertThat(l.score()).isBetween(CompetencyRating.RANKED, 1.0));
    assertThat(rated.quotes().get(0).text()).startsWith("I set her one small report a week");
    assertThat(rated.quotes()).hasSize(2);
    assertThat(claim.rule()).isEqualTo("competency.prompt_or_answer_keywords");
    assertThat(claim.quote().orElseThrow().text()).startsWith("I set her one small report");
    assertThat(claim.details().get("quote_chosen_by").toString()).contains("classifier 0.");
  }

  @org.junit.jupiter.api.Test
  void picksTheLeadingQuoteOnlyFromTheAnswersTheRulesFoundOnTopic() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "Tell me about a time you mentored someone.")
            .says(
                "alex",
                4,
                30,
                "Yes, so I mentored a junior analyst called Priya last year, she was new to the"
                    + " team. By the summer she was running the monthly board pack on her own.")
            .says("dana", 31, 33, "And what do you do outside work?")
            .says(
                "alex",
                34,
                50,
                "I help my daughter with her homework. I set my daughter one small maths sheet a"
                    + " week and we went through it together every Friday.")
            .build();
    ConversationAnalysis a = alexIn(media);
    List<Competency> defaults = Competencies.defaults(a.language().orElseThrow());

    CompetencyRating rated =
        HiringFacts.of(a, defaults).ratings().stream()
            .filter(r -> r.competency().id().equals("mentoring"))
            .findFirst()
            .orElseThrow();

    assertThat(rated.answers()).extracting(Answer::index).containsExactly(1);
    assertThat(rated.quotes()).noneMatch(e -> e.text().contains("daughter"));
  }

  @org.junit.jupiter.api.Test
  void quotesEachAnswerByItsFirstSentenceHoweverShort() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "Tell me about an audit that went badly.")
            .says("alex", 4, 20, "Yes, sure. " + STORY)
            .says("dana", 21, 23, "How do you get on with new systems?")
            .says(
                "alex",
                24,
                30,
                "Fine, yeah. I'm pretty comfortable with technology, I'd pick it up.")
            .build();
    ConversationAnalysis a = alexIn(media);

    List<dev.reportengine.templates.analysis.Finding> claims =
        HiringClaims.of(HiringFacts.of(a, List.of()));

    assertThat(claims)
        .filteredOn(c -> c.kind().equals("star") || c.kind().equals("vague_answer"))
        .extracting(c -> c.kind() + ": " + c.quote().orElseThrow().text())
        .containsExactly("star: Yes, sure.", "vague_answer: Fine, yeah.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Walk me through where you are now and what your team looks like.|ST",
        "Talk me through how you ended up in analytics in the first place.|ST",
        "So, start by telling us about what you do at Hartwell.|ST",
        "Great. So, to start with, walk me through a normal shift for you.|ST",
        "Tell me about a launch that went badly.|STAR",
      })
  void givesAnAnswerAboutTheCurrentRoleOrBackgroundNoActionOrResult(String prompt, String parts) {
    String answer =
        "At Brixbee last year I was responsible for the support pod. I moved the team to"
            + " callbacks and we cut the wait from eleven hours to four by the summer.";

    assertThat(assessed(prompt, answer))
        .singleElement()
        .extracting(x -> HiringClaims.parts(x, false))
        .isEqualTo(parts);
  }

  @org.junit.jupiter.api.Test
  void takesNoQuestionThatAnotherInterviewerAnswersAsOneToTheCandidate() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("sam", "Sam")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "What made you apply for this post?")
            .says("alex", 4, 10, "I've wanted to run my own team for a while now.")
            .says("sam", 11, 13, "Sorry I'm late. Where are you up to?")
            .says("dana", 14, 16, "We've done the background.")
            .says("sam", 16, 17, "Great, I'll read the notes later.")
            .says("dana", 17, 18, "How did the training go?")
            .says("sam", 19, 22, "Don't ask, two of them clattered each other.")
            .says("dana", 23, 26, "Right. Alex, how would you plan a busy week?")
            .says("alex", 27, 35, "I'd start from the fixtures and work back.")
            .build();
    assertThat(questionsToAlex(media))
        .containsExactly(
            "What made you apply for this post?", "Alex, how would you plan a busy week?");
  }
}
