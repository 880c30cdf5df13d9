package dev.reportengine.benchmarks;

import static dev.reportengine.benchmarks.PairedRatios.halfWidth;
import static dev.reportengine.benchmarks.PairedRatios.mean;
import static dev.reportengine.benchmarks.PairedRatios.ratioOfSums;
import static dev.reportengine.benchmarks.PairedRatios.ratios;
import static dev.reportengine.benchmarks.PairedRatios.sd;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link SubmitToReportBenchmark}'s two methods interleaved in one JVM: N pairs of one {@code
 * templateDirectly} ({@code general_report}'s {@code build} alone) and one {@code submitToReport}
 * (the same template in a whole job: submit, speaker names, target, template, Markdown, store,
 * events, hand-offs), the order alternating, each timed by the JVM's CPU time (all its threads:
 * caller, worker, garbage collector, JIT compiler; what other processes on a shared machine barely
 * change; in nanoseconds by {@link ProcessCpuClock}, as the MXBean counts in 10 ms clock ticks
 * here) and by wall time. The ratio template/job is what issue 14 asks to stay at 0.99 or more; it
 * is taken per pair (mean with a 99.9 % interval, normal quantile 3.29, meaningful from about 30
 * pairs) and as the ratio of the summed times. The engine's in-memory source hands every job the
 * same media, so the speaker names are inferred once (see {@code JobCostBreakdown ... fresh} for
 * their cost per job when every job imports its media anew).
 *
 * <p>Warm-up, first: {@value #SHORT_JOBS} (or the fourth argument) {@code general_report} jobs on a
 * one-minute call ({@link SubmitToReportBenchmark#shortJob()}, about a millisecond each). The
 * engine's own code (submit, validation, queue, store, events, Markdown) runs once per job, so in
 * pairs alone it stayed in the interpreter or the compiler's first tier for hundreds to thousands
 * of pairs (2026-12-06: {@code JobRuntime.submitOpen} and the request validator were first compiled
 * after about 700 pairs; the compiler's queue is full of the template's code, and the tiered policy
 * raises its thresholds with the queue), while the template's code, which runs many times per call,
 * is compiled within the first pairs: the job was measured with cold engine code against a warm
 * template, which a server that has run a few thousand jobs no longer is. Then the pairs asked for,
 * then more until the JIT compiler is done with this code (no more than {@value
 * #SETTLED_COMPILE_MS} ms of compilation per pair in each of two windows of {@value #WINDOW}
 * consecutive pairs in a row, at most {@value #MAX_WARM_UPS} pairs in all). Both calls run code
 * that the compiler keeps compiling for the first 400 to 500 pairs (2 cores, 2026-12-06: 55 to 60
 * ms of compilation per pair, more than the two calls' own CPU time); the JVM's CPU time counts the
 * compiler threads, so pairs measured meanwhile (as 150 pairs after 50 did before) measure the
 * compiler as much as the two calls, and charge the job for compiling the engine's own code, most
 * of which runs once per job and so is compiled last. The output says how many warm-up pairs ran
 * and how much compilation the measured pairs still saw, and gives the ratio also by the Java
 * threads' CPU (caller, worker, pools: without the compiler and the garbage collector).
 *
 * <pre>
 * {@code java -cp benchmarks/target/benchmarks.jar dev.reportengine.benchmarks.JobTemplateRatio
 * [pairs] [warm-up pairs] [minutes] [short warm-up jobs]}</pre>
 */
public final class JobTemplateRatio {

  /** Pairs over which the compilation per pair is judged during warm-up. */
  static final int WINDOW = 50;

  /** Compilation per pair, in ms, under which the compiler counts as done. */
  static final int SETTLED_COMPILE_MS = 1;

  /** Jobs on a one-minute call run before the warm-up pairs. */
  static final int SHORT_JOBS = 6000;

  /** Empty calls timed to measure what timing costs. */
  static final int CALIBRATION = 201;

  /** Warm-up pairs at most, whether or not the compiler is done. */
  static final int MAX_WARM_UPS = 3000;

  private JobTemplateRatio() {}

  /**
   * Arguments: pairs (100), warm-up pairs (50), the conversation's minutes (30), warm-up jobs on a
   * one-minute call ({@value #SHORT_JOBS}).
   */
  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int minutes = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int shortJobs = args.length > 3 ? Integer.parseInt(args[3]) : SHORT_JOBS;
    if (pairs < 2) {
      throw new IllegalArgumentException("need at least 2 pairs for a spread, got " + pairs);
    }
    ProcessCpuClock os = new ProcessCpuClock();
    SubmitToReportBenchmark bench = new SubmitToReportBenchmark();
    bench.minutes = minutes;
    bench.setUp();
    try {
      int warmedUp = warmUp(bench, shortJobs, warmUps);
      // JVM CPU ns, wall ns, bytes allocated, GC ms, Java threads' CPU ns, compilation ms
      long[][] template = new long[6][pairs];
      long[][] job = new long[6][pairs];
      long[] overhead = calibrate(os);
      for (int i = 0; i < pairs; i++) {
        if (i % 2 == 0) {
          time(os, () -> bench.templateDirectly(), template, i);
          time(os, () -> bench.submitToReport(), job, i);
        } else {
          time(os, () -> bench.submitToReport(), job, i);
          time(os, () -> bench.templateDirectly(), template, i);
        }
      }
      subtract(overhead, template);
      subtract(overhead, job);
      double[] cpu = ratios(template[0], job[0]);
      double[] wall = ratios(template[1], job[1]);
      double[] java = ratios(template[4], job[4]);
      System.out.printf(
          Locale.ROOT,
          "general_report, %d min, %d pairs after %d warm-up pairs (%d asked), %d cores;"
              + " JVM CPU from %s; timing's own cost subtracted from each call: %.1f us JVM CPU,"
              + " %.1f us Java threads' CPU, %.1f us wall%n"
              + "template alone: %.2f ms CPU, %.2f ms wall; job: %.2f ms CPU, %.2f ms wall%n"
              + "template/job, JVM CPU: mean of pairs %.3f ± %.3f (sd %.3f), ratio of sums %.3f%n"
              + "template/job, wall: mean of pairs %.3f ± %.3f (sd %.3f), ratio of sums %.3f%n"
              + "template/job, Java threads' CPU (%.2f / %.2f ms): mean of pairs %.3f ± %.3f"
              + " (sd %.3f), ratio of sums %.3f%n"
              + "allocated per call (all threads): template %.1f MB, job %.1f MB; garbage"
              + " collectors' time per call (pauses and concurrent cycles, as the JVM counts it):"
              + " template %.2f ms, job %.2f ms; compilation during the call: template %.2f ms,"
              + " job %.2f ms%n",
          minutes,
          pairs,
          warmedUp,
          warmUps,
          Runtime.getRuntime().availableProcessors(),
          os.fine()
              ? "every thread's schedstat (ns)"
              : "OperatingSystemMXBean (clock ticks: read only the ratio of sums)",
          overhead[0] / 1e3,
          overhead[4] / 1e3,
          overhead[1] / 1e3,
          mean(template[0]) / 1e6,
          mean(template[1]) / 1e6,
          mean(job[0]) / 1e6,
          mean(job[1]) / 1e6,
          mean(cpu),
          halfWidth(cpu),
          sd(cpu),
          ratioOfSums(template[0], job[0]),
          mean(wall),
          halfWidth(wall),
          sd(wall),
          ratioOfSums(template[1], job[1]),
          mean(template[4]) / 1e6,
          mean(job[4]) / 1e6,
          mean(java),
          halfWidth(java),
          sd(java),
          ratioOfSums(template[4], job[4]),
          mean(template[2]) / 1e6,
          mean(job[2]) / 1e6,
          mean(template[3]),
          mean(job[3]),
          mean(template[5]),
          mean(job[5]));
    } finally {
      bench.tearDown();
    }
  }

  /**
   * Runs {@code shortJobs} jobs on a one-minute call and {@code asked} warm-up pairs, then windows
   * of {@link #WINDOW} pairs until two in a row saw at most {@link #SETTLED_COMPILE_MS} ms of
   * compilation per pair (or {@link #MAX_WARM_UPS} pairs ran); returns how many ran.
   */
  static int warmUp(SubmitToReportBenchmark bench, int shortJobs, int asked) {
    for (int i = 0; i < shortJobs; i++) {
      bench.shortJob();
    }
    int n = 0;
    for (; n < asked; n++) {
      bench.templateDirectly();
      bench.submitToReport();
    }
    long windowStart = compileMillis();
    int settled = 0;
    while (n < MAX_WARM_UPS && settled < 2) {
      for (int k = 0; k < WINDOW; k++, n++) {
        bench.templateDirectly();
        bench.submitToReport();
      }
      long now = compileMillis();
      settled = now - windowStart <= (long) SETTLED_COMPILE_MS * WINDOW ? settled + 1 : 0;
      windowStart = now;
    }
    return n;
  }

  private static void time(ProcessCpuClock os, Runnable work, long[][] into, int i) {
    long allocated = allocated();
    long gc = gcMillis();
    long compiled = compileMillis();
    // Nested so that each clock's reading costs the other as little as possible: the process's
    // window holds the Java threads' readings (tens of microseconds), which calibrate() subtracts.
    ProcessCpuClock.Reading cpu = os.start();
    long java = javaThreadsCpu();
    long wall = System.nanoTime();
    work.run();
    into[1][i] = System.nanoTime() - wall;
    into[4][i] = javaThreadsCpu() - java;
    into[0][i] = os.since(cpu);
    into[5][i] = compileMillis() - compiled;
    into[3][i] = gcMillis() - gc;
    into[2][i] = allocated() - allocated;
  }

  /**
   * What timing costs by itself: the median JVM CPU, wall and Java-thread CPU of timing an empty
   * call, {@value #CALIBRATION} times. Left in, it would add the same to both calls of a pair and
   * so pull the ratio toward 1.
   */
  private static long[] calibrate(ProcessCpuClock os) {
    long[][] empty = new long[6][CALIBRATION];
    for (int i = 0; i < CALIBRATION; i++) {
      time(os, () -> {}, empty, i);
    }
    long[] overhead = new long[6];
    for (int k : new int[] {0, 1, 4}) {
      long[] sorted = empty[k].clone();
      java.util.Arrays.sort(sorted);
      overhead[k] = sorted[CALIBRATION / 2];
    }
    return overhead;
  }

  /** Subtracts the timing's own cost from every call's CPU and wall times. */
  private static void subtract(long[] overhead, long[][] times) {
    for (int k : new int[] {0, 1, 4}) {
      for (int i = 0; i < times[k].length; i++) {
        times[k][i] -= overhead[k];
      }
    }
  }

  /**
   * The CPU time of the live Java threads (caller, worker, pools), without the compiler's and the
   * collector's threads; a thread that ended meanwhile is missed.
   */
  private static long javaThreadsCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  /** Milliseconds the JIT compiler has reported so far (0 where the JVM does not count them). */
  private static long compileMillis() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? compiler.getTotalCompilationTime()
        : 0;
  }

  /** Bytes allocated so far by the live threads (a thread that ended meanwhile is missed). */
  private static long allocated() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      sum += Math.max(0, bytes);
    }
    return sum;
  }

  /** Milliseconds the garbage collectors have reported so far. */
  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
