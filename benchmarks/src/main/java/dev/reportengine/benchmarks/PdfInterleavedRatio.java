package dev.reportengine.benchmarks;

import static dev.reportengine.benchmarks.PairedRatios.halfWidth;
import static dev.reportengine.benchmarks.PairedRatios.mean;
import static dev.reportengine.benchmarks.PairedRatios.ratioOfSums;
import static dev.reportengine.benchmarks.PairedRatios.ratios;
import static dev.reportengine.benchmarks.PairedRatios.sd;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link PdfRenderBenchmark}'s library-to-raw ratio measured interleaved in one JVM: for each
 * report, after warm-up renders of both, N pairs of one {@code pdfRenderer} render and one {@code
 * rawOpenhtmltopdf} render of the same HTML (the order alternating from pair to pair), each timed
 * on the rendering thread by its CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}: what
 * other processes on a shared machine barely change) and its wall time. A pair's two renders run
 * seconds apart, so they see the same load and the same JIT state; the ratio is taken per pair and
 * its mean is given with a 99.9 % interval (normal quantile 3.29 times the standard error, so
 * meaningful from about 30 pairs on), and as the ratio of the summed times. The CPU time leaves out
 * what other threads do for a render (the garbage collector, the JIT compiler): the wall-time ratio
 * includes it, with the load's noise.
 *
 * <p>Also prints each report's pages and the library's CPU and wall milliseconds per page.
 *
 * <pre>
 * {@code java -cp benchmarks/target/benchmarks.jar dev.reportengine.benchmarks.PdfInterleavedRatio
 * [pairs] [report,report,...] [warm-up pairs]}</pre>
 */
public final class PdfInterleavedRatio {

  private PdfInterleavedRatio() {}

  /**
   * Arguments: pairs per report (40), reports ({@code general_report-60min} and the four sample
   * reports), warm-up pairs (10). Run from the repository root (the sample reports read {@code
   * examples/}).
   */
  public static void main(String[] args) throws IOException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    String[] reports = (args.length > 1 ? args[1] : PdfOverheadRatio.DEFAULT_REPORTS).split(",");
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    if (pairs < 2) {
      throw new IllegalArgumentException("need at least 2 pairs for a spread, got " + pairs);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
    }
    System.out.printf(
        Locale.ROOT,
        "%d pairs per report after %d warm-up pairs, interleaved in one JVM, %d cores%n",
        pairs,
        warmUps,
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| report | pages | library CPU ms | raw CPU ms | CPU ratio, mean of pairs ± 99.9 % | CPU"
            + " ratio of sums | wall ratio, mean of pairs ± 99.9 % | library CPU / wall ms per"
            + " page |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (String report : reports) {
      PdfRenderBenchmark bench = new PdfRenderBenchmark();
      bench.report = report;
      bench.setUp();
      for (int i = 0; i < warmUps; i++) {
        consume(bench.pdfRenderer());
        consume(bench.rawOpenhtmltopdf());
      }
      long[][] library = new long[2][pairs]; // [0] CPU ns, [1] wall ns
      long[][] raw = new long[2][pairs];
      for (int i = 0; i < pairs; i++) {
        if (i % 2 == 0) {
          time(threads, bench, true, library, i);
          time(threads, bench, false, raw, i);
        } else {
          time(threads, bench, false, raw, i);
          time(threads, bench, true, library, i);
        }
      }
      double[] cpuRatios = ratios(library[0], raw[0]);
      double[] wallRatios = ratios(library[1], raw[1]);
      double libCpuMs = mean(library[0]) / 1e6;
      double libWallMs = mean(library[1]) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "| `%s` | %d | %.1f | %.1f | %.3f ± %.3f (sd %.3f) | %.3f | %.3f ± %.3f (sd %.3f) |"
              + " %.1f / %.1f |%n",
          report,
          bench.pages,
          libCpuMs,
          mean(raw[0]) / 1e6,
          mean(cpuRatios),
          halfWidth(cpuRatios),
          sd(cpuRatios),
          ratioOfSums(library[0], raw[0]),
          mean(wallRatios),
          halfWidth(wallRatios),
          sd(wallRatios),
          libCpuMs / bench.pages,
          libWallMs / bench.pages);
    }
  }

  private static void time(
      ThreadMXBean threads, PdfRenderBenchmark bench, boolean library, long[][] into, int i) {
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    consume(library ? bench.pdfRenderer() : bench.rawOpenhtmltopdf());
    into[1][i] = System.nanoTime() - wall;
    into[0][i] = threads.getCurrentThreadCpuTime() - cpu;
  }

  private static void consume(byte[] pdf) {
    if (pdf.length < 1000) {
      throw new IllegalStateException("a render gave " + pdf.length + " bytes");
    }
  }
}
