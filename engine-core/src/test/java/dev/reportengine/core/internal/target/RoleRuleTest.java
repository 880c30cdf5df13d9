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

class RoleRuleTest {

  private final RoleRule rule = new RoleRule(RoleLexicon.standard());

  private final Media withAttributes =
      TestMedia.named("m")
          .entity(
              new Entity(
                  "maria",
                  Optional.of("Maria"),
                  Map.of("role", "seller", "company", "Northwind Analytics")))
          .entity(
              new Entity(
                  "sam",
                  Optional.of("Sam"),
                  Map.of("role", "buyer", "title", "Head of Operations")))
          .says("maria", 0, 5, "How do you report today?")
          .says("sam", 5, 10, "Spreadsheets, mostly.")
          .build();

  @Test
  void matchesARoleAttributeVerbatim() {
    RuleResult r = apply(rule, withAttributes, "the seller");
    assertThat(top(r)).isEqualTo("maria");
    assertThat(r.scored().get(0).score()).isEqualTo(0.95);
    assertThat(r.scored().get(0).rule()).isEqualTo("role_attribute");
  }

  @Test
  void matchesARoleThroughASynonymFromTheResourceFile() {
    RuleResult r = apply(rule, withAttributes, "the customer");
    assertThat(top(r)).isEqualTo("sam");
    assertThat(r.scored().get(0).score())
        .isCloseTo(0.95 * RoleRule.SYNONYM, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void matchesCompanyAndTitleWords() {
    assertThat(top(apply(rule, withAttributes, "the one from Northwind"))).isEqualTo("maria");
    assertThat(top(apply(rule, withAttributes, "the head of operations"))).isEqualTo("sam");
  }

  @Test
  void takesNoDeputyForThePostTheyDeputiseFor() {
    Media media =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "I'm Priya, I'm the technical manager here, so food safety is mine.")
            .says(
                "b",
                5,
                10,
                "I run the audits, and I'm the deputy for the technical manager when he's away.")
            .build();
    RuleResult r = apply(rule, media, "the technical manager");
    assertThat(r.scored()).extracting(s -> s.entity().id()).containsExactly("a");
    assertThat(top(apply(rule, media, "the deputy technical manager"))).isEqualTo("b");
  }

  @Test
  void findsASelfDescriptionWhenNoAttributeMatches() {
    Media media =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "Hi, I'm Dana, engineering manager for payments.")
            .says("b", 5, 10, "Hello, I am a backend engineer.")
            .build();
    RuleResult r = apply(rule, media, "the manager");
    assertThat(top(r)).isEqualTo("a");
    assertThat(r.scored().get(0).rule()).isEqualTo("role_self_description");
    assertThat(top(apply(rule, media, "the backend engineer"))).isEqualTo("b");
  }

  @Test
  void readsWhoLooksAfterOrRunsSomethingAsItsManager() {
    Media media =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .entity("c", "C")
            .says("a", 0, 5, "So I'm Darlene, I run the service side here.")
            .says("b", 5, 10, "And I'm Tom, I look after the fleet and the workshop.")
            .says("c", 10, 15, "I'm Leona, I look after new accounts.")
            .build();
    RuleResult service = apply(rule, media, "the service manager");
    assertThat(top(service)).isEqualTo("a");
    assertThat(service.scored().get(0).score()).isEqualTo(RoleRule.SELF_DESCRIPTION);
    assertThat(top(apply(rule, media, "the fleet manager"))).isEqualTo("b");
    assertThat(apply(rule, media, "the finance director").scored()).allMatch(s -> s.score() < 0.5);
  }

  @Test
  void findsTheAskerAndTheAnswererByBehaviour() {
    Media interview =
        TestMedia.named("m")
            .entity("i", "I")
            .entity("c", "C")
            .says("i", 0, 2, "Why this job?")
            .says("c", 2, 10, "Because I like building payment systems that people rely on.")
            .says("i", 10, 12, "What did you build last?")
            .says("c", 12, 20, "A ledger service with idempotent writes.")
            .build();
    RuleResult asker = apply(rule, interview, "the interviewer");
    assertThat(top(asker)).isEqualTo("i");
    assertThat(asker.scored().get(0).rule()).isEqualTo("role_behaviour");
    assertThat(asker.scored().get(0).score()).isEqualTo(0.8);
    assertThat(top(apply(rule, interview, "the candidate"))).isEqualTo("c");
  }

  @Test
  void lowersBehaviourByTheShareOfOtherWordsInTheHint() {
    Media interview =
        TestMedia.named("m")
            .entity("i", "I")
            .entity("c", "C")
            .says("i", 0, 2, "Why?")
            .says("c", 2, 10, "Because.")
            .build();
    assertThat(apply(rule, interview, "the candidate from Berlin").scored().get(0).score())
        .isEqualTo(0.4);
  }

  @Test
  void scoresNothingWithoutRoleOrAttributeWords() {
    assertThat(apply(rule, withAttributes, "purple elephants").scored()).isEmpty();
  }

  @Test
  void endsASelfDescriptionWithItsSentence() {
    Media media =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "Um, I'm gonna stop the recording. Myra")
            .says("b", 5, 10, "OK.")
            .build();
    assertThat(apply(rule, media, "Myra").scored()).isEmpty();
  }

  @Test
  void takesNoNumberForARoleOrOrganisation() {
    Media media =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "I'm 25 weeks pregnant.")
            .says("b", 5, 10, "OK.")
            .build();
    assertThat(apply(rule, media, "speaker 25").scored()).isEmpty();
  }

  @Test
  void countsOnlyQuestionsThatEndATurn() {
    Media media =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "What is the real value for you?")
            .says("b", 5, 20, "Convenience. Why? Because I set the work remotely. Why? It is fast.")
            .says("a", 20, 25, "And for the assistants?")
            .says("b", 25, 40, "They learn the marking quickly.")
            .build();
    RuleResult r = apply(rule, media, "the interviewer");
    assertThat(RuleTesting.ids(r)).containsExactly("a");
  }

  @Test
  void findsARoleOthersGiveASpeakerButNeverOneOfSomeoneOnlyTalkedAbout() {
    Media media =
        TestMedia.named("m")
            .entity("a", "Speaker 0")
            .entity("b", "Hannah")
            .entity("c", "Tomasz")
            .says("a", 0, 5, "Hannah, you run operations, so tell me how dispatch works today.")
            .says("b", 5, 10, "Sure, it's mostly whiteboards.")
            .says("a", 10, 15, "Tomasz is here too, he's one of our senior engineers.")
            .says("c", 15, 20, "Hello.")
            .says("a", 20, 25, "And Kevin, he's our designer, is out today.")
            .build();

    RuleResult operations = apply(rule, media, "the person who runs operations");
    assertThat(top(operations)).isEqualTo("b");
    assertThat(operations.scored().get(0).rule()).isEqualTo("role_described");
    assertThat(top(apply(rule, media, "the senior engineer"))).isEqualTo("c");
    RuleResult designer = apply(rule, media, "the designer");
    assertThat(designer.scored()).isEmpty();
    assertThat(designer.conclusive()).as("Kevin is described, and absent").isTrue();
    assertThat(designer.note()).hasValueSatisfying(n -> assertThat(n).contains("Kevin"));
  }

  @Test
  void missesForSomeoneAbsentOnlyWhenTheCallSaysTheHintsOwnWordsOfThem() {
    Media media =
        TestMedia.named("m")
            .entity("niamh", "Niamh")
            .entity("hamish", "Hamish")
            .entity("deb", "Deborah Okafor")
            .says("deb", 0, 5, "Hi Niamh. Deborah Okafor, executive director.")
            .says("hamish", 5, 10, "And I run the box office and ticket sales here.")
            .says(
                "hamish", 10, 15, "It's a day a week for Janice, she's our box office supervisor.")
            .build();

    assertThat(apply(rule, media, "the box office manager").conclusive()).isFalse();
    assertThat(apply(rule, media, "the executive director").conclusive()).isFalse();
    RuleResult supervisor = apply(rule, media, "the box office supervisor");
    assertThat(supervisor.conclusive()).isTrue();
    assertThat(supervisor.note()).hasValueSatisfying(n -> assertThat(n).contains("Janice"));
  }

  @Test
  void doesNotTakeSomeoneAbsentWithALesserPostForTheHolderOfThePost() {
    Media media =
        TestMedia.named("m")
            .entity("margaret", "Margaret")
            .entity("femi", "Femi")
            .says(
                "margaret",
                0,
                5,
                "Lovely. And apologies from Tom Birch, our vice-chair, he's at a funeral.")
            .says("femi", 5, 10, "Noted. I spoke to Rhona Vale, our deputy treasurer, on Friday.")
            .build();

    assertThat(apply(rule, media, "the chair").conclusive()).isFalse();
    assertThat(apply(rule, media, "the treasurer").conclusive()).isFalse();
    RuleResult vice = apply(rule, media, "the vice-chair");
    assertThat(vice.conclusive()).as(vice.toString()).isTrue();
    assertThat(apply(rule, media, "the deputy treasurer").conclusive()).isTrue();
    assertThat(vice.note()).hasValueSatisfying(n -> assertThat(n).contains("Tom Birch"));
  }

  @Test
  void takesWhatAnAppositionSaysOfASpeakerAndMissesForSomeoneAbsent() {
    Media media =
        TestMedia.named("m")
            .entity("noor", "Noor")
            .entity("gus", "Gus")
            .entity("ines", "Ines Oyel")
            .says("gus", 0, 5, "Noor, this is Ines Oyel, our controller.")
            .says("ines", 5, 10, "Hi. So my worry is the cost.")
            .says("gus", 10, 15, "Anything big goes to Walt. Walt Henning, he owns the group.")
            .says("noor", 15, 20, "Then we should send Walt the summary.")
            .build();

    RuleResult controller = apply(rule, media, "the controller");
    assertThat(top(controller)).isEqualTo("ines");
    assertThat(controller.scored().get(0).rule()).isEqualTo("role_described");
    RuleResult owner = apply(rule, media, "the owner of the group");
    assertThat(owner.conclusive()).isTrue();
    assertThat(owner.scored()).isEmpty();
    assertThat(owner.note()).hasValueSatisfying(n -> assertThat(n).contains("Walt Henning"));
  }

  @Test
  void readsWhatSomeoneHasTakenOverAsTheirRoleAndMeetsACoordinatorInCoordination() {
    Media media =
        TestMedia.named("m")
            .entity("annika", "Annika")
            .entity("saoirse", "Saoirse")
            .says("annika", 0, 5, "We've got a new face this week, do you want to say hello?")
            .says(
                "saoirse",
                5,
                12,
                "Hi everyone, I'm Saoirse, I've taken over volunteer coordination from Pete.")
            .build();

    RuleResult coordinator = apply(rule, media, "the volunteer coordinator");
    assertThat(top(coordinator)).isEqualTo("saoirse");
    assertThat(coordinator.scored().get(0).score()).isGreaterThan(0.5);
  }

  @Test
  void takesTheTeamSomeoneIsIntroducedFromAsWhatTheyAre() {
    Media media =
        TestMedia.named("m")
            .entity("callum", "Callum Fraser")
            .entity("aileen", "Aileen Baird")
            .entity("seun", "Seun")
            .says(
                "callum",
                0,
                6,
                "I'm Callum, the project manager, and this is Aileen Baird from our HR team.")
            .says("aileen", 6, 9, "Hiya, nice to meet you.")
            .says("seun", 9, 12, "Hello both.")
            .build();

    RuleResult hr = apply(rule, media, "the HR person");
    assertThat(top(hr)).isEqualTo("aileen");
    assertThat(hr.scored().get(0).rule()).isEqualTo("role_described");
  }

  @Test
  void takesAnAppositionWithAnOfOrForPhraseAfterItsRole() {
    Media media =
        TestMedia.named("m")
            .entity("saskia", "Saskia")
            .entity("obinna", "Obinna Achterberg")
            .entity("ana", "Ana")
            .says(
                "saskia",
                0,
                6,
                "I'm Saskia, and this is Obinna Achterberg, our director of product for claims.")
            .says("obinna", 6, 9, "Hi Ana.")
            .says("ana", 9, 12, "Hello both. Ashby, their head chef owes me a favour, by the way.")
            .build();

    RuleResult director = apply(rule, media, "the director of product");
    assertThat(top(director)).isEqualTo("obinna");
    assertThat(director.scored().get(0).rule()).isEqualTo("role_described");
    assertThat(RoleDescriptions.absent(new HintConversation(media))).isEmpty();
  }

  @Test
  void readsACompanyAfterFromAsWhereTheSpeakerWorksNotAsSomeoneAbsent() {
    Media media =
        TestMedia.named("m")
            .entity("priya", "Priya")
            .entity("gareth", "Speaker 2")
            .says("priya", 0, 5, "Morning, it's Priya from Vetmarrow, your account manager.")
            .says("gareth", 5, 10, "Morning, yes, we pay you about eleven hundred a month.")
            .says("priya", 10, 15, "And we'd like to offer the third site a discount.")
            .build();

    RuleResult seller = apply(rule, media, "the account manager");

    assertThat(seller.conclusive() && seller.scored().isEmpty())
        .as("Vetmarrow is where Priya works, not an absent account manager")
        .isFalse();
  }

  @Test
  void takesAnAreaHandedOverInAQuestionOrCalledOutAsTheSpeakersField() {
    Media media =
        TestMedia.named("m")
            .entity("keisha", "Keisha")
            .entity("felix", "Felix")
            .entity("d", "Speaker D")
            .says("keisha", 0, 5, "Felix, do you want to start with backend?")
            .says("felix", 5, 10, "Sure, the sync endpoints are merged.")
            .says("keisha", 10, 15, "We have pharmacy with us for ten minutes.")
            .says("keisha", 15, 20, "Pharmacy, do you want to go next, since you have to leave?")
            .says("d", 20, 25, "Thanks, the drug rounds still fit.")
            .build();

    assertThat(top(apply(rule, media, "the backend engineer"))).isEqualTo("felix");
    assertThat(top(apply(rule, media, "the pharmacist"))).isEqualTo("d");
    assertThat(apply(rule, media, "the frontend engineer").scored()).isEmpty();
  }

  @Test
  void takesTheAreaAChairHandsTheFloorOverWithAsTheSpeakersRole() {
    Media media =
        TestMedia.named("m")
            .entity("nadia", "Nadia")
            .entity("bea", "Bea")
            .entity("mei", "Mei")
            .says("nadia", 0, 5, "Okay, let's go around. Bea, design?")
            .says("bea", 5, 10, "The checkout screens are final.")
            .says("nadia", 10, 15, "Thanks. Mei, how's QA looking?")
            .says("mei", 15, 20, "Green, apart from two flaky cases.")
            .build();

    assertThat(top(apply(rule, media, "the designer"))).isEqualTo("bea");
    assertThat(top(apply(rule, media, "the tester"))).isEqualTo("mei");
  }

  private final Media stockMeeting =
      TestMedia.named("m")
          .entity("chair", "Ola")
          .entity("tech", "Rhys")
          .entity("money", "Iris")
          .says("chair", 0, 5, "Rhys, what happened overnight?")
          .says(
              "tech", 5, 15, "The compressor tripped and the controller logs show a fault at two.")
          .says("chair", 15, 20, "So the compressor and the controller both need a look.")
          .says("money", 20, 30, "The stock is a write-off, the excess on our insurance is higher.")
          .says("money", 30, 35, "I'll put it through this month's figures.")
          .build();

  @Test
  void findsARoleNobodyNamesByTheWordsItsHolderIsFirstToUse() {
    RuleResult engineer = apply(rule, stockMeeting, "the engineer");
    assertThat(top(engineer)).isEqualTo("tech");
    assertThat(engineer.scored().get(0).rule()).isEqualTo("role_vocabulary");
    assertThat(engineer.scored().get(0).score()).isEqualTo(RoleRule.VOCABULARY);
    assertThat(engineer.scored().get(0).evidence().get(0).description())
        .contains("compressor", "controller", "fault");
    // The chair repeats the engineer's words but is first to use none of them.
    assertThat(engineer.scored()).extracting(s -> s.entity().id()).doesNotContain("chair");
    assertThat(top(apply(rule, stockMeeting, "the finance person"))).isEqualTo("money");
    // A society's treasurer is its finance role, even when nobody says the word.
    assertThat(top(apply(rule, stockMeeting, "the treasurer"))).isEqualTo("money");
  }

  @Test
  void leavesARoleUnresolvedWhenItsWordsAreFewOrSharedOrTheHintSaysMore() {
    Media thin =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "Our budget is tight.")
            .says("b", 5, 10, "And the invoice came late, the cost went up.")
            .build();
    // Fewer than three words for anyone, or no lead of two to one.
    assertThat(apply(rule, thin, "the finance person").scored()).isEmpty();
    // A name or another word beside the role is more than the vocabulary can tell.
    assertThat(apply(rule, stockMeeting, "Ruth from finance").scored()).isEmpty();
    // A role without a vocabulary in the lexicon.
    assertThat(apply(rule, stockMeeting, "the chaplain").scored()).isEmpty();
  }

  @Test
  void leavesAPostTheCallNamesToTheStagesThatReadWhoHoldsIt() {
    Media call =
        TestMedia.named("m")
            .entity("head", "Helen")
            .entity("cand", "Jo")
            .says("head", 0, 5, "There's a finance officer, Gloria, who works three days a week.")
            .says("cand", 5, 15, "I set the budget, I chased every invoice and I did the forecast.")
            .says("head", 15, 20, "Good.")
            .build();
    assertThat(apply(rule, call, "the finance officer").scored())
        .extracting(Scored::rule)
        .doesNotContain("role_vocabulary");
    // Not named in the call: the post noun only says which field's words to read.
    assertThat(top(apply(rule, call, "the finance coordinator"))).isEqualTo("cand");
  }

  @Test
  void takesAnAppositionOfOneOfAGroupAsWhatSomeoneIs() {
    Media media =
        TestMedia.named("m")
            .entity("graham", "Graham")
            .entity("rosalind", "Rosalind Achebe")
            .entity("suki", "Suki")
            .says(
                "graham",
                0,
                6,
                "I'm head of supply chain here. And this is Suki, one of our senior buyers, she'll"
                    + " be asking about suppliers in a bit.")
            .says("suki", 6, 9, "Hi Rosalind, nice to meet you.")
            .says("rosalind", 9, 12, "Nice to meet you both. We pay our fabric suppliers monthly.")
            .build();

    RuleResult buyer = apply(rule, media, "the senior buyer");
    assertThat(top(buyer)).isEqualTo("suki");
    assertThat(buyer.scored().get(0).rule()).isEqualTo("role_described");
  }

  @Test
  void takesAPostSaidWithAsForWhatTheSpeakerIs() {
    Media media =
        TestMedia.named("m")
            .entity("callum", "Callum")
            .entity("ines", "Inês")
            .entity("bernadette", "Bernadette")
            .says("callum", 0, 5, "So who else is involved in the decision?")
            .says(
                "ines",
                5,
                10,
                "As director of operations, I make the recommendation, and Rui checks the numbers.")
            .says(
                "bernadette",
                10,
                15,
                "His daughter wrote to me as practice manager last week. As I said, I replied.")
            .build();

    RuleResult director = apply(rule, media, "the director of operations");
    assertThat(top(director)).isEqualTo("ines");
    assertThat(director.scored().get(0).rule()).isEqualTo("role_self_description");
    assertThat(top(apply(rule, media, "the practice manager"))).isEqualTo("bernadette");
  }
}
