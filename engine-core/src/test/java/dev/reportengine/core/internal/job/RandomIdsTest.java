package dev.reportengine.core.internal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

  private final RandomIds ids = new RandomIds();

  @Test
  void everyIdIsAVersionFourUuidWithoutDashesAsRandomUuidWritesIt() {
    for (int i = 0; i < 10_000; i++) {
      String id = ids.get();

      assertThat(id).matches("[0-9a-f]{32}");
      UUID uuid =
          UUID.fromString(
              String.join(
                  "-",
                  id.substring(0, 8),
                  id.substring(8, 12),
                  id.substring(12, 16),
                  id.substring(16, 20),
                  id.substring(20)));
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      assertThat(uuid.toString().replace("-", "")).isEqualTo(id);
    }
  }

  @Test
  void idsDoNotRepeatAcrossBatchesAndThreads() throws Exception {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done =
          IntStream.range(0, 4)
              .<Future<?>>mapToObj(
                  t ->
                      pool.submit(
                          () -> IntStream.range(0, 5_000).forEach(i -> seen.add(ids.get()))))
              .toList();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(seen).hasSize(20_000);
  }

  @Test
  void everyHexDigitTurnsUpInEveryRandomPosition() {
    List<Set<Character>> digits =
        IntStream.range(0, 32).<Set<Character>>mapToObj(i -> new HashSet<>()).toList();
    for (int n = 0; n < 2_000; n++) {
      String id = ids.get();
      for (int i = 0; i < 32; i++) {
        digits.get(i).add(id.charAt(i));
      }
    }

    for (int i = 0; i < 32; i++) {
      assertThat(digits.get(i)).as("position %d", i).hasSize(i == 12 ? 1 : i == 16 ? 4 : 16);
    }
  }
}
