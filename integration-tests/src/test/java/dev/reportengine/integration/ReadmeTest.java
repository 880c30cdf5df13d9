package dev.reportengine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README stays a front door that tells the truth: short, its two commands the ones CI runs, and
 * its modules table naming every module of the root POM.
 */
class ReadmeTest {

  private static final Path ROOT =
      Path.of(System.getProperty("reportengine.root", "..")).toAbsolutePath().normalize();

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  /** The body of the first fenced block after the heading {@code heading}. */
  private static String firstBlockAfter(String markdown, String heading) {
    int at = markdown.indexOf("\n## " + heading + "\n");
    assertThat(at).as("heading " + heading).isNotNegative();
    Matcher m = Pattern.compile("```\\w*\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    assertThat(m.find(at)).as("a code block after " + heading).isTrue();
    return m.group(1);
  }

  /** The commands of a shell block: each line without its trailing {@code # comment}. */
  static List<String> commands(String block) {
    List<String> commands = new ArrayList<>();
    for (String line : block.split("\n")) {
      String command = line.replaceFirst("\\s+#.*$", "").strip();
      if (!command.isEmpty()) {
        commands.add(command);
      }
    }
    return commands;
  }

  @Test
  void isAFrontDoorNotAManual() throws IOException {
    assertThat(readme().lines().count()).isLessThanOrEqualTo(130);
  }

  @Test
  void ciRunsTheTwoCommandsTheReadmePrints() throws IOException {
    List<String> commands = commands(firstBlockAfter(readme(), "The two commands"));
    assertThat(commands).containsExactly("./report-engine demo", "./mvnw -B verify");
    List<String> ci =
        Files.readAllLines(ROOT.resolve(".ci/run")).stream().map(String::strip).toList();
    assertThat(ci).containsAll(commands);
  }

  @Test
  void theModulesTableNamesEveryModuleOfTheRootPom() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Set<String> modules = new LinkedHashSet<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    while (m.find()) {
      modules.add(m.group(1).strip());
    }
    assertThat(modules).contains("engine-api", "integration-tests");

    String table = readme().split("\n## Modules\n", 2)[1].split("\n## ", 2)[0];
    Set<String> rows = new LinkedHashSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(table);
    while (row.find()) {
      rows.add(row.group(1));
    }
    assertThat(rows).containsAll(modules);
  }

  @Test
  void commandsDropCommentsAndBlankLines() {
    assertThat(commands("./a demo     # the demo\n\n./b -B verify\n"))
        .containsExactly("./a demo", "./b -B verify");
  }
}
