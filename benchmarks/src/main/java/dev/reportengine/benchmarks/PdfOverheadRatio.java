package dev.reportengine.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * {@link PdfRenderBenchmark}'s library-to-raw ratio measured in pairs: for each report, N times,
 * one fork of {@code pdfRenderer} and one fork of {@code rawOpenhtmltopdf} run back to back (the
 * order alternating from pair to pair), and the ratio of the two is taken per pair. On a shared
 * machine the load drifts over minutes; a pair's two forks see about the same load, so the spread
 * of the per-pair ratios says how far the ratio can be trusted, where the two separate scores'
 * intervals mostly say how busy the machine was. Also prints the pages and the library's time per
 * page.
 *
 * <pre>
 * {@code java -cp benchmarks/target/benchmarks.jar dev.reportengine.benchmarks.PdfOverheadRatio
 * [pairs] [report,report,...] [warmups] [iterations] [secondsPerIteration]}</pre>
 */
public final class PdfOverheadRatio {

  /** The 60-minute synthetic {@code general_report} and the four templates' sample reports. */
  static final String DEFAULT_REPORTS =
      "general_report-60min,general_report,sales_playbook,hiring_report,profile_alignment";

  private PdfOverheadRatio() {}

  /**
   * Arguments: pairs per report (5), reports (all of {@link PdfRenderBenchmark}'s but the 10- and
   * 600-minute ones), and per fork the warm-up iterations (3), measurement iterations (4) and
   * seconds per iteration (1).
   */
  public static void main(String[] args) throws RunnerException, IOException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String[] reports = (args.length > 1 ? args[1] : DEFAULT_REPORTS).split(",");
    int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    TimeValue seconds = TimeValue.seconds(args.length > 4 ? Integer.parseInt(args[4]) : 1);
    System.out.printf(
        Locale.ROOT,
        "%d pairs per report, each fork %d x %s warm-up and %d x %s measurement, %d cores%n",
        pairs,
        warmups,
        seconds,
        iterations,
        seconds,
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| report | pages | library ms/op (mean of pairs) | raw ms/op | ratio mean | ratio min"
            + " – max | ratio sd | library ms per page |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (String report : reports) {
      int pages = pages(report);
      List<Double> library = new ArrayList<>();
      List<Double> raw = new ArrayList<>();
      for (int i = 0; i < pairs; i++) {
        if (i % 2 == 0) {
          library.add(score("pdfRenderer", report, warmups, iterations, seconds));
          raw.add(score("rawOpenhtmltopdf", report, warmups, iterations, seconds));
        } else {
          raw.add(score("rawOpenhtmltopdf", report, warmups, iterations, seconds));
          library.add(score("pdfRenderer", report, warmups, iterations, seconds));
        }
      }
      double[] ratios = new double[pairs];
      for (int i = 0; i < pairs; i++) {
        ratios[i] = library.get(i) / raw.get(i);
      }
      double lib = mean(library.stream().mapToDouble(Double::doubleValue).toArray());
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f | %.3f | %.3f – %.3f | %.3f | %.1f |%n",
          report,
          pages,
          lib,
          mean(raw.stream().mapToDouble(Double::doubleValue).toArray()),
          mean(ratios),
          Arrays.stream(ratios).min().orElseThrow(),
          Arrays.stream(ratios).max().orElseThrow(),
          sd(ratios),
          lib / pages);
    }
  }

  private static int pages(String report) throws IOException {
    PdfRenderBenchmark benchmark = new PdfRenderBenchmark();
    benchmark.report = report;
    benchmark.setUp();
    return benchmark.pages;
  }

  private static double score(
      String method, String report, int warmups, int iterations, TimeValue seconds)
      throws RunnerException {
    RunResult result =
        new Runner(
                new OptionsBuilder()
                    .include(PdfRenderBenchmark.class.getName() + "\\." + method + "$")
                    .param("report", report)
                    .forks(1)
                    .warmupIterations(warmups)
                    .warmupTime(seconds)
                    .measurementIterations(iterations)
                    .measurementTime(seconds)
                    .verbosity(VerboseMode.SILENT)
                    .shouldFailOnError(true)
                    .build())
            .runSingle();
    return result.getPrimaryResult().getScore();
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }

  private static double sd(double[] values) {
    double m = mean(values);
    double sum = 0;
    for (double v : values) {
      sum += (v - m) * (v - m);
    }
    return values.length < 2 ? 0 : Math.sqrt(sum / (values.length - 1));
  }
}
