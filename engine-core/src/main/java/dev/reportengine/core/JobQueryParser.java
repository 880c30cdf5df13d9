package dev.reportengine.core;

import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the query string of {@code GET /v1/jobs} into a {@link JobQuery}. */
final class JobQueryParser {

  private static final String STATUSES =
      Arrays.stream(JobStatus.values()).map(JobStatus::wireName).collect(Collectors.joining(", "));

  private JobQueryParser() {}

  /**
   * Parses {@code status} (repeated or comma-separated), {@code limit} and {@code cursor}.
   *
   * @throws IllegalArgumentException naming the parameter and value, and what is accepted
   */
  static JobQuery parse(String query) {
    Set<JobStatus> statuses = EnumSet.noneOf(JobStatus.class);
    int limit = JobQuery.DEFAULT_LIMIT;
    Optional<String> cursor = Optional.empty();
    for (String pair : query == null || query.isEmpty() ? new String[0] : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      switch (name) {
        case "status" -> {
          for (String one : value.split(",")) {
            statuses.add(status(one));
          }
        }
        case "limit" -> limit = limit(value);
        case "cursor" -> cursor = Optional.of(value);
        default ->
            throw new IllegalArgumentException(
                "unknown query parameter [" + name + "]; accepted: status, limit, cursor");
      }
    }
    return new JobQuery(statuses, limit, cursor);
  }

  private static JobStatus status(String value) {
    try {
      return JobStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "status [" + value + "] is not a job status; accepted: " + STATUSES, e);
    }
  }

  private static int limit(String value) {
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= JobQuery.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw new IllegalArgumentException(
        "limit [" + value + "] must be a whole number from 1 to " + JobQuery.MAX_LIMIT);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
