package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.JobCanceledException;
import dev.reportengine.media.TranscriptFormats;
import dev.reportengine.media.TranscriptText;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in importer polls the job's cancellation token per turn (line, cue, JSON element),
 * not once per file: a read of 5,000 turns polls at least 1,000 times, and a token that fires at
 * its 100th poll stops the read there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImporterCancellationTest {

  private static final int TURNS = 5_000;
  private static final int FIRE_AT = 100;

  private final TranscriptFormats formats = TranscriptFormats.builtIn();
  private final Map<String, String> texts = new HashMap<>();

  @BeforeAll
  void generate() {
    GeneratedTranscripts.FORMATS.forEach(f -> texts.put(f, GeneratedTranscripts.of(f, TURNS)));
  }

  static Stream<String> formats() {
    return GeneratedTranscripts.FORMATS.stream();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void pollsPerTurnWhileReadingToTheEnd(String format) {
    AtomicInteger polls = new AtomicInteger();
    CancellationToken counting =
        () -> {
          polls.incrementAndGet();
          return false;
        };

    Media media = formats.read("t", TranscriptText.of("t", texts.get(format), counting));

    assertThat(media.utterances()).hasSize(TURNS);
    assertThat(polls.get())
        .as("%s: polls in a read of %d turns", format, TURNS)
        .isGreaterThanOrEqualTo(1_000)
        .isGreaterThanOrEqualTo(TURNS);
    System.out.println(
        "[cancellation] " + format + ": " + polls.get() + " polls for " + TURNS + " turns");
  }

  @ParameterizedTest
  @MethodSource("formats")
  void stopsAtTheHundredthPoll(String format) {
    AtomicInteger polls = new AtomicInteger();
    CancellationToken firing = () -> polls.incrementAndGet() >= FIRE_AT;

    assertThatThrownBy(() -> formats.read("t", TranscriptText.of("t", texts.get(format), firing)))
        .as(format)
        .isInstanceOf(JobCanceledException.class);
    assertThat(polls).as(format).hasValue(FIRE_AT);
  }
}
