package dev.reportengine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One test naming style across the modules (docs/testing.md): a test method says what the unit does
 * in one camel-case sentence ({@code readsTheCuesOfAWebVttFile}), with no {@code test} prefix and
 * no {@code subject_behaviour} underscore.
 */
class TestNamingTest {

  private static final Path ROOT =
      Path.of(System.getProperty("reportengine.root", "..")).toAbsolutePath().normalize();

  /** A line that marks the next method as a test. */
  private static final Pattern TEST_ANNOTATION =
      Pattern.compile(
          "^\\s*+@(?:Test|ParameterizedTest|Property|RepeatedTest|TestFactory|Example)\\b.*");

  /** A method's declaration line, with its name. */
  private static final Pattern METHOD =
      Pattern.compile(
          "^\\s*+(?:(?:public|protected|private|static|final)\\s++)*+void\\s++(\\w++)\\s*+\\(.*");

  @Test
  void namesEveryTestMethodInOneCamelCaseSentence() throws IOException {
    List<String> offenders = new ArrayList<>();
    int methods = 0;
    for (Path file : testSources()) {
      for (String name : testMethods(Files.readAllLines(file))) {
        methods++;
        if (name.contains("_") || name.matches("test[A-Z0-9].*")) {
          offenders.add(ROOT.relativize(file) + ": " + name);
        }
      }
    }
    assertThat(methods).as("test methods found").isGreaterThan(700);
    assertThat(offenders).as("test methods named against docs/testing.md").isEmpty();
  }

  @Test
  void findsTheNamesOfAnnotatedTestMethodsOnly() {
    List<String> lines =
        List.of(
            "  @ParameterizedTest",
            "  @ValueSource(strings = {\"a\"})",
            "  void parses_aCue(String s) {",
            "  }",
            "  private static void helper_method() {",
            "  }",
            "  @Test",
            "  void readsACue() {");
    assertThat(testMethods(lines)).containsExactly("parses_aCue", "readsACue");
  }

  /** The names of the methods of {@code lines} that a test annotation marks. */
  static List<String> testMethods(List<String> lines) {
    List<String> names = new ArrayList<>();
    boolean annotated = false;
    for (String line : lines) {
      if (TEST_ANNOTATION.matcher(line).matches()) {
        annotated = true;
        continue;
      }
      Matcher m = METHOD.matcher(line);
      if (m.matches()) {
        if (annotated) {
          names.add(m.group(1));
        }
        annotated = false;
      }
    }
    return names;
  }

  private static List<Path> testSources() throws IOException {
    try (Stream<Path> all = Files.walk(ROOT)) {
      return all.filter(p -> p.toString().replace('\\', '/').contains("/src/test/java/"))
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/target/"))
          .filter(p -> !p.toString().contains("/.git/"))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
