package dev.reportengine.core.internal.webhook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.reportengine.api.WebhookAttempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every attempt of every recent delivery, by job id, in memory: the last 10,000 jobs' deliveries,
 * each kept two days after its last attempt. Thread-safe.
 */
final class DeliveryLog {
  private static final long MAX_JOBS = 10_000;
  private static final Duration KEEP = Duration.ofDays(2);

  private final Cache<String, List<WebhookAttempt>> attempts =
      Caffeine.newBuilder().maximumSize(MAX_JOBS).expireAfterWrite(KEEP).build();

  void record(String jobId, WebhookAttempt attempt) {
    attempts
        .asMap()
        .merge(
            jobId,
            List.of(attempt),
            (before, added) -> {
              List<WebhookAttempt> all = new ArrayList<>(before);
              all.addAll(added);
              return List.copyOf(all);
            });
  }

  List<WebhookAttempt> attempts(String jobId) {
    List<WebhookAttempt> found = attempts.getIfPresent(jobId);
    return found == null ? List.of() : found;
  }
}
