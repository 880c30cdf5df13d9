package dev.reportengine.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of all of this JVM's threads (Java threads, garbage collector, JIT compiler, VM
 * threads) in nanoseconds. {@link OperatingSystemMXBean#getProcessCpuTime()} counts in the kernel's
 * clock ticks on Linux (10 ms steps on the benchmark machine, 2026-12-06), as coarse as the calls
 * {@link JobTemplateRatio} times (15 to 30 ms): a call read 0, 10, 20 or 30 ms, so a ratio per pair
 * was mostly rounding. Where {@code /proc/self/task/<tid>/schedstat} exists (Linux with scheduler
 * statistics) this sums its first field, the nanoseconds each thread spent on a CPU; elsewhere it
 * falls back to the MXBean.
 *
 * <p>The reading thread's own time is read last in {@link #start()} and first in {@link
 * #since(Reading)}, so reading the other threads' files is not counted in the call being timed.
 */
final class ProcessCpuClock {

  private static final Path TASKS = Path.of("/proc/self/task");

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final boolean schedstat = Files.isReadable(TASKS.resolve(selfTid() + "/schedstat"));

  /** Whether this clock counts nanoseconds ({@code schedstat}) rather than the MXBean's ticks. */
  boolean fine() {
    return schedstat;
  }

  /** A reading to time from: every thread's time, the reading thread's own read last. */
  Reading start() {
    if (!schedstat) {
      return new Reading(Map.of(), os.getProcessCpuTime());
    }
    Map<String, Long> threads = others();
    long self = self();
    return new Reading(threads, self);
  }

  /**
   * Nanoseconds of CPU since {@code start}, the reading thread's own read first: a thread that
   * started meanwhile counts whole, one that ended meanwhile is missed.
   */
  long since(Reading start) {
    if (!schedstat) {
      return os.getProcessCpuTime() - start.self();
    }
    long self = self();
    long sum = self - start.self();
    for (Map.Entry<String, Long> t : others().entrySet()) {
      sum += t.getValue() - start.threads().getOrDefault(t.getKey(), 0L);
    }
    return sum;
  }

  /** The other threads' times by thread id, and the reading thread's. */
  record Reading(Map<String, Long> threads, long self) {}

  private static String selfTid() {
    try {
      // /proc/thread-self is a link to /proc/<pid>/task/<tid>
      return Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "none";
    }
  }

  private long self() {
    return read(Path.of("/proc/thread-self/schedstat"));
  }

  private Map<String, Long> others() {
    String self = selfTid();
    Map<String, Long> times = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        String tid = task.getFileName().toString();
        if (!tid.equals(self)) {
          times.put(tid, read(task.resolve("schedstat")));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + TASKS, e);
    }
    return times;
  }

  /** The first field of a schedstat file; 0 for a thread that ended meanwhile. */
  private static long read(Path schedstat) {
    try {
      String line = Files.readString(schedstat);
      int space = line.indexOf(' ');
      return Long.parseLong(space < 0 ? line.trim() : line.substring(0, space));
    } catch (IOException e) {
      return 0;
    }
  }
}
