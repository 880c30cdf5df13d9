package dev.reportengine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the top-level README and of {@code docs/*.md} names a file or directory of
 * the repository (never one outside it, such as {@code ../shared}), and a link to a heading of a
 * Markdown file ({@code file.md#anchor}, or {@code #anchor} in the same file) names one of its
 * headings, with GitHub's anchor rule.
 */
class DocumentationLinksTest {

  private static final Path ROOT =
      Path.of(System.getProperty("reportengine.root", "..")).toAbsolutePath().normalize();

  /** {@code [text](target)} or {@code ![alt](target)}; the target ends at a space or ')'. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

  private static final Pattern FENCE = Pattern.compile("(?m)^```.*?^```", Pattern.DOTALL);
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

  private static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  /** The broken links of one Markdown text, as {@code "target: why"}. */
  static List<String> brokenLinks(Path root, Path document, String markdown) throws IOException {
    List<String> broken = new ArrayList<>();
    Matcher m = LINK.matcher(FENCE.matcher(markdown).replaceAll(""));
    while (m.find()) {
      String target = m.group(1);
      if (target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
        continue; // https:, mailto: and the like
      }
      int hash = target.indexOf('#');
      String file = hash < 0 ? target : target.substring(0, hash);
      String anchor = hash < 0 ? null : target.substring(hash + 1);
      if (file.isEmpty()) {
        if (!anchors(markdown).contains(anchor)) {
          broken.add(target + ": no such heading");
        }
        continue;
      }
      Path resolved = document.getParent().resolve(file).toAbsolutePath().normalize();
      if (!resolved.startsWith(root)) {
        broken.add(target + ": outside the repository");
      } else if (!Files.exists(resolved)) {
        broken.add(target + ": no such file");
      } else if (anchor != null
          && resolved.toString().endsWith(".md")
          && !anchors(Files.readString(resolved)).contains(anchor)) {
        broken.add(target + ": no such heading");
      }
    }
    return broken;
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to '-', repeats '-1'... */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Matcher m = HEADING.matcher(FENCE.matcher(markdown).replaceAll(""));
    while (m.find()) {
      String slug =
          m.group(1)
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
              .replace(' ', '-');
      String anchor = slug;
      for (int n = 1; !anchors.add(anchor); n++) {
        anchor = slug + "-" + n;
      }
    }
    return anchors;
  }

  @Test
  void everyRelativeLinkOfTheDocumentationResolves() throws IOException {
    List<Path> documents = documents();
    assertThat(documents).hasSizeGreaterThan(10);
    List<String> broken = new ArrayList<>();
    for (Path document : documents) {
      for (String link : brokenLinks(ROOT, document, Files.readString(document))) {
        broken.add(ROOT.relativize(document) + ": " + link);
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void findsBrokenLinksAndLinksOutsideTheRepository() throws IOException {
    Path document = ROOT.resolve("docs/example.md");
    String markdown =
        """
        # A page

        ## Two words, and `code`

        [ok](../README.md) [ok](#a-page) [ok](#two-words-and-code) [web](https://example.com/x)
        [gone](missing.md) [up](../../shared/contracts/v1/report.schema.json)
        [heading](../docs/README.md#no-such-heading) [self](#nope)

        ```
        [inside a fence](not-checked.md)
        ```
        """;
    assertThat(brokenLinks(ROOT, document, markdown))
        .containsExactly(
            "missing.md: no such file",
            "../../shared/contracts/v1/report.schema.json: outside the repository",
            "../docs/README.md#no-such-heading: no such heading",
            "#nope: no such heading");
  }

  @Test
  void anchorsFollowGitHub() {
    assertThat(anchors("# Running several replicas\n## One engine: `PostgresEngineLock`\n# A\n# A"))
        .containsExactlyInAnyOrder(
            "running-several-replicas", "one-engine-postgresenginelock", "a", "a-1");
  }
}
