package dev.reportengine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitAtTerminalPunctuationFollowedBySpace() {
    assertThat(Sentences.split("It costs 3.5 dollars. Really?! Yes…  see example.com/?q=1 now"))
        .containsExactly("It costs 3.5 dollars.", "Really?!", "Yes…", "see example.com/?q=1 now");
  }

  @Test
  void splitKeepsClosingQuotesWithTheirSentence() {
    assertThat(Sentences.split("She asked \"why?\" and left. Then (quietly.) nothing"))
        .containsExactly("She asked \"why?\"", "and left.", "Then (quietly.)", "nothing");
  }

  @Test
  void splitAtCjkPunctuationWithoutSpaces() {
    assertThat(Sentences.split("你好吗？我很好。谢谢！")).containsExactly("你好吗？", "我很好。", "谢谢！");
  }

  @Test
  void splitCollapsesLineBreaksAndDropsPunctuationOnlyPieces() {
    assertThat(Sentences.split("first line\nsecond line. ... !"))
        .containsExactly("first line second line.");
  }

  @Test
  void isQuestionWhenTheSentenceEndsWithAQuestionMark() {
    assertThat(Sentences.isQuestion("Can we start?")).isTrue();
    assertThat(Sentences.isQuestion("Wait, what?!")).isTrue();
    assertThat(Sentences.isQuestion("He said \"really?\"")).isTrue();
    assertThat(Sentences.isQuestion("吃了吗？")).isTrue();
  }

  @Test
  void isQuestionNotForAQuestionMarkInsideTheSentence() {
    assertThat(Sentences.isQuestion("The ?-operator is fine.")).isFalse();
    assertThat(Sentences.isQuestion("Open example.com/?q=1")).isFalse();
  }
}
