package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Template;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.media.testing.SharedCorpus;
import dev.reportengine.templates.general.GeneralReportTemplate;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints rendered reports with the real markdownlint from {@code ../shared/tools/contract-check}
 * (default rules, line length off); npm runs once per class. A {@link SharedCorpus} test: it runs
 * with {@code -Pshared-corpus} (as {@code .ci/run} does, which also installs Node.js when it is
 * missing) and fails when Node.js, npm or the tool is not there.
 */
@SharedCorpus
class MarkdownLintTest {

  @TempDir static Path work;

  private static Path checker;

  private final MarkdownRenderer renderer = MarkdownRenderer.create();

  @BeforeAll
  static void installChecker() throws IOException, InterruptedException {
    Path root =
        Optional.ofNullable(System.getProperty("reportengine.root"))
            .map(Path::of)
            .orElseGet(() -> Path.of("").toAbsolutePath().getParent());
    Path tool = root.resolve("../shared/tools/contract-check").normalize();
    assertThat(onPath("node")).as("node on PATH, for markdownlint").isTrue();
    assertThat(tool).as("the contract-check tool of ../shared").isDirectory();
    checker = work.resolve("contract-check");
    try (Stream<Path> files = Files.walk(tool)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = checker.resolve(tool.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    Run install = run(checker, 300, "npm", "install", "--silent");
    assertThat(install.exitCode()).as("npm install:%n%s", install.output()).isZero();
  }

  @Test
  void renderEveryBlockKindWithHostileTextPassesMarkdownlint() throws Exception {
    List<String> files = new ArrayList<>();
    List<String> hostile = Hostile.strings();
    for (int i = 0; i < hostile.size(); i++) {
      files.add(
          write(
              "hostile-" + i + ".md",
              renderer.render(ReportFixtures.everyBlockKind(hostile.get(i)))));
    }

    Run lint = lint(files);

    assertThat(lint.output()).endsWith(files.size() + " passed, 0 failed\n");
    assertThat(lint.exitCode()).isZero();
  }

  @Test
  void renderGeneralReportPassesMarkdownlint() throws Exception {
    Media media =
        new Media(
            "call",
            40,
            Optional.empty(),
            Optional.of("en"),
            List.of(Entity.of("m", "Maria *Lopez*"), Entity.of("t", "Tom <Reed>")),
            List.of(
                Utterance.of(
                    "m", 0, 10, "How do you price it? See www.example.com/pricing for #details."),
                Utterance.of(
                    "t",
                    10,
                    25,
                    "Per seat.\n\n- Monthly billing, [annual](http://x.io) discounts."),
                Utterance.of(
                    "m",
                    25,
                    40,
                    "Our dashboards show pricing history and onboarding progress for every account.")),
            List.of());
    ReportContent content =
        new GeneralReportTemplate()
            .build(new TemplateContext(media, media.entities().get(0), Map.of()));
    Report report =
        Report.builder()
            .id("rep_2")
            .createdAt(ReportFixtures.CREATED)
            .label("General report: Maria *Lopez*")
            .summary(content.summary())
            .media(new ReportMedia(Optional.empty(), Optional.of("call")))
            .template(Template.GENERAL_REPORT)
            .entity(new ReportEntity("m", Optional.of("Maria *Lopez*")))
            .sections(content.sections())
            .metrics(content.metrics())
            .raw(content.raw())
            .build();

    Run lint = lint(List.of(write("general.md", renderer.render(report))));

    assertThat(lint.output()).endsWith("1 passed, 0 failed\n");
  }

  @Test
  void checkerRejectsEmphasisUsedAsAHeading() throws Exception {
    Run lint = lint(List.of(write("bad.md", "# Title\n\n**Not a heading**\n")));

    assertThat(lint.output()).contains("MD036");
    assertThat(lint.exitCode()).isEqualTo(1);
  }

  private static String write(String name, String markdown) throws IOException {
    Path file = work.resolve(name);
    Files.writeString(file, markdown, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static Run lint(List<String> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", "check.mjs", "markdown"));
    command.addAll(files);
    return run(checker, 120, command.toArray(String[]::new));
  }

  private static boolean onPath(String program) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(Path::of)
        .anyMatch(
            dir ->
                Files.isExecutable(dir.resolve(program))
                    || Files.isExecutable(dir.resolve(program + ".exe")));
  }

  private static Run run(Path directory, long timeoutSeconds, String... command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile(work, "run", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " timed out");
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String output) {}
}
