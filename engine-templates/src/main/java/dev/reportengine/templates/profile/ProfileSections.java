package dev.reportengine.templates.profile;

import dev.reportengine.api.Block;
import dev.reportengine.api.Block.Card;
import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Illustration;
import dev.reportengine.api.Block.IllustrationVariant;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.layout.Citations;
import dev.reportengine.templates.layout.Icons;
import dev.reportengine.templates.layout.MetricText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Lays out the profile alignment's sections from its facts and metrics. */
final class ProfileSections {

  /** Supporting quotes shown per item. */
  static final int QUOTES = 3;

  /** Counter-evidence quotes shown per item. */
  static final int COUNTER_QUOTES = 2;

  /** How each kind of excluded sentence is named. */
  private static final Map<Support, String> EXCLUDED_LABELS =
      Map.of(
          Support.QUESTION, "asked as a question",
          Support.NEGATED, "negated",
          Support.HYPOTHETICAL, "hypothetical or wished for",
          Support.INCIDENTAL, "a mention in passing",
          Support.FIRST_PERSON, "first-person",
          Support.TOPICAL, "topical");

  static final String ABOUT =
      "This report compares what the target said with a profile: for each item it finds the"
          + " target's statements that use the item's keywords (ranked by BM25; the target's"
          + " questions, negated or hypothetical sentences and mentions in passing are not"
          + " evidence) and the stated first-person claims among them (\"I have\", \"I led\", \"I've worked with\"), gives a"
          + " level or \"not observed\", and combines the observed items' levels, weighted, into"
          + " an alignment. Every level quotes the sentences it rests on. It measures what was"
          + " said in one conversation, not what the person can do or who they are.";

  static final String LIMITS =
      "Speech is thin evidence for a trait. A conversation covers a few topics chosen by whoever"
          + " asked the questions, so \"not observed\" usually means \"not discussed\". Keyword"
          + " evidence shows that a topic came up, not that the speaker is good at it; a claim is"
          + " what the speaker says about themselves, not verified. Word choice varies with"
          + " language, dialect, culture, role in the call and nerves, so traits and values"
          + " (unlike skills named in so many words) are the least reliable items here. Use the"
          + " quotes as starting points for questions, never as a verdict on a person.";

  private ProfileSections() {}

  static String summary(ProfileFacts f, Map<String, JsonValue> m) {
    String name = f.a().target().displayName();
    int n = f.items().size();
    if (f.observed() == 0) {
      return name
          + "'s speech gave no evidence for any of the "
          + n
          + " profile items, so no alignment is computed.";
    }
    StringBuilder out =
        new StringBuilder()
            .append(name)
            .append("'s speech gave evidence for ")
            .append(f.observed())
            .append(" of ")
            .append(n)
            .append(" profile items (")
            .append(MetricText.percent(m, "profile_coverage"))
            .append(" coverage)");
    if (m.containsKey("profile_alignment")) {
      out.append(", with a weighted alignment of ")
          .append(MetricText.percent(m, "profile_alignment"))
          .append(" over the observed items.");
    } else {
      out.append("; every observed item has weight 0, so no weighted alignment is computed.");
    }
    ItemEvidence best =
        f.items().stream()
            .filter(ItemEvidence::observed)
            .min(
                Comparator.comparingDouble((ItemEvidence e) -> -e.level().value())
                    .thenComparingDouble(e -> -e.item().weight()))
            .orElseThrow();
    out.append(" The strongest evidence is for ")
        .append(best.item().label())
        .append(" (")
        .append(best.level().text())
        .append(").");
    return out.toString();
  }

  static List<Section> of(ProfileFacts f, Map<String, JsonValue> m) {
    ConversationAnalysis a = f.a();
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("About this report", Text.of(ABOUT)));
    sections.add(new Section("Overview", new Illustration(IllustrationVariant.CONNECTION)));
    sections.add(new Section("At a glance", glance(m)));
    sections.add(new Section("Profile items", items(f)));
    for (ItemEvidence e : f.items()) {
      sections.add(new Section("Item: " + e.item().label(), item(a, e)));
    }
    sections.add(new Section("Limits of inferring traits from speech", Text.of(LIMITS)));
    if (!a.unavailableMetrics().isEmpty()) {
      sections.add(
          new Section(
              "Not available for this language",
              Text.of(
                  "The transcript's language ("
                      + a.media().language().orElse("unknown")
                      + ") has no lexicons, so first-person claims are not detected (no item"
                      + " can be strong) and these metrics are not computed: "
                      + String.join(", ", a.unavailableMetrics())
                      + ", claim_count. BM25 evidence works in any language.")));
    }
    return sections;
  }

  private static Grid glance(Map<String, JsonValue> m) {
    List<Card> cards = new ArrayList<>();
    cards.add(new Card(Icons.BOOK, "Profile items", MetricText.plain(m, "profile_item_count")));
    cards.add(
        new Card(
            Icons.CHECK_CIRCLE,
            "Items observed",
            MetricText.plain(m, "profile_observed_count")
                + " of "
                + MetricText.plain(m, "profile_item_count")));
    cards.add(new Card(Icons.PIE_CHART, "Coverage", MetricText.percent(m, "profile_coverage")));
    if (m.containsKey("profile_alignment")) {
      cards.add(
          new Card(Icons.TARGET, "Weighted alignment", MetricText.percent(m, "profile_alignment")));
    }
    if (m.containsKey("claim_count")) {
      cards.add(new Card(Icons.FLAG, "First-person claims", MetricText.plain(m, "claim_count")));
    }
    cards.add(new Card(Icons.USER, "Share of speech", MetricText.percent(m, "talk_share")));
    return new Grid(3, cards);
  }

  private static Grid items(ProfileFacts f) {
    return new Grid(
        2,
        f.items().stream()
            .map(
                e ->
                    new Card(
                        e.observed() ? Icons.CHECK_CIRCLE : Icons.CIRCLE,
                        e.item().label(),
                        e.level().text()
                            + " · "
                            + e.item().type()
                            + " · weight "
                            + Decimals.round(e.item().weight(), 2)
                                .stripTrailingZeros()
                                .toPlainString()))
            .toList());
  }

  private static String excludedKinds(ItemEvidence e) {
    Map<Support, Long> byKind = new EnumMap<>(Support.class);
    e.excluded().forEach(s -> byKind.merge(s.support(), 1L, Long::sum));
    List<String> parts = new ArrayList<>();
    byKind.forEach((kind, n) -> parts.add(n + " " + EXCLUDED_LABELS.get(kind)));
    return String.join(", ", parts);
  }

  private static SectionContent item(ConversationAnalysis a, ItemEvidence e) {
    List<Block> blocks = new ArrayList<>();
    ProfileItem i = e.item();
    StringBuilder how = new StringBuilder();
    how.append("Level: ").append(e.level().text()).append(" (").append(i.type());
    if (!i.description().isEmpty()) {
      how.append(": ").append(i.description());
    }
    how.append("). ");
    if (!e.observed()) {
      how.append("None of the target's sentences used the keyword terms (")
          .append(String.join(", ", ItemEvidence.terms(i.keywords())))
          .append("), so this item is not observed: the conversation did not touch it.");
    } else {
      how.append(e.supporting().size())
          .append(e.supporting().size() == 1 ? " sentence matches" : " sentences match")
          .append(" the keywords (matched terms: ")
          .append(String.join(", ", e.matched()))
          .append("); ")
          .append(e.claims().size())
          .append(
              e.claims().size() == 1
                  ? " is an explicit first-person claim"
                  : " are explicit first-person claims")
          .append('.');
    }
    if (!e.excluded().isEmpty()) {
      how.append(' ')
          .append(e.excluded().size())
          .append(e.excluded().size() == 1 ? " sentence holds" : " sentences hold")
          .append(" the terms but is not counted as evidence (")
          .append(excludedKinds(e))
          .append("): only the target's statements count.");
    }
    if (!e.counter().isEmpty()) {
      how.append(' ')
          .append(e.counter().size())
          .append(e.counter().size() == 1 ? " sentence holds" : " sentences hold")
          .append(" an anti-keyword, which lowers the level one step.");
    }
    blocks.add(Text.of(how.toString()));
    e.supporting().stream()
        .limit(QUOTES)
        .forEach(
            s ->
                blocks.add(
                    Citations.quote(
                        a,
                        s.sentence(),
                        "BM25 "
                            + Decimals.round(s.score(), 2).toPlainString()
                            + ", matched: "
                            + String.join(", ", s.terms())
                            + (s.claim() ? ", first-person claim" : ""))));
    for (Excerpt c : e.counter().stream().limit(COUNTER_QUOTES).toList()) {
      blocks.add(Citations.quote(a, c, "anti-keyword"));
    }
    return new SectionContent.Blocks(blocks);
  }
}
