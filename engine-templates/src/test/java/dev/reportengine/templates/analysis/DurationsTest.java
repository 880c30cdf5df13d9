package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void spokenRoundsToWholeSecondsAndNamesUnits() {
    assertThat(Durations.spoken(0)).isEqualTo("0 s");
    assertThat(Durations.spoken(44.5)).isEqualTo("45 s");
    assertThat(Durations.spoken(192.2)).isEqualTo("3 min 12 s");
    assertThat(Durations.spoken(180)).isEqualTo("3 min");
    assertThat(Durations.spoken(3725)).isEqualTo("1 h 2 min 5 s");
  }

  @Test
  void timestampCutsFractionsAndAddsHoursOnlyWhenNeeded() {
    assertThat(Durations.timestamp(247.9)).isEqualTo("04:07");
    assertThat(Durations.timestamp(3723)).isEqualTo("1:02:03");
  }

  @Test
  void decimalsRoundHalfUp() {
    assertThat(Decimals.round(0.5445, 3)).hasToString("0.545");
    assertThat(Decimals.percent(0.5445)).isEqualTo("55%");
    assertThat(Decimals.json(12.25, 1).value()).hasToString("12.3");
  }
}
