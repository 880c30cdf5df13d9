package dev.reportengine.templates.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.templates.analysis.Answer;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.MediaBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vague answers: hedged or general answers with no number, name or past action. */
class VaguenessTest {

  static Answer answer(String prompt, String reply) {
    Media media =
        MediaBuilder.conversation()
            .entity("i", "Ivy Stone")
            .entity("c", "Cal Reyes")
            .says("i", 0, 5, prompt)
            .says("c", 6, 20, reply)
            .build();
    return new ConversationAnalysis(media, media.entities().get(1)).answers().get(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tell me about a conflict.|Honestly, I think it really depends, you know.|true",
        "Can you give me an example?|Hmm, nothing specific comes to mind right now, to be honest.|true",
        "How do you prioritise?|I generally try to stay calm and focus on what matters most.|true",
        "Walk me through a hard call.|I would probably talk to everyone and find a middle way.|true",
        "Tell me about a launch.|I'd say it's about keeping people in the loop and staying calm.|true",
        "Tell me about a launch.|I would have liked more time, but we shipped it in March.|false",
        "Tell me about a launch.|I'd just joined the team and the launch was a bit of a blur, honestly.|false",
        "Tell me about a conflict.|I pulled the logs and found the retry loop within an hour.|false",
        "Tell me about a conflict.|I think my manager at Fernway handled it well, honestly.|false",
        "Tell me about a conflict.|I think it took us about two weeks, usually it's faster.|false",
        "Anything else on your side?|No, I think that covers it for me.|false",
        "How do you handle stress?|Honestly, I just try to stay positive and remember why I do it.|true",
        "Tell me about a mistake.|There have been loads over the years, nothing really jumps out.|true",
        "Tell me about a mistake.|Loads over the years, honestly, nothing jumps out as one in particular.|true",
        "Tell me about a mistake.|I think one client lost a whole day of bookings, usually it's smaller.|false",
        "How do you get people on board?|I think it's about bringing people along, so I'd generally try to involve them.|true",
        "How do you get on with new systems?|Fine, yeah. I'm pretty comfortable with technology, I'd pick it up.|true",
        "What would you do?|First I'd make sure they were safe, and then I'd want to know what support exists.|false",
        "How would you start?|I think I'd listen a lot. After that I'd look at the rota, and by the third month I'd want a plan.|false",
        "How do you get on with the other teams?|Yeah, I get on with everyone really. I'm quite easy-going so I don't really have problems with people.|true",
        "Where do you see yourself in five years?|Honestly, I just want to keep growing, wherever that leads.|true",
        "What do you most need to work on?|Probably delegating. My manager's told me about it a couple of times, so I'm trying.|false",
        "How would you handle it?|So ideally there's a contract. In practice it's often not there, so I'd at least have the job validate the schema. And I'd go and talk to that team.|false",
        "How would you handle it?|I think it depends, so I'd probably talk to people, and I'd just try to stay calm.|true",
        "Tell me about a mistake.|There have been loads, honestly, it's hard to pick one out.|true",
        "Tell me about a conflict.|There's been a few over the years, I couldn't pick out one in particular.|true",
        "How do you approach safety?|Safety's always the number one priority for me, and I just try to make sure everybody's aware.|true",
        "How many did you hire?|I'd pick one out of every ten applicants, usually.|false",
      })
  void flagsHedgedAnswersWithoutSpecifics(String prompt, String reply, boolean vague) {
    assertThat(Vagueness.isVague(answer(prompt, reply))).isEqualTo(vague);
  }
}
