package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.media.TranscriptFormat;
import dev.reportengine.media.TranscriptFormat.Match;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInFormatsTest {

  /**
   * The strongest claim among the built-in formats is always the first in their order that fits, so
   * the formats read every file as the ordered first-fit detection did before the strengths, and
   * {@code TranscriptFormats.detect} may skip the built-ins after the first that fits.
   */
  @Test
  void strengthsNeverRiseAlongTheOrder() {
    List<Match> strengths =
        BuiltInFormats.all().stream().map(f -> ((BuiltInFormat) f).match()).toList();

    assertThat(strengths).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(strengths).doesNotContain(Match.NONE);
    assertThat(BuiltInFormats.all()).allMatch(BuiltInFormats::isBuiltIn);
  }

  @Test
  void namesAreUniqueAndDescribed() {
    assertThat(BuiltInFormats.all().stream().map(TranscriptFormat::name)).doesNotHaveDuplicates();
    assertThat(BuiltInFormats.all()).allSatisfy(f -> assertThat(f.description()).isNotBlank());
  }
}
