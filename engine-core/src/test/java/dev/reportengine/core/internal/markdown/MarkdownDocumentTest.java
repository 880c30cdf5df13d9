package dev.reportengine.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Block;
import dev.reportengine.api.Block.Card;
import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Illustration;
import dev.reportengine.api.Block.IllustrationVariant;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.Hostile;
import dev.reportengine.core.ReportFixtures;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass writer against the Mustache layout it replaced ({@link MarkdownLayout} over {@link
 * ReportViews}, kept here as the reference): the same text for every report, byte for byte.
 */
class MarkdownDocumentTest {

  private static final MarkdownLayout REFERENCE = MarkdownLayout.load();

  static Stream<String> hostile() {
    return Hostile.strings().stream();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void renderWritesWhatTheMustacheLayoutWroteForEveryBlockKindHoldingHostileText(String text) {
    Report report = ReportFixtures.everyBlockKind(text);

    assertThat(MarkdownDocument.render(report)).isEqualTo(REFERENCE.render(report));
  }

  @Test
  void renderWritesWhatTheMustacheLayoutWroteForTenThousandRandomReports() {
    Random random = new Random(20261206);
    for (int i = 0; i < 10_000; i++) {
      Report report = randomReport(random);

      assertThat(MarkdownDocument.render(report))
          .as("report %d", i)
          .isEqualTo(REFERENCE.render(report));
    }
  }

  @Test
  void instantIsWrittenAsIsoInstantFormatsItForAnyYearAndFraction() {
    Random random = new Random(7);
    List<Instant> instants =
        new ArrayList<>(
            List.of(
                Instant.EPOCH,
                Instant.MIN,
                Instant.MAX,
                Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("2024-02-29T12:00:00.5Z"),
                Instant.parse("2024-05-01T09:30:00.000001Z"),
                Instant.parse("2024-05-01T09:30:00.000000001Z"),
                Instant.parse("2024-05-01T09:30:00.120Z"),
                Instant.parse("2024-05-01T09:30:00.123450Z")));
    for (int i = 0; i < 100_000; i++) {
      long seconds =
          i % 10 == 0
              ? random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
              : random.nextLong(-62_167_219_200L, 253_402_300_800L); // years 0 to 9999
      int nano =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      instants.add(Instant.ofEpochSecond(seconds, nano));
    }
    for (Instant instant : instants) {
      StringBuilder out = new StringBuilder();
      MarkdownDocument.instant(instant, out);

      assertThat(out).as("%s", instant).hasToString(DateTimeFormatter.ISO_INSTANT.format(instant));
    }
  }

  private static final List<String> WORDS =
      Stream.concat(
              Hostile.strings().stream(),
              Stream.of(
                  "",
                  " ",
                  "\n",
                  "Notes",
                  "notes",
                  "Notes:",
                  "Notes (2)",
                  "Why?",
                  "Talk time",
                  "3 min",
                  "12.",
                  "spk_1",
                  "Maria Lopez",
                  "\u00e9t\u00e9",
                  "\u202eevil",
                  "a\u2028b",
                  "www.example.org"))
          .toList();

  private static String word(Random random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private static String text(Random random) {
    int n = random.nextInt(3);
    StringBuilder s = new StringBuilder(word(random));
    for (int i = 0; i < n; i++) {
      s.append(random.nextBoolean() ? " " : "").append(word(random));
    }
    return s.toString();
  }

  private static Optional<String> maybe(Random random) {
    return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(text(random));
  }

  private static Report randomReport(Random random) {
    List<Section> sections = new ArrayList<>();
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      sections.add(new Section(text(random), content(random)));
    }
    Optional<JsonValue> raw =
        switch (random.nextInt(4)) {
          case 0 -> Optional.empty();
          case 1 -> Optional.of(JsonValue.of("not an object"));
          default ->
              Optional.of(
                  JsonValue.JsonObject.builder()
                      .put(
                          "media",
                          JsonValue.JsonObject.builder()
                              .put("timings_estimated", random.nextBoolean())
                              .build())
                      .build());
        };
    Instant created =
        Instant.ofEpochSecond(
            random.nextLong(0, 4_000_000_000L),
            random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
    return ReportFixtures.report(null, null, List.of()).toBuilder()
        .label(maybe(random))
        .summary(maybe(random))
        .createdAt(created)
        .template(Template.values()[random.nextInt(Template.values().length)])
        .entity(
            random.nextInt(5) == 0
                ? Optional.empty()
                : Optional.of(new ReportEntity(text(random), maybe(random))))
        .sections(random.nextInt(6) == 0 ? Optional.empty() : Optional.of(sections))
        .raw(raw)
        .build();
  }

  private static SectionContent content(Random random) {
    return switch (random.nextInt(5)) {
      case 0 ->
          new SectionContent.FreeJson(
              JsonValue.JsonObject.builder().put("quote", text(random)).put("n", 1.5).build());
      case 1 -> block(random);
      default -> {
        List<Block> blocks = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
          blocks.add(block(random));
        }
        yield new SectionContent.Blocks(blocks);
      }
    };
  }

  private static Block block(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> new Illustration(IllustrationVariant.ANALYSIS);
      case 1 -> card(random);
      case 2 -> new Grid(2, List.of(card(random), card(random), card(random)));
      default -> random.nextBoolean() ? Text.of(text(random)) : Text.of(text(random), text(random));
    };
  }

  private static Card card(Random random) {
    return new Card("clock", text(random), text(random));
  }
}
