package dev.reportengine.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a run's CPU went, from the kernel's clock ticks (10 ms on the benchmark machine, so good to
 * a few percent over a run of seconds): the PostgreSQL server (its postmaster and every process
 * whose parent it is: backends, WAL writer, checkpointer; backends that exited meanwhile count
 * through the postmaster's reaped children's time), this JVM ({@code /proc/self/stat}), and the
 * whole machine ({@code /proc/stat}, every process, other users' builds included). Linux only;
 * elsewhere it prints dashes.
 */
final class CpuSplit {

  private static final double MS_PER_TICK = 10.0;

  private final int postmaster;
  private final java.util.Map<String, Long> threads = threadTicks();
  private final java.util.Map<String, Long> serverParts;
  private final long server;
  private final long jvm;
  private final long machine;

  private CpuSplit(int postmaster, long server, long jvm, long machine) {
    this.postmaster = postmaster;
    this.serverParts = serverParts(postmaster);
    this.server = server;
    this.jvm = jvm;
    this.machine = machine;
  }

  /** A reading now; {@code postmaster} is the server's process id, or -1 for no server. */
  static CpuSplit start(int postmaster) {
    return new CpuSplit(postmaster, serverTicks(postmaster), ticks("self"), machineTicks());
  }

  /** The cell "PostgreSQL / JVM / machine" in CPU milliseconds per job since {@link #start}. */
  String perJob(int jobs) {
    long s = serverTicks(postmaster) - server;
    long j = ticks("self") - jvm;
    long m = machineTicks() - machine;
    if (jvm < 0 || machine < 0) {
      return "-";
    }
    return String.format(
        Locale.ROOT,
        "%s / %.3f / %.3f",
        postmaster < 0 ? "-" : String.format(Locale.ROOT, "%.3f", s * MS_PER_TICK / jobs),
        j * MS_PER_TICK / jobs,
        m * MS_PER_TICK / jobs);
  }

  /**
   * This JVM's CPU milliseconds per job since {@link #start} by thread name (digits dropped, so a
   * pool's threads add up), the largest first.
   */
  String threadsPerJob(int jobs) {
    return perJob(threadTicks(), threads, jobs);
  }

  /** The server's CPU ms per job since {@link #start} by kind of process. */
  String serverPerJob(int jobs) {
    return perJob(serverParts(postmaster), serverParts, jobs);
  }

  /** The ticks each key gained from {@code before} to {@code now}, in ms per job, most first. */
  private static String perJob(
      java.util.Map<String, Long> now, java.util.Map<String, Long> before, int jobs) {
    StringBuilder out = new StringBuilder();
    now.entrySet().stream()
        .map(
            e ->
                java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(
            e ->
                out.append(
                    String.format(
                        Locale.ROOT, " %s %.3f,", e.getKey(), e.getValue() * MS_PER_TICK / jobs)));
    return out.toString();
  }

  /** The server's ticks by kind of process ("exited" for the reaped ones). */
  private static java.util.Map<String, Long> serverParts(int postmaster) {
    java.util.Map<String, Long> out = new java.util.HashMap<>();
    if (postmaster < 0) {
      return out;
    }
    long[] own = fields(String.valueOf(postmaster));
    if (own != null) {
      out.put("postmaster", own[0] + own[1]);
      out.put("exited", own[2] + own[3]);
    }
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        long[] f = fields(p.getFileName().toString());
        if (f != null && f[4] == postmaster) {
          String kind;
          try {
            kind = Files.readString(p.resolve("cmdline")).replace('\0', ' ').trim();
          } catch (IOException e) {
            continue;
          }
          kind =
              kind.startsWith("postgres: postgres ") ? "backends" : kind.replace("postgres: ", "");
          kind = kind.replaceAll("[0-9]", "");
          out.merge(kind, f[0] + f[1], Long::sum);
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /** Ticks of this JVM's threads, summed by name without digits. */
  private static java.util.Map<String, Long> threadTicks() {
    java.util.Map<String, Long> out = new java.util.HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path t : tasks) {
        try {
          String stat = Files.readString(t.resolve("stat"));
          String name =
              stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]", "");
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
        } catch (IOException | RuntimeException e) {
          // The thread ended.
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /** The server's ticks: the postmaster's own and reaped children's, and its live children's. */
  private static long serverTicks(int postmaster) {
    if (postmaster < 0) {
      return 0;
    }
    long sum = 0;
    long[] own = fields(String.valueOf(postmaster));
    if (own != null) {
      sum += own[0] + own[1] + own[2] + own[3];
    }
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        long[] f = fields(p.getFileName().toString());
        if (f != null && f[4] == postmaster) {
          sum += f[0] + f[1];
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return sum;
  }

  private static long ticks(String pid) {
    long[] f = fields(pid);
    return f == null ? -1 : f[0] + f[1];
  }

  /** utime, stime, cutime, cstime and ppid of a process, or null when it is gone. */
  private static long[] fields(String pid) {
    String stat;
    try {
      stat = Files.readString(Path.of("/proc", pid, "stat"));
    } catch (IOException e) {
      return null;
    }
    // After the command name in parentheses: state ppid ... (fields 3 on), utime is field 14.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return new long[] {
      Long.parseLong(f[11]),
      Long.parseLong(f[12]),
      Long.parseLong(f[13]),
      Long.parseLong(f[14]),
      Long.parseLong(f[1])
    };
  }

  /** Busy ticks of all CPUs: user, nice, system, irq, softirq, steal. */
  private static long machineTicks() {
    try {
      String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] f = first.trim().split("\\s+");
      return Long.parseLong(f[1])
          + Long.parseLong(f[2])
          + Long.parseLong(f[3])
          + Long.parseLong(f[6])
          + Long.parseLong(f[7])
          + Long.parseLong(f[8]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
