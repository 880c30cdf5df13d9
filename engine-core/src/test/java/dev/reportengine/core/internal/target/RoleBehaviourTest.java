package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

/** Roles known from behaviour: who joined late, who ran the meeting, and self-described jobs. */
class RoleBehaviourTest {

  private final RoleRule rule = new RoleRule(RoleLexicon.standard());

  private static final Media MEETING =
      TestMedia.named("m")
          .entity("a", "A")
          .entity("b", "B")
          .entity("c", "C")
          .says("a", 0, 5, "Okay, let's get started, quick agenda for today.")
          .says("b", 6, 12, "Morning. I look after the design side, the empty states are done.")
          .says("a", 13, 20, "Great, moving on to the release date.")
          .says("c", 140, 146, "Sorry I'm late, the train was stuck. I run QA for the app.")
          .says("a", 147, 150, "No worries.")
          .build();

  @Test
  void takesTheSellingSideMemberWhoHoldsTheConversationForTheSeller() {
    // Marcus and Ifeoma both offer the product in one sentence more than the buyer's side does;
    // Marcus holds the conversation (four turns to Ifeoma's one), so he is "the seller"
    Media call =
        TestMedia.named("s")
            .entity("marcus", "M")
            .entity("tamsin", "T")
            .entity("ifeoma", "I")
            .says("marcus", 0, 5, "Thanks for making time. How did last year's gates go?")
            .says("tamsin", 6, 12, "Slowly. The queues were an hour at peak.")
            .says("marcus", 13, 18, "That's what we hear a lot. How many gates did you run?")
            .says("tamsin", 19, 24, "Four, with volunteers scanning on their phones.")
            .says("marcus", 25, 30, "Right. Ifeoma, do you want to explain the offline scanning?")
            .says(
                "ifeoma",
                31,
                60,
                "Sure. Each scanner keeps the whole list, so the gate never waits for signal, and we"
                    + " can give you two spare scanners per gate.")
            .says("tamsin", 61, 64, "That would help.")
            .says("marcus", 65, 70, "And we can do a site visit in March, before you sign.")
            .build();
    Resolution found = HintCascade.standard(HintPolicy.DEFAULTS).resolve(call, "the seller");
    assertThat(found)
        .isInstanceOfSatisfying(
            Resolution.Found.class, f -> assertThat(f.entity().id()).isEqualTo("marcus"));
  }

  @Test
  void findsWhoeverRanTheMeeting() {
    assertThat(top(apply(rule, MEETING, "whoever ran the meeting"))).isEqualTo("a");
    assertThat(top(apply(rule, MEETING, "the facilitator"))).isEqualTo("a");
  }

  @Test
  void readsInChargeOfAnAreaAsTheAreaNotTheChair() {
    assertThat(top(apply(rule, MEETING, "whoever is in charge of design"))).isEqualTo("b");
    assertThat(apply(rule, MEETING, "the chair of the trustees").scored())
        .noneMatch(s -> s.entity().id().equals("a") && s.rule().equals("role_behaviour"));
  }

  @Test
  void doesNotTakeBeingInChargeAtWorkForRunningTheCall() {
    Media interview =
        TestMedia.named("i")
            .entity("ros", "R")
            .entity("gethin", "G")
            .entity("cand", "C")
            .says(
                "ros", 0, 6, "Thanks for coming in. I'll start with your background, then Gethin.")
            .says(
                "cand",
                7,
                20,
                "There's four keepers in the section and I'm the senior, so when the team leader is"
                    + " off, I'm in charge.")
            .says("gethin", 21, 26, "And how do you handle a sedation?")
            .says("cand", 27, 35, "I follow the vet's plan and keep the area quiet.")
            .says("ros", 36, 40, "Lovely. Any questions for us? Then we'll be in touch by Friday.")
            .build();

    assertThat(top(apply(rule, interview, "whoever ran the interview"))).isEqualTo("ros");
  }

  @Test
  void findsThePersonWhoJoinedLate() {
    assertThat(top(apply(rule, MEETING, "the person who joined late"))).isEqualTo("c");
  }

  @Test
  void findsAJobFromASelfDescription() {
    assertThat(top(apply(rule, MEETING, "the designer"))).isEqualTo("b");
    assertThat(top(apply(rule, MEETING, "the QA person"))).isEqualTo("c");
  }

  /** A negotiation where the buyer asks most of the questions. */
  private static final Media NEGOTIATION =
      TestMedia.named("n")
          .entity("s", "S")
          .entity("b", "B")
          .says("b", 0, 5, "So where did you land on the price? Can you match the other quote?")
          .says(
              "s",
              6,
              14,
              "I can do twelve percent off on a three-year term, and I'll send you the order form.")
          .says("b", 15, 22, "We pay twenty-two thousand a year today. Is that your best number?")
          .says("s", 23, 30, "Our list price already includes onboarding, so that's where we are.")
          .says(
              "b",
              31,
              40,
              "Anything over a hundred thousand needs approval from our CFO. Does that work?")
          .build();

  @Test
  void findsTheSellerByOffersAndTheBuyerBySpendWhenTheBuyerAsksMost() {
    assertThat(top(apply(rule, NEGOTIATION, "the seller"))).isEqualTo("s");
    assertThat(top(apply(rule, NEGOTIATION, "the lead seller"))).isEqualTo("s");
    assertThat(top(apply(rule, NEGOTIATION, "the buyer"))).isEqualTo("b");
  }

  @Test
  void countsNeitherTheSellersQuestionsAboutApprovalNorTheBuyersPromiseToSendData() {
    Media call =
        TestMedia.named("n")
            .entity("s", "S")
            .entity("b", "B")
            .says(
                "s",
                0,
                5,
                "Who signs off on something like this? Does procurement need to approve it?")
            .says(
                "b",
                6,
                12,
                "Our budget is set, and I'll send the moth trap counts for bays three and four.")
            .says("s", 13, 18, "Great, and I'll send you the proposal with both options by Friday.")
            .says(
                "b", 19, 24, "Anything over ten thousand needs approval from our finance director.")
            .build();

    assertThat(top(apply(rule, call, "the seller"))).isEqualTo("s");
    assertThat(top(apply(rule, call, "the buyer"))).isEqualTo("b");
  }

  @Test
  void findsTheHiringManagerAsTheInterviewerWhoAlsoRunsTheInterview() {
    Media interview =
        TestMedia.named("h")
            .entity("h", "H")
            .entity("p", "P")
            .entity("c", "C")
            .says("h", 0, 5, "Thanks for coming in. Let's get started, shall we?")
            .says("h", 5, 9, "Tell me about your current role?")
            .says("c", 10, 20, "I run the night shift at a depot, about twenty people.")
            .says("p", 21, 24, "How do you handle absence?")
            .says("c", 25, 35, "Return-to-work chats, every time, and I log the pattern.")
            .says("p", 36, 39, "And what about safety walks?")
            .says("c", 40, 50, "Twice a shift, with the team leader.")
            .says("h", 51, 55, "Over to you, any questions for us?")
            .build();

    assertThat(top(apply(rule, interview, "the hiring manager"))).isEqualTo("h");
  }

  @Test
  void findsALatecomerWhoApologisesThatTheirLastMeetingRanOver() {
    Media interview =
        TestMedia.named("i")
            .entity("a", "A")
            .entity("b", "B")
            .entity("c", "C")
            .says("a", 0, 5, "Thanks for joining, shall we start?")
            .says("b", 6, 12, "Sure, happy to.")
            .says("c", 40, 44, "Hi, sorry, sorry, I'm here, my last meeting ran over.")
            .build();

    assertThat(top(apply(rule, interview, "the person who joined late"))).isEqualTo("c");
  }

  @Test
  void takesAnApologyForLatenessOnlyFromSomeonesFirstTurns() {
    Media call =
        TestMedia.named("l")
            .entity("a", "A")
            .entity("b", "B")
            .entity("c", "C")
            .says("a", 0, 3, "Hello, is that Bea?")
            .says("b", 4, 8, "It is, hi. Give me two seconds to find my notes.")
            .says("a", 9, 12, "No rush. How's your week going?")
            .says("b", 13, 18, "Busy, budget season.")
            .says("a", 19, 22, "Oh no.")
            .says("b", 23, 30, "Anyway, I'm here now, and I've found my notes.")
            .says("c", 200, 206, "Hi all, sorry I'm late, the last meeting overran.")
            .build();

    RuleResult late = apply(rule, call, "the person who joined late");

    assertThat(late.scored()).extracting(x -> x.entity().id()).containsExactly("c");
  }

  @Test
  void findsThePersonWhoLeftEarlyByTheirLastTurnOrTheirGoodbye() {
    Media meeting =
        TestMedia.named("e")
            .entity("a", "A")
            .entity("b", "B")
            .entity("c", "C")
            .says("a", 0, 5, "Okay, let's start with the marquees.")
            .says("b", 6, 12, "The marquee firm confirmed Thursday.")
            .says("c", 13, 20, "Good. I'm going to have to dash, sorry everyone.")
            .says("a", 30, 40, "Right, stewards next.")
            .says("b", 120, 130, "We've got forty-two signed up.")
            .says("a", 131, 140, "Thanks, that's it for today.")
            .build();

    RuleResult early = apply(rule, meeting, "the person who left early");
    assertThat(top(early)).isEqualTo("c");
    assertThat(early.scored().get(0).rule()).isEqualTo("role_behaviour");
  }

  @Test
  void findsTheInterviewerWhoLeftEarlyByBothBehaviours() {
    Media interview =
        TestMedia.named("t")
            .entity("a", "A")
            .entity("b", "B")
            .entity("c", "C")
            .says("a", 0, 5, "Welcome. What brought you to nursing?")
            .says("c", 6, 30, "My mum was a district nurse, and I always liked the work.")
            .says("b", 31, 35, "How do you handle a shift that goes wrong?")
            .says("c", 36, 60, "I stop, I ask for help early, and I write it down after.")
            .says("b", 61, 64, "Sorry, I've got to jump, my next meeting is starting.")
            .says("a", 200, 205, "Tell me about a hard conversation with a family.")
            .says("c", 206, 240, "Last winter a son wanted his dad home before he was safe.")
            .says("a", 241, 245, "And what did you do?")
            .says("c", 246, 280, "I sat with him and we went through the plan together.")
            .build();

    RuleResult early = apply(rule, interview, "the interviewer who left early");

    assertThat(top(early)).isEqualTo("b");
    assertThat(early.scored().get(0).evidence()).hasSize(2);
  }

  @Test
  void takesJumpingThroughHoopsForNoGoodbye() {
    Media call =
        TestMedia.named("h")
            .entity("s", "S")
            .entity("b", "B")
            .entity("c", "C")
            .says("s", 0, 5, "So that's the pricing. Any concerns?")
            .says("b", 6, 12, "Thanks. We need to jump through a few hoops with procurement.")
            .says("c", 13, 20, "And I've got to jump, sorry, next meeting.")
            .says("s", 100, 110, "No problem. So, next steps then.")
            .says("b", 111, 120, "Great, thanks Sam, speak soon.")
            .build();

    assertThat(apply(rule, call, "the person who left early").scored())
        .extracting(x -> x.entity().id())
        .containsExactly("c");
  }
}
