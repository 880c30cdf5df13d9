package dev.reportengine.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every JMH benchmark of this module runs once in the build: one fork, no warm-up, one short
 * iteration, on its smallest size. A benchmark that throws (its set-up checks what it measures,
 * such as the PDF mode) fails the build; the timings are not looked at.
 */
class BenchmarksSmokeTest {

  private static final Path ROOT = Path.of(System.getProperty("reportengine.root", ".."));

  /** What the smoke run of ImportBenchmark imports: a real call in {@code testdata/transcripts}. */
  private static final String IMPORT_SOURCE =
      "deepgram_nova3_customer_call_plan_cancellation_2spk_8min_en.json";

  /** Each benchmark class, the parameters that pick its smallest case, and its runs. */
  static Stream<Arguments> benchmarks() {
    return Stream.of(
        Arguments.of("EngineOverheadBenchmark", Map.of(), 4),
        Arguments.of("SubmitToReportBenchmark", Map.of("minutes", "30"), 2),
        Arguments.of("TemplateScalingBenchmark", Map.of("minutes", "1"), 4),
        Arguments.of(
            "PdfRenderBenchmark", Map.of("report", "general_report-10min,hiring_report"), 4),
        Arguments.of("PdfFirstRenderBenchmark", Map.of(), 2),
        Arguments.of("ImportBenchmark", Map.of("minutes", "30"), 7));
  }

  @BeforeAll
  static void ignoreOtherJmhRuns() {
    // JMH refuses to start while another JMH run on the machine holds /tmp/jmh.lock, which keeps
    // real measurements apart; a smoke run measures nothing, so it must not fail because of one.
    System.setProperty("jmh.ignoreLock", "true");
  }

  @Test
  void coversEveryBenchmarkClass() {
    Set<String> withBenchmarks =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.reportengine.benchmarks")
                .stream()
                .filter(
                    c -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Benchmark.class)))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());

    assertThat(benchmarks().map(a -> (String) a.get()[0])).hasSameElementsAs(withBenchmarks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("benchmarks")
  void runsOnceWithoutThrowing(String benchmark, Map<String, String> params, int runs)
      throws IOException {
    // ImportBenchmark's own source (a shared file we may not copy) is for measuring; the smoke run
    // reads a real call copied into the repository instead, so it runs on every clone.
    Path transcripts = ROOT.resolve("testdata/transcripts");
    assertThat(transcripts.resolve(IMPORT_SOURCE)).as("test fixture").isRegularFile();
    Path log = Files.createTempFile("jmh-smoke-" + benchmark, ".txt");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(BenchmarksSmokeTest.class.getPackageName() + "." + benchmark + "\\.")
            .forks(1)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(200))
            .timeout(TimeValue.minutes(2))
            .jvmArgs(
                "-Xmx1g",
                "-Dreportengine.examples=" + ROOT.resolve("examples").toAbsolutePath(),
                "-Dreportengine.transcripts=" + transcripts.toAbsolutePath(),
                "-Dreportengine.import.source=" + IMPORT_SOURCE)
            .shouldFailOnError(true)
            .output(log.toString());
    params.forEach((name, values) -> options.param(name, values.split(",")));

    Collection<RunResult> results;
    try {
      results = new Runner(options.build()).run();
    } catch (RunnerException e) {
      throw new AssertionError(benchmark + " failed; JMH's output:\n" + Files.readString(log), e);
    } finally {
      Files.deleteIfExists(log);
    }

    assertThat(results).hasSize(runs);
    assertThat(results)
        .allSatisfy(r -> assertThat(r.getPrimaryResult().getSampleCount()).isPositive());
  }

  @Test
  void runsJobCostBreakdownWithoutThrowing() {
    assertThatCode(() -> JobCostBreakdown.main(new String[] {"50", "EAGER"}))
        .doesNotThrowAnyException();
  }

  @Test
  void runsJobCostBreakdownOnFreshMediaWithoutThrowing() {
    assertThatCode(
            () -> JobCostBreakdown.main(new String[] {"20", "OFF", "general_report", "1", "fresh"}))
        .doesNotThrowAnyException();
  }

  @Test
  void runsPdfInterleavedRatioWithoutThrowing() {
    assertThatCode(() -> PdfInterleavedRatio.main(new String[] {"2", "general_report-10min", "0"}))
        .doesNotThrowAnyException();
  }

  @Test
  void runsJobTemplateRatioWithoutThrowing() {
    assertThatCode(() -> JobTemplateRatio.main(new String[] {"2", "1", "1", "10"}))
        .doesNotThrowAnyException();
  }

  @Test
  void runsReplicaThroughputOnEveryStoreWithoutThrowing() {
    assertThatCode(() -> ReplicaThroughput.main(new String[] {"40", "10", "1", "memory,file,pg2"}))
        .doesNotThrowAnyException();
  }

  @Test
  void runsReplicaThroughputWithBatchedSubmitsWithoutThrowing() {
    assertThatCode(
            () ->
                ReplicaThroughput.main(
                    new String[] {"40", "10", "1", "memory,file,pg2", "durable", "7"}))
        .doesNotThrowAnyException();
  }
}
