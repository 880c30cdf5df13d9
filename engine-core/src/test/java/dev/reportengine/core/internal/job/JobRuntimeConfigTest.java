package dev.reportengine.core.internal.job;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobRuntimeConfigTest {

  @Test
  void buildNamesEveryRequiredPartThatIsNotSet() {
    assertThatThrownBy(() -> JobRuntimeConfig.builder().clock(java.time.Clock.systemUTC()).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "JobRuntimeConfig: not set: executor, delivery, scheduler, mediaSource, resolvers,"
                + " templates, markdown, rendering, store, ids, limits, terminalListener");
  }

  @Test
  void parallelismBelowOneIsRefusedWithTheValue() {
    assertThatThrownBy(() -> JobRuntimeConfig.builder().parallelism(0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("JobRuntimeConfig: parallelism must be at least 1, was 0");
  }

  @Test
  void setterRefusesNullNamingThePart() {
    assertThatThrownBy(() -> JobRuntimeConfig.builder().store(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("JobRuntimeConfig: store must not be null");
  }
}
