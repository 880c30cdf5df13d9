package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that an engine left no thread behind. Only threads that were not alive before the engine
 * was built count, so an engine another test left open cannot make this test fail; and a thread
 * gets a few seconds to finish exiting, since a pool's termination is signalled just before its
 * threads end.
 */
final class EngineThreads {

  private EngineThreads() {}

  /** The live threads now, to compare against after close. */
  static Set<Thread> before() {
    return Set.copyOf(Thread.getAllStackTraces().keySet());
  }

  /** Waits up to 10 s for every engine thread started since {@code before} to end. */
  static void assertNoneLeftSince(Set<Thread> before, String namePrefix) {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(started(before, namePrefix)).isEmpty());
  }

  private static Set<String> started(Set<Thread> before, String namePrefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive() && t.getName().startsWith(namePrefix))
        .map(Thread::getName)
        .collect(Collectors.toSet());
  }
}
