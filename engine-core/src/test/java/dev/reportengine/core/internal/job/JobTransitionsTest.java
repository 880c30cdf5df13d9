package dev.reportengine.core.internal.job;

import static dev.reportengine.api.JobStatus.CANCELED;
import static dev.reportengine.api.JobStatus.FAILED;
import static dev.reportengine.api.JobStatus.QUEUED;
import static dev.reportengine.api.JobStatus.RUNNING;
import static dev.reportengine.api.JobStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.ReportEngineException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobTransitionsTest {

  private static final Set<String> ALLOWED =
      Set.of(
          "QUEUED>RUNNING",
          "QUEUED>FAILED",
          "QUEUED>CANCELED",
          "RUNNING>SUCCEEDED",
          "RUNNING>FAILED",
          "RUNNING>CANCELED");

  static Stream<Arguments> everyPair() {
    return Stream.of(JobStatus.values())
        .flatMap(from -> Stream.of(JobStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void allowsExactlyTheLifecycleTable(JobStatus from, JobStatus to) {
    assertThat(JobTransitions.allowed(from, to))
        .isEqualTo(ALLOWED.contains(from.name() + ">" + to.name()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void checkThrowsNamingJobFromAndToWhenForbidden(JobStatus from, JobStatus to) {
    if (ALLOWED.contains(from.name() + ">" + to.name())) {
      JobTransitions.check("job_1", from, to);
      return;
    }
    assertThatThrownBy(() -> JobTransitions.check("job_1", from, to))
        .isInstanceOf(IllegalJobTransitionException.class)
        .hasMessage("job job_1 cannot go from " + from.wireName() + " to " + to.wireName())
        .extracting(e -> ((ReportEngineException) e).code())
        .isEqualTo(ErrorCode.INTERNAL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("terminals")
  void terminalStatesHaveNoWayOut(JobStatus terminal) {
    assertThat(Stream.of(JobStatus.values()).noneMatch(to -> JobTransitions.allowed(terminal, to)))
        .isTrue();
    assertThat(terminal.isTerminal()).isTrue();
  }

  static Stream<JobStatus> terminals() {
    return Stream.of(SUCCEEDED, FAILED, CANCELED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonTerminals")
  void nonTerminalStatesAreNotTerminal(JobStatus status) {
    assertThat(status.isTerminal()).isFalse();
  }

  static Stream<JobStatus> nonTerminals() {
    return Stream.of(QUEUED, RUNNING);
  }
}
