package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.media.TranscriptFormats;
import dev.reportengine.media.TranscriptText;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated transcript is detected as its own format and imports to one utterance a turn. */
class GeneratedTranscriptsTest {

  private static final TranscriptFormats FORMATS = TranscriptFormats.builtIn();

  static Stream<String> formats() {
    return GeneratedTranscripts.FORMATS.stream();
  }

  @Test
  void coversEveryBuiltInFormat() {
    assertThat(GeneratedTranscripts.FORMATS).containsExactlyElementsOf(FORMATS.names());
  }

  @ParameterizedTest
  @MethodSource("formats")
  void generatesATranscriptThatIsDetectedAsItsFormatAndImportsEveryTurn(String format) {
    for (int turns : new int[] {1, 2, 3, 4, 37}) {
      String text = GeneratedTranscripts.of(format, turns);

      assertThat(FORMATS.detect(TranscriptText.of("t", text)).name())
          .as("%s, %d turns", format, turns)
          .isEqualTo(format);
      Media media = FORMATS.read("t", "t", text);
      assertThat(media.utterances())
          .as("%s, %d turns", format, turns)
          .hasSize(GeneratedTranscripts.utterances(format, turns));
      assertThat(media.entities()).hasSize(GeneratedTranscripts.speakers(turns));
      assertThat(media.utterances()).allSatisfy(u -> assertThat(u.text()).isNotBlank());
      GeneratedTranscripts.Conversation c = GeneratedTranscripts.conversation(turns, -1, 0);
      for (int i = 0; i < turns; i++) {
        Utterance u = media.utterances().get(i);
        assertThat(u.text().split(" "))
            .as("%s, turn %d: %s", format, i, u.text())
            .hasSize(c.turns().get(i).words().size());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("formats")
  void generatesALongMiddleTurnAsOneUtterance(String format) {
    String text = GeneratedTranscripts.withLongTurn(format, 50);

    Media media = FORMATS.read("t", "t", text);

    assertThat(media.sourceFormat()).contains(format);
    assertThat(media.utterances()).hasSize(3);
    assertThat(media.utterances().get(1).text().length()).isGreaterThan(50 * 20);
  }
}
