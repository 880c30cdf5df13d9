package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "whoever spoke at 12:30 | 750",
        "the person talking at 1:02:03 | 3723",
        "at minute 5 | 300",
        "around 5 minutes in | 300",
        "at 90 seconds | 90",
        "2 min 15 s | 135",
        "12m30s | 750",
        "1 hour and 2 minutes | 3720"
      })
  void readsTimesInHints(String hint, double seconds) {
    assertThat(TimeExpressions.find(hint))
        .hasValueSatisfying(f -> assertThat(f.seconds()).isEqualTo(seconds));
  }

  @ParameterizedTest
  @CsvSource({
    "the second speaker",
    "speaker 3",
    "the 2nd person",
    "the one who checks the database every 15 minutes",
    "who talked for 5 minutes",
    "the person who spoke for more than 10 minutes"
  })
  void findsNoTimeInOtherHints(String hint) {
    assertThat(TimeExpressions.find(hint)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0, 0:00", "59.9, 0:59", "750, 12:30", "3723.5, 1:02:03"})
  void writesSecondsAsAClock(double seconds, String clock) {
    assertThat(TimeExpressions.clock(seconds)).isEqualTo(clock);
  }
}
