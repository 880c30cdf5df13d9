package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Interview prompts: questions and requests said as statements, not small talk. */
class PromptsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tell me about a time when a deploy went wrong.",
        "To start, walk me through your current role.",
        "So, start by telling us what you do now at Hadley.",
        "So why don't you start by walking us through your current role.",
        "Okay, so, talk me through how you picked the database.",
        "Describe a situation where you had to give hard feedback.",
        "Give me an example of a trade-off you made.",
        "I'd love to hear about something you learned recently.",
        "How do you decide what to work on first?",
        "And if Redis goes down?",
        "Tell us about the hardest bug you've chased.",
        "Right, walk us through the rollout.",
        "Share a time when a plan fell apart.",
        "Let's talk about your time at the bank.",
        "I'm curious how you picked the vendor.",
        "I'm wondering how you'd run a kitchen twice the size.",
        "To start, give me a quick tour of your current role.",
        "I'd like to understand why you left.",
        "Take me back to a time when a forecast you made was badly off.",
        "I'd also like to hear about a time you pushed back on a deadline.",
        "Sarah, do you want to start by telling us about yourself?",
        "Next, one situation where you had to change course halfway.",
        "And tell me about a choice you made that you later regretted.",
        "Finally, describe how you'd open a second site.",
        "Shall we start with you giving us a bit of a picture of what you do now?",
        "Shall we begin with your current role?",
        "Explain to me how you'd handle a schema change from an upstream team.",
        "Can you give me a specific example?",
        "Give me the quick version of your current role.",
        "I'm interested in how you've handled a disagreement with someone more senior than you.",
        "I'd be interested to hear what you changed first.",
        "Your CV says you've been at Northwind about six years.",
        "I see from your CV that you moved into planning in 2019.",
      })
  void recognisesQuestionsAndRequestsSaidAsStatements(String sentence) {
    assertThat(Prompts.isPrompt(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "How are you?",
        "Did you manage to get some sleep?",
        "Can you hear me okay?",
        "How's the week been?",
        "Are you calling in from Porto today?",
        "Sorry, nightly?",
        "Hi, can you hear us alright?",
        "How's your afternoon going so far?",
        "Is it still raining over there?",
        "Can I jump in with one?",
        "Does that work?",
        "Okay, would that work for both of you?",
        "Is this a good moment?",
        "I'll jump straight in, if that's okay, Delphine?",
        "Sorry, when you say you rebuilt it, from scratch?",
        "I told the team about it.",
        "We described the plan in the doc.",
        "Let me tell you about the team first.",
        "I shared the doc with them.",
        "Ravi, do you want to go next?",
        "Steve, do you want to go?",
        "How was the drive over this morning?",
        "Kwabena, anything else from you?",
        "Shall we get started?",
        "Can I get you a water or anything?",
        "Would you like a coffee before we start?",
        "Great, shall we start with the introductions then?",
        "Hi, is that Adaeze?",
        "You must be Tomasz?",
        "Seun, thanks for coming through, did you get parked okay?",
        "Can you see and hear us both?",
        "Did you find the joining link without any trouble?",
        "And Callum, you had one more?",
        "And could you send me the details of two referees?",
        "I'm wondering if we should take a quick break.",
        "Did you manage to park?",
        "Did you find the visitor entrance okay?",
        "Dele, is it?",
        "Do you want to jump in?",
        "Did you drive from Bath?",
        "Did you come across from Rolleston this morning then?",
        "Where have you come up from today?",
        "Were the roadworks bad coming in?",
        "Did they give you a visitor badge on reception?",
        "Did the job pack come through alright?",
        "You found us all right?",
        "Are you at home?",
        "Have you managed to find somewhere quiet?",
        "Coffee, or would you rather have some water?",
      })
  void leavesOutSmallTalkClarificationsAndStatements(String sentence) {
    assertThat(Prompts.isPrompt(sentence)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Walk me through how you'd design rate limiting.",
        "What would you do if the queue backed up?",
      })
  void tellsHypotheticalPromptsApart(String prompt) {
    assertThat(Prompts.isHypothetical(prompt)).isTrue();
    assertThat(Prompts.isHypothetical("Tell me about a time you fixed an outage.")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void tellsHabitualPromptsWhoseAnswersMayOrMayNotBeStories() {
    assertThat(Prompts.isHabitual("How do you deal with an agent who keeps missing targets?"))
        .isTrue();
    assertThat(Prompts.isHypothetical("How do you deal with an agent who keeps missing targets?"))
        .isFalse();
    assertThat(Prompts.isHabitual("Walk me through how you handled the outage.")).isFalse();
    assertThat(
            StarCheck.narratesThePast(
                List.of(
                    new Excerpt("c", 0, 5, "Last spring we had four new starters."),
                    new Excerpt("c", 5, 9, "I paired each of them with a buddy for six weeks."))))
        .isTrue();
    assertThat(
            StarCheck.narratesThePast(
                List.of(new Excerpt("c", 0, 5, "I usually pair them with a buddy and check in."))))
        .isFalse();
  }
}
