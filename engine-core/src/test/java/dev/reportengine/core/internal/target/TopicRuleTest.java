package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicRuleTest {

  private final TopicRule rule = new TopicRule();

  private final Media media =
      TestMedia.named("m")
          .entity("a", "A")
          .entity("b", "B")
          .says("a", 0, 5, "The parrot is dead. I wish to complain about this parrot.")
          .says("b", 5, 10, "No, it is resting. Lovely plumage.")
          .says("a", 10, 15, "It's stone dead.")
          .build();

  @Test
  void ranksPeopleByBm25AndQuotesTheirBestTurn() {
    RuleResult r = apply(rule, media, "who complained about the dead parrots");
    assertThat(top(r)).isEqualTo("a");
    assertThat(r.scored().get(0).score())
        .isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(r.scored().get(0).evidence().get(0).quote())
        .contains("The parrot is dead. I wish to complain about this parrot.");
  }

  @Test
  void leavesAHintThatReadsAsANameAlone() {
    assertThat(apply(rule, media, "Polly Parrot").scored()).isEmpty();
  }

  @Test
  void creditsWordsSaidToSomeoneByNameToThemAndNotToTheSpeaker() {
    Media meeting =
        TestMedia.named("m")
            .entity("chair", "Chair")
            .entity("k", "K")
            .entity("t", "T")
            .says("chair", 0, 5, "Kofi, before we get to the vendor, how's infrastructure looking?")
            .says("k", 5, 10, "Fine, the cluster upgrade is done.")
            .says("chair", 10, 15, "Good. Ilse, our solutions engineer, did the mapping.")
            .says("t", 15, 20, "Thanks. I'll take the release notes.")
            .build();

    RuleResult infrastructure = apply(rule, meeting, "the infrastructure person");
    assertThat(top(infrastructure)).isEqualTo("k");
    assertThat(infrastructure.scored().get(0).evidence().get(0).quote())
        .contains("Kofi, before we get to the vendor, how's infrastructure looking?");
    assertThat(apply(rule, meeting, "the solutions engineer").scored()).isEmpty();
  }

  @Test
  void creditsWhatASentenceSaysAfterNamingAnotherSpeakerToThemUntilTheSpeakerSaysI() {
    Media interview =
        TestMedia.named("m")
            .entity("janine", "Janine Robb")
            .entity("tomasz", "Tomasz")
            .entity("cand", "Adaeze")
            .says(
                "janine",
                0,
                9,
                "I'm Janine, I look after the site here, and this is Tomasz, who runs health and"
                    + " safety for the whole estate.")
            .says("tomasz", 9, 12, "Morning.")
            .says("cand", 12, 20, "Morning, thanks for having me.")
            .says("janine", 20, 30, "I told Tomasz I'd check the induction records myself.")
            .build();

    RuleResult safety = apply(rule, interview, "the health and safety lead");
    assertThat(top(safety)).isEqualTo("tomasz");
    assertThat(apply(rule, interview, "whoever checks the induction records").scored())
        .extracting(s -> s.entity().id())
        .containsExactly("janine");
  }

  @Test
  void creditsNoOneWithWhatIsSaidOfSomethingOfAnotherSpeakers() {
    Media meeting =
        TestMedia.named("m")
            .entity("gwen", "Gwen")
            .entity("kwame", "Kwame")
            .says("gwen", 0, 8, "Apparently Kwame's cousin does the catering for the festival.")
            .says("kwame", 8, 12, "He does, he's very good.")
            .build();

    assertThat(apply(rule, meeting, "whoever does the catering for the festival").scored())
        .isEmpty();
  }

  @Test
  void missesAPostTheCallOnlySpeaksOfAsSomeoneElses() {
    Media call =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "The head teacher has complained to us twice about the noise.")
            .says("b", 5, 8, "We can move the deliveries to after nine.")
            .says("a", 8, 12, "I'll tell the head teacher on Monday.")
            .build();

    RuleResult r = apply(rule, call, "the head teacher");

    assertThat(r.scored()).isEmpty();
    assertThat(r.conclusive()).isTrue();
    assertThat(r.note())
        .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("The head teacher has complained to us twice about the noise.");
  }

  @Test
  void missesAPostSpokenOfAsAnothersInASentenceThatOpensOnSo() {
    Media call =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says(
                "a",
                0,
                5,
                "So, as Hattie said in her email, the final stage is a short presentation to our"
                    + " operations director.")
            .says("b", 5, 8, "That's fine, I've presented to directors before.")
            .build();

    RuleResult r = apply(rule, call, "the operations director");

    assertThat(r.scored()).isEmpty();
    assertThat(r.conclusive()).isTrue();
  }

  @Test
  void missesAPostTheCallSpeaksOfOnlyInThePossessive() {
    Media call =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "Should someone tell the mayor's office about the new date?")
            .says("b", 5, 8, "I can ring the mayor's office, I know them.")
            .build();

    RuleResult r = apply(rule, call, "the mayor");

    assertThat(r.scored()).isEmpty();
    assertThat(r.conclusive()).isTrue();
  }

  @Test
  void missesAnAbsentPostSaidWithoutTheWordsThatOnlyNarrowItInTheHint() {
    Media call =
        TestMedia.named("m")
            .entity("a", "Marguerite")
            .entity("b", "Lorcan")
            .says("a", 0, 5, "What's the hardest thing about the GM role, do you think?")
            .says("b", 5, 8, "Keeping the kitchen and the floor talking.")
            .says("a", 8, 12, "The current GM is moving to open our new site.")
            .says("b", 12, 15, "I'll write to Fairburn's today, to their category manager.")
            .says("a", 15, 18, "And I'll set up an intro with the finance manager at Corrow.")
            .build();

    for (String hint :
        List.of(
            "the current GM at Harrowgate Street",
            "the Fairburn's category manager",
            "the finance manager at Corrow")) {
      RuleResult r = apply(rule, call, hint);
      assertThat(r.conclusive()).as(hint).isTrue();
      assertThat(r.scored()).as(hint).isEmpty();
    }
  }

  @Test
  void missesAPostWhoseHolderIsNamedOnlyWhenTheNameIsNoSpeakers() {
    String colin =
        "Since our last data protection officer, Colin, left in April, it's been covered.";
    Media call =
        TestMedia.named("m")
            .entity("a", "Judith")
            .entity("b", "Robyn")
            .says("a", 0, 5, "The data protection officer post would report to me.")
            .says("b", 5, 8, "That makes sense.")
            .says("a", 8, 12, colin)
            .build();
    Media withColin =
        TestMedia.named("m")
            .entity("a", "Judith")
            .entity("b", "Colin")
            .says("a", 0, 5, colin)
            .says("b", 5, 8, "I still help out now and then.")
            .build();
    String described = "Colin, our last data protection officer, left in April.";
    Media anonymous =
        TestMedia.named("m")
            .entity("a", "Speaker 0")
            .entity("b", "Speaker 1")
            .says("a", 0, 5, described)
            .says("b", 5, 8, "I still help out now and then.")
            .build();
    Media named =
        TestMedia.named("m")
            .entity("a", "Judith")
            .entity("b", "Robyn")
            .says("a", 0, 5, described)
            .says("b", 5, 8, "That makes sense.")
            .build();

    RuleResult r = apply(rule, call, "the previous data protection officer");

    assertThat(r.conclusive()).isTrue();
    assertThat(r.note()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains(colin);
    assertThat(apply(rule, withColin, "the previous data protection officer").conclusive())
        .isFalse();
    assertThat(apply(rule, anonymous, "the previous data protection officer").conclusive())
        .isFalse();
    assertThat(apply(rule, named, "the previous data protection officer").conclusive()).isTrue();
  }

  @Test
  void creditsADeedANamedSpeakerDoesToThemNotToWhoeverTellsIt() {
    Media call =
        TestMedia.named("m")
            .entity("aga", "Aga")
            .entity("pat", "Pat")
            .says(
                "aga",
                0,
                5,
                "Pat's standing down as treasurer at the AGM, and as far as I know, nobody's"
                    + " put their name forward.")
            .says("pat", 5, 8, "Nine years is enough, honestly. Someone else can have a go.")
            .says("aga", 8, 12, "The AGM is in November, so we've got time to find someone.")
            .build();

    RuleResult r = apply(rule, call, "the person standing down at the AGM");

    assertThat(TopicRule.doing(HintText.of("the person standing down at the AGM"))).isTrue();
    assertThat(TopicRule.title(HintText.of("the person taking the minutes"))).isEmpty();
    assertThat(top(r)).isEqualTo("pat");
  }

  @Test
  void missesAPostHolderTheHintDescribesAsTheCallDescribesSomeoneElse() {
    Media call =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "So the job is shift supervisor, a step up for you.")
            .says(
                "a",
                5,
                9,
                "The current night supervisor, Gary, has been off long-term sick since the summer.")
            .says("b", 9, 12, "I've covered nights as a senior, so I know the line.")
            .build();
    Media claimed =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "Our planner is retiring in June.")
            .says("b", 5, 9, "I'm the planner too, and I'm retiring next year, funnily enough.")
            .build();

    RuleResult r = apply(rule, call, "the night supervisor who is off sick");

    assertThat(r.scored()).isEmpty();
    assertThat(r.conclusive()).isTrue();
    assertThat(r.note())
        .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("Gary, has been off long-term sick");
    assertThat(apply(rule, claimed, "the planner who is retiring").conclusive()).isFalse();
    assertThat(apply(rule, call, "the person who covered nights").conclusive()).isFalse();
  }

  @Test
  void doesNotMissAPostPresentedInTheCallOrClaimedByItsSpeaker() {
    Media presented =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says(
                "a", 0, 5, "We're joined by our head of IT today, who owns the head of IT budget.")
            .says("b", 5, 8, "Morning, happy to help.")
            .build();
    Media claimed =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "The head teacher will want the plan.")
            .says("b", 5, 8, "As head teacher I want the plan by Friday.")
            .build();

    assertThat(apply(rule, presented, "the head of IT").conclusive()).isFalse();
    assertThat(apply(rule, claimed, "the head teacher").conclusive()).isFalse();
  }

  @Test
  void countsTheFirstPersonDoubleForAHintAboutWhatSomeoneDoes() {
    Media call =
        TestMedia.named("m")
            .entity("lead", "L")
            .entity("dev", "D")
            .says("lead", 0, 5, "The login bug is still open, and the login bug worries me.")
            .says("dev", 5, 8, "I've got a patch for the login bug on a branch.")
            .build();

    assertThat(top(apply(rule, call, "whoever is patching the login bug"))).isEqualTo("dev");
    assertThat(top(apply(rule, call, "the login bug"))).isEqualTo("lead");
  }

  @Test
  void givesADeedToTheOnePersonWhoSaysItOfThemselves() {
    Media call =
        TestMedia.named("m")
            .entity("chair", "C")
            .entity("ops", "O")
            .entity("council", "K")
            .says("chair", 0, 5, "The landlord wants the letter, the landlord letter is overdue.")
            .says("chair", 5, 8, "And the councillor asked about the grant, the grant again.")
            .says("ops", 8, 12, "I'll write to the landlord on Monday.")
            .says("council", 12, 16, "Last week I rang the councillor about it.")
            .build();

    RuleResult writer = apply(rule, call, "whoever is writing to the landlord");
    assertThat(top(writer)).isEqualTo("ops");
    assertThat(writer.scored().get(0).rule()).isEqualTo("topic_deed");
    assertThat(writer.scored().get(0).score()).isEqualTo(TopicRule.DEED);
    // What someone talked about is a topic, not a deed; "councillor" is not "council".
    assertThat(apply(rule, call, "whoever talked about the landlord").scored().get(0).rule())
        .isEqualTo("topic_bm25");
    assertThat(apply(rule, call, "whoever is ringing the council").scored())
        .extracting(Scored::rule)
        .doesNotContain("topic_deed");
  }

  @Test
  void leavesADeedToTheRankingWhenTwoPeopleSayItOfThemselves() {
    Media call =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "I'll write to the landlord today.")
            .says("b", 5, 8, "I can write to the landlord too, I know him.")
            .build();

    assertThat(apply(rule, call, "whoever is writing to the landlord").scored())
        .extracting(Scored::rule)
        .containsOnly("topic_bm25");
  }

  @Test
  void countsOnlyQuestionsForAHintAboutWhatSomeoneAsked() {
    Media call =
        TestMedia.named("m")
            .entity("seller", "S")
            .entity("buyer", "B")
            .says("seller", 0, 5, "Our API covers invoices, and the API has webhooks too.")
            .says("buyer", 5, 8, "Does it have an open API?")
            .says("seller", 8, 12, "Yes, the API is documented, I'll send the API guide.")
            .build();

    assertThat(top(apply(rule, call, "whoever asked about the API"))).isEqualTo("buyer");
    assertThat(top(apply(rule, call, "whoever talked about the API"))).isEqualTo("seller");
  }

  @Test
  void countsRequestsSaidAsStatementsAsQuestionsForAHintAboutWhatSomeoneAsked() {
    Media call =
        TestMedia.named("m")
            .entity("lead", "L")
            .entity("panel", "P")
            .entity("candidate", "C")
            .says("lead", 0, 5, "Thanks for coming in today.")
            .says("panel", 5, 8, "And walk me through how you control waste in the kitchen.")
            .says("candidate", 8, 20, "Waste is weighed daily, and kitchen waste goes on a sheet.")
            .says("lead", 20, 25, "Good. Tell us about your last job.")
            .build();

    assertThat(top(apply(rule, call, "whoever asked about kitchen waste"))).isEqualTo("panel");
  }

  @Test
  void countsTheSentenceThatSetsUpAQuestionEvenInTheSpeakersTurnBefore() {
    Media call =
        TestMedia.named("m")
            .entity("lead", "L")
            .entity("panel", "P")
            .entity("candidate", "C")
            .says("lead", 0, 4, "Let me give you a scenario.")
            .says("lead", 4, 8, "Suppose the boiler in the infant block fails on a Monday.")
            .says("lead", 8, 10, "What would you do?")
            .says("candidate", 10, 20, "I'd ring the contractor and check the block is safe.")
            .says("panel", 20, 25, "What would you say is your biggest weakness?")
            .says("candidate", 25, 30, "Delegating, probably; the boiler story shows it.")
            .build();

    assertThat(top(apply(rule, call, "whoever asked about the boiler"))).isEqualTo("lead");
    assertThat(top(apply(rule, call, "whoever asked about weaknesses"))).isEqualTo("panel");
  }

  @Test
  void creditsNobodyWithWordsThatDescribeAThirdPersonToSomeoneCalledByName() {
    Media call =
        TestMedia.named("m")
            .entity("g", "G")
            .entity("n", "N")
            .entity("i", "I")
            .says("i", 0, 3, "Hi, sorry, the bank ran over.")
            .says("g", 3, 8, "Noor, this is Ines Oyelaran, our controller.")
            .says("n", 8, 10, "Hi Ines, nice to meet you.")
            .build();

    assertThat(apply(rule, call, "the controller").scored()).isEmpty();
  }

  @Test
  void findsTheSpeakerASentenceNamesAsAPostsHolder() {
    Media call =
        TestMedia.named("m")
            .entity("maya", "Maya Lind")
            .entity("tobias", "Tobias Reyes")
            .entity("buyer", "Colette")
            .says("maya", 0, 5, "I've got Tobias with me again, our solutions engineer.")
            .says("tobias", 5, 10, "Hi. I looked at the export format.")
            .says("maya", 10, 15, "Colette, can your solutions engineer check the mapping too?")
            .says("buyer", 15, 20, "Sure, and our finance director will want the terms.")
            .build();

    RuleResult engineer = apply(rule, call, "the solutions engineer");
    assertThat(top(engineer)).isEqualTo("tobias");
    assertThat(engineer.scored().get(0).rule()).isEqualTo("topic_post_holder");
    assertThat(engineer.scored().get(0).evidence().get(0).quote().orElseThrow())
        .contains("I've got Tobias with me again");
    // Colette is asked, not named as the finance director; the director is not Colette either.
    assertThat(apply(rule, call, "the finance director").scored())
        .noneMatch(s -> s.rule().equals("topic_post_holder"));
  }

  @Test
  void readsAPostAfterIAmOrAnIndefiniteArticleAsNoOneElses() {
    assertThat(
            TopicRule.speaksOfHolder("I'm the head of support here.", title("the head of support")))
        .isFalse();
    assertThat(
            TopicRule.speaksOfHolder(
                "I'm Lucia, the head of people at Marsh.", title("the head of people")))
        .isFalse();
    assertThat(TopicRule.speaksOfHolder("As the designer, I own the flows.", title("the designer")))
        .isFalse();
    assertThat(TopicRule.speaksOfHolder("I might borrow a chef from Ashby.", title("the chef")))
        .isFalse();
    assertThat(TopicRule.speaksOfHolder("Their executive chef owes me.", title("the chef")))
        .isFalse();
    assertThat(TopicRule.speaksOfHolder("The head chef is staying, yes.", title("the head chef")))
        .isTrue();
    assertThat(
            TopicRule.speaksOfHolder(
                "Then our operations director decides.", title("the operations director")))
        .isTrue();
    assertThat(
            TopicRule.speaksOfHolder(
                "And Helen as general manager signs.", title("the general manager")))
        .isTrue();
    assertThat(
            TopicRule.speaksOfHolder(
                "I joined as the operations lead.", title("the operations lead")))
        .isFalse();
    assertThat(TopicRule.speaksOfHolder("I'm your account manager.", title("the account manager")))
        .isFalse();
    assertThat(TopicRule.speaksOfHolder("The governors approved it.", title("the governor")))
        .isFalse();
    assertThat(
            TopicRule.speaksOfHolder("I applied for the team lead role.", title("the team lead")))
        .isFalse();
    assertThat(TopicRule.speaksOfHolder("He was the designer before me.", title("the designer")))
        .isTrue();
    assertThat(
            TopicRule.mention("Yeah, one of our consultants, actually.", title("the consultant")))
        .isEqualTo(TopicRule.Mention.NO_HOLDER);
    assertThat(
            TopicRule.mention(
                "The data protection officer post would report to me.",
                title("the data protection officer")))
        .isEqualTo(TopicRule.Mention.NO_HOLDER);
    assertThat(TopicRule.mention("Treasurer's report, Declan.", title("the treasurer")))
        .isEqualTo(TopicRule.Mention.UNCLEAR);
    assertThat(TopicRule.mention("We talked about budgets.", title("the treasurer")))
        .isEqualTo(TopicRule.Mention.NONE);
    assertThat(
            TopicRule.speaksOfHolder(
                "He signs everything off with the head of digital.", title("the head of digital")))
        .isTrue();
    assertThat(title("the Fairburn's category manager"))
        .containsExactly("fairburn", "category", "manager");
    assertThat(TopicRule.title(HintText.of("whoever ran the meeting"))).isEmpty();
    assertThat(TopicRule.title(HintText.of("the nurse who came off nights"))).isEmpty();
    assertThat(TopicRule.title(HintText.of("Tom Becker"))).isEmpty();
  }

  private static List<String> title(String hint) {
    return TopicRule.title(HintText.of(hint));
  }

  @Test
  void asksForAPostByTheWordsThatNarrowItNotByItsNoun() {
    Media call =
        TestMedia.named("q")
            .entity("a", "Speaker A")
            .entity("b", "Speaker B")
            .says("a", 0, 5, "The QA run found three bugs overnight, and I've logged them all.")
            .says(
                "b",
                6,
                12,
                "Good. Our leads are stretched; every lead I know is covering two teams, and the"
                    + " product lead is off.")
            .build();
    RuleResult r = apply(rule, call, "the QA lead");
    assertThat(top(r)).isEqualTo("a");
    assertThat(r.scored()).extracting(Scored::score).allMatch(s -> s <= TopicRule.FULL);
    assertThat(r.scored()).noneMatch(s -> s.entity().id().equals("b"));
  }

  @Test
  void takesARequestAfterACommaAsAQuestionForWhoAsked() {
    Media call =
        TestMedia.named("r")
            .entity("a", "Speaker A")
            .entity("b", "Speaker B")
            .entity("c", "Speaker C")
            .says("a", 0, 5, "What about when something goes wrong, tell me about a mistake.")
            .says(
                "c",
                6,
                12,
                "My biggest mistake was a missed deadline; mistakes like that teach you.")
            .says("b", 13, 16, "And how do you plan a busy week?")
            .says("c", 17, 20, "I block the mornings.")
            .build();
    assertThat(top(apply(rule, call, "whoever asked about mistakes"))).isEqualTo("a");
  }

  @Test
  void keepsThePostNounOfAPostThatIsOnlyANoun() {
    Media call =
        TestMedia.named("t")
            .entity("a", "Speaker A")
            .entity("b", "Speaker B")
            .says(
                "a", 0, 5, "The accounts are done, and I've filed every treasurer return on time.")
            .says("b", 6, 9, "Great, thanks for that.")
            .build();
    assertThat(top(apply(rule, call, "the treasurer"))).isEqualTo("a");
    assertThat(apply(rule, call, "the new treasurer").scored()).isEmpty();
  }
}
