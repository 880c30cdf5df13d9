package dev.reportengine.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Media;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportEngineBuilder;
import dev.reportengine.core.ReportStores;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a trivial job's time goes, from the engine's own stage timings ({@code
 * raw.stage_timings_ms}: load media with speaker-name inference, resolve target, build report,
 * render Markdown, render PDF) averaged over many jobs, against the whole submit-to-succeeded time
 * measured on the caller's thread, and the JVM's CPU time per job (all its threads: caller, worker,
 * event threads, JIT and GC), which other processes on a shared machine disturb less than the wall
 * time, and the CPU time of its Java threads alone (without the collector and the compiler, whose
 * share moves most from run to run); the rest is submit (validation, idempotency, queueing), the
 * worker hand-off, storing, events and the hand-back. By default the engine of {@link
 * EngineOverheadBenchmark} ({@link TrivialTemplate}, one worker, in-memory store bounded to 100
 * reports, the two-speaker conversation of seed 7); with {@code general_report} that of {@link
 * SubmitToReportBenchmark} (3 speakers, seed 42).
 *
 * <pre>
 * {@code java -cp benchmarks/target/benchmarks.jar dev.reportengine.benchmarks.JobCostBreakdown
 * [jobs] [OFF|LAZY|EAGER] [trivial|general_report] [minutes] [same|fresh]}</pre>
 *
 * <p>{@code same} (the default) hands every job the same {@link Media} instance, as the in-memory
 * source does, so the engine infers its speaker names once; {@code fresh} hands every job a new,
 * equal instance, as a source that imports a file per job does, so every job infers them.
 */
public final class JobCostBreakdown {

  private JobCostBreakdown() {}

  /**
   * Arguments: jobs measured (20,000) after as many warm-up jobs, the PDF mode (OFF), the template
   * ({@code trivial}, or {@code general_report} as engine-templates has it), the conversation's
   * minutes (1) and whether each job loads the {@code same} media instance or a {@code fresh} one
   * ({@code same}).
   */
  public static void main(String[] args) {
    int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    PdfMode mode = args.length > 1 ? PdfMode.valueOf(args[1]) : PdfMode.OFF;
    boolean trivial = args.length <= 2 || args[2].equals("trivial");
    int minutes = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    boolean fresh = args.length > 4 && args[4].equals("fresh");
    if (args.length > 4 && !fresh && !args[4].equals("same")) {
      throw new IllegalArgumentException("expected same or fresh, got " + args[4]);
    }
    Media media =
        trivial
            ? SyntheticConversation.generate("call", minutes, 2, 7)
            : SyntheticConversation.generate("call", minutes, 3, 42);
    ReportEngineBuilder builder =
        ReportEngine.builder()
            .parallelism(1)
            .pdfMode(mode)
            .store(ReportStores.inMemory(100, Duration.ofHours(1)))
            .mediaSource(
                fresh ? q -> Optional.of(copy(media)) : MediaSources.inMemory(List.of(media)));
    if (trivial) {
      builder.discoverTemplates(false).template(new TrivialTemplate());
    }
    try (ReportEngine engine = builder.build()) {
      CreateReportJobRequest request =
          CreateReportJobRequest.of("call", Template.GENERAL_REPORT, TargetSpec.dominant());
      run(engine, request, jobs);
      Map<String, Double> stages = new LinkedHashMap<>();
      OperatingSystemMXBean os =
          (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu = os.getProcessCpuTime();
      Map<Long, Long> threadsCpu = javaThreadsCpu();
      long started = System.nanoTime();
      run(engine, request, jobs).forEach((k, v) -> stages.merge(k, v, Double::sum));
      double totalMicros = (System.nanoTime() - started) / 1e3 / jobs;
      long processCpu = os.getProcessCpuTime() - cpu;
      long javaCpu = 0;
      for (Map.Entry<Long, Long> t : javaThreadsCpu().entrySet()) {
        javaCpu += t.getValue() - threadsCpu.getOrDefault(t.getKey(), 0L);
      }
      System.out.printf(
          Locale.ROOT,
          "%d jobs, pdfMode %s, %s, %d min, %s media, %.1f us per job (%.0f jobs/s), %.1f us of this JVM's"
              + " CPU per job%n",
          jobs,
          mode,
          trivial ? "trivial template" : "general_report",
          minutes,
          fresh ? "fresh" : "same",
          totalMicros,
          1e6 / totalMicros,
          processCpu / 1e3 / jobs);
      System.out.printf(
          Locale.ROOT,
          "%.1f us of the Java threads' CPU per job (caller, worker, pools; not the garbage"
              + " collector or the JIT compiler)%n",
          javaCpu / 1e3 / jobs);
      double inStages = 0;
      for (Map.Entry<String, Double> e : stages.entrySet()) {
        double micros = e.getValue() * 1000 / jobs;
        inStages += micros;
        System.out.printf(Locale.ROOT, "| %s | %.1f us |%n", e.getKey(), micros);
      }
      System.out.printf(
          Locale.ROOT,
          "| outside the stages (submit, validation, queue, hand-off, store, events) | %.1f us |%n",
          totalMicros - inStages);
    }
  }

  /**
   * The CPU time of every live Java thread, by id: the threads that do the engine's work, without
   * the collector's and the compiler's, which move most between runs on a shared machine.
   */
  private static Map<Long, Long> javaThreadsCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      long nanos = threads.getThreadCpuTime(id);
      if (nanos >= 0) {
        cpu.put(id, nanos);
      }
    }
    return cpu;
  }

  /** A new instance equal to {@code media}: what a source that imports per job hands out. */
  private static Media copy(Media media) {
    return new Media(
        media.id(),
        media.durationSeconds(),
        media.url(),
        media.language(),
        List.copyOf(media.entities()),
        List.copyOf(media.utterances()),
        media.signals(),
        media.sourceFormat(),
        media.timingsEstimated());
  }

  /** Runs {@code jobs} jobs one after the other; the sum of each stage's milliseconds. */
  private static Map<String, Double> run(
      ReportEngine engine, CreateReportJobRequest request, int jobs) {
    Map<String, Double> sums = new LinkedHashMap<>();
    for (int i = 0; i < jobs; i++) {
      Report report = engine.submit(request).await(Duration.ofSeconds(60));
      JsonValue.JsonObject raw = (JsonValue.JsonObject) report.raw().orElseThrow();
      JsonValue.JsonObject timings = (JsonValue.JsonObject) raw.members().get("stage_timings_ms");
      timings
          .members()
          .forEach(
              (stage, ms) ->
                  sums.merge(
                      stage, ((JsonValue.JsonNumber) ms).value().doubleValue(), Double::sum));
    }
    return sums;
  }
}
