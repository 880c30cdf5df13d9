package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.core.MediaSources;
import dev.reportengine.media.testing.RepoFiles;
import dev.reportengine.media.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every case of {@code hint-cases.json} (media, reader, hint, expected entity id or MISS,
 * note) through the magic-hint resolver, prints the accuracy and fails below 90%. The default build
 * runs the cases whose media is in the repository (examples, the copies in {@code
 * testdata/transcripts}); {@link #resolvesAtLeastNinetyPercentOfEveryCaseWithTheSharedCorpus}, a
 * {@link SharedCorpus} test run with {@code -Pshared-corpus}, runs every case and fails when a
 * shared transcript is missing.
 */
class HintSetTest {

  static final String MISS = "MISS";
  static final double REQUIRED_ACCURACY = 0.9;
  static final String ENGINE_READER = "engine";

  /** One row of the table. */
  record HintCase(String media, String reader, String hint, String expected, String note) {}

  @Test
  void resolvesAtLeastNinetyPercentOfTheCasesOnMediaInTheRepository() {
    resolvesAtLeastNinetyPercentOf(cases().stream().filter(HintSetTest::inRepository).toList());
  }

  @Test
  @SharedCorpus
  void resolvesAtLeastNinetyPercentOfEveryCaseWithTheSharedCorpus() {
    resolvesAtLeastNinetyPercentOf(cases());
  }

  private static void resolvesAtLeastNinetyPercentOf(List<HintCase> cases) {
    Map<String, Media> loaded = new HashMap<>();
    MagicHintResolver resolver = new MagicHintResolver();
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (HintCase c : cases) {
      Media media = loaded.computeIfAbsent(c.media() + "|" + c.reader(), k -> load(c));
      Resolution r = resolver.resolve(new ResolutionContext(media, TargetSpec.magicHint(c.hint())));
      String actual = r instanceof Resolution.Found f ? f.entity().id() : MISS;
      String how =
          r instanceof Resolution.Found f
              ? f.rule() + String.format(Locale.ROOT, " %.2f", f.confidence())
              : ((Resolution.Miss) r).reason();
      if (actual.equals(c.expected())) {
        right++;
      } else {
        wrong.add(
            "  WRONG ["
                + c.hint()
                + "] on "
                + c.media()
                + ": expected "
                + c.expected()
                + ", got "
                + actual
                + " ("
                + how
                + ")");
      }
      System.out.println(
          "  "
              + (actual.equals(c.expected()) ? "ok   " : "WRONG")
              + " ["
              + c.hint()
              + "] -> "
              + actual
              + " ("
              + how
              + ")");
    }
    double accuracy = (double) right / cases.size();
    System.out.printf(
        Locale.ROOT, "hint accuracy: %d/%d = %.1f%%%n", right, cases.size(), 100 * accuracy);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    assertThat(accuracy)
        .as("hint accuracy; wrong cases:%n%s", String.join("\n", wrong))
        .isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
  }

  static List<HintCase> cases() {
    try (InputStream in = HintSetTest.class.getResourceAsStream("hint-cases.json")) {
      JsonNode rows = JsonMapper.builder().build().readTree(in);
      List<HintCase> cases = new ArrayList<>();
      for (JsonNode row : rows) {
        cases.add(
            new HintCase(
                row.get("media").asString(),
                row.path("reader").asString(ENGINE_READER),
                row.get("hint").asString(),
                row.get("expected").asString(),
                row.path("note").asString("")));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a row's media is in the repository: its own files, or a copy of a shared one. */
  static boolean inRepository(HintCase c) {
    return !c.media().startsWith("shared/")
        || RepoFiles.IN_REPO_TRANSCRIPTS.contains(c.media().substring("shared/".length()));
  }

  /**
   * Loads a row's media through the product: {@link MediaSources#read(Path)}, the importers chosen
   * by content. {@code engine} is the only reader, so what is tested is what users get.
   */
  static Media load(HintCase c) {
    if (!c.reader().equals(ENGINE_READER)) {
      throw new IllegalArgumentException(
          "unknown reader [" + c.reader() + "] for [" + c.hint() + "]; known: " + ENGINE_READER);
    }
    Path file =
        c.media().startsWith("shared/")
            ? (inRepository(c)
                ? RepoFiles.transcript(c.media().substring("shared/".length()))
                : RepoFiles.sharedTranscript(c.media().substring("shared/".length())))
            : RepoFiles.root().resolve(c.media());
    return MediaSources.read(file);
  }
}
