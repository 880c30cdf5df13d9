package dev.reportengine.api.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default {@link JobClaims#enqueueAll}: one {@code enqueue} each, up to the first refused. */
class JobClaimsEnqueueAllTest {

  private static JobClaims.Enqueue job(String id) {
    return new JobClaims.Enqueue(
        JobSnapshot.builder()
            .jobId(id)
            .status(JobStatus.QUEUED)
            .createdAt(Instant.parse("2026-01-01T00:00:00Z"))
            .build(),
        CreateReportJobRequest.of("m", Template.GENERAL_REPORT, TargetSpec.dominant()),
        Optional.empty(),
        10);
  }

  /** A claim store whose {@code enqueue} accepts {@code room} jobs, recording them. */
  private static JobClaims accepting(int room, List<String> saved) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          if (method.getName().equals("enqueue")) {
            if (saved.size() >= room) {
              return false;
            }
            saved.add(((JobClaims.Enqueue) args[0]).queued().jobId());
            return true;
          }
          throw new UnsupportedOperationException(method.getName());
        };
    return (JobClaims)
        Proxy.newProxyInstance(
            JobClaims.class.getClassLoader(), new Class<?>[] {JobClaims.class}, handler);
  }

  @Test
  void doesEnqueueEveryJobInOrderWhenThereIsRoom() {
    List<String> saved = new ArrayList<>();

    int count = accepting(5, saved).enqueueAll(List.of(job("a"), job("b"), job("c")));

    assertThat(count).isEqualTo(3);
    assertThat(saved).containsExactly("a", "b", "c");
  }

  @Test
  void doesStopAtTheFirstJobRefusedAndCountTheOnesBefore() {
    List<String> saved = new ArrayList<>();

    int count = accepting(2, saved).enqueueAll(List.of(job("a"), job("b"), job("c"), job("d")));

    assertThat(count).isEqualTo(2);
    assertThat(saved).containsExactly("a", "b");
  }
}
