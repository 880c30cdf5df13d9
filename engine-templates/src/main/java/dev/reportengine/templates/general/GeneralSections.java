package dev.reportengine.templates.general;

import dev.reportengine.api.Block;
import dev.reportengine.api.Block.Card;
import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Illustration;
import dev.reportengine.api.Block.IllustrationVariant;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.templates.analysis.Chapter;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.ItemKind;
import dev.reportengine.templates.analysis.Keyword;
import dev.reportengine.templates.analysis.Learned;
import dev.reportengine.templates.layout.Citations;
import dev.reportengine.templates.layout.Icons;
import dev.reportengine.templates.layout.MetricText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Lays out the general report's sections. */
final class GeneralSections {

  static final String NO_DECISIONS =
      "No decisions: nothing was decided or agreed in the call's own words (looked for \"we"
          + " decided\", \"we agreed\", \"let's go with\", a date moved, something cut from a"
          + " release; proposals, questions and hypotheticals do not count).";
  static final String NO_ACTION_ITEMS =
      "No action items: nobody took on a step for after the call (looked for \"I'll ...\", \"I"
          + " might be able to ...\", \"we'll ...\", requests such as \"can you send ...\";"
          + " recaps, small talk and hypotheticals do not count).";
  static final String NO_OPEN_QUESTIONS =
      "No open questions: nothing was left \"to be determined\", \"not sure yet\" or \"still"
          + " unclear\".";
  static final String NO_RISKS =
      "No risks: looked for dependencies ending on a date, people leaving, blocked or slipping"
          + " work, spend above budget that needs approval, and stated worries; negated or resolved"
          + " ones (\"that's not a blocker\") and past stories do not count.";

  private GeneralSections() {}

  static List<Section> of(
      ConversationAnalysis a,
      Map<String, JsonValue> metrics,
      int keywords,
      int questions,
      List<Excerpt> summary) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("Overview", new Illustration(IllustrationVariant.CONVERSATION)));
    sections.add(new Section("At a glance", facts(metrics)));
    sections.add(new Section("Participants", participants(a)));
    sections.add(new Section("Chapters", chapters(a)));
    sections.add(
        new Section(
            "Summary sentences",
            Citations.list(
                summary.stream().map(e -> Citations.quote(a, e)).toList(), "No sentences.")));
    sections.add(new Section("Decisions", items(a, List.of(ItemKind.DECISION), NO_DECISIONS)));
    sections.add(
        new Section(
            "Action items",
            items(a, List.of(ItemKind.ACTION_ITEM, ItemKind.NEXT_STEP), NO_ACTION_ITEMS)));
    sections.add(
        new Section(
            "Open questions", items(a, List.of(ItemKind.OPEN_QUESTION), NO_OPEN_QUESTIONS)));
    sections.add(new Section("Risks", items(a, List.of(ItemKind.RISK), NO_RISKS)));
    sections.add(new Section("Keywords", keywords(a, keywords)));
    sections.add(new Section("Questions asked", questions(a, questions)));
    sections.add(new Section("Speaker statistics", speakers(a)));
    if (!a.unavailableMetrics().isEmpty()) {
      sections.add(new Section("Not available for this language", unavailable(a)));
    }
    return sections;
  }

  static Text unavailable(ConversationAnalysis a) {
    return Text.of(
        "The transcript's language ("
            + a.media().language().orElse("unknown")
            + ") has no lexicons, so these metrics and sections are not computed: "
            + String.join(", ", a.unavailableMetrics())
            + ". Every language-independent metric is reported.");
  }

  private static Grid facts(Map<String, JsonValue> m) {
    return new Grid(
        3,
        List.of(
            new Card(Icons.CLOCK, "Talk time", MetricText.duration(m, "talk_time_seconds")),
            new Card(Icons.PIE_CHART, "Share of speech", MetricText.percent(m, "talk_share")),
            new Card(Icons.GAUGE, "Words per minute", MetricText.plain(m, "words_per_minute")),
            new Card(Icons.REPEAT, "Turns", MetricText.plain(m, "turn_count")),
            new Card(Icons.HELP_CIRCLE, "Questions", MetricText.plain(m, "question_count")),
            new Card(
                Icons.MIC,
                "Longest monologue",
                MetricText.duration(m, "longest_monologue_seconds")),
            new Card(Icons.HOURGLASS, "Call length", MetricText.duration(m, "duration_seconds")),
            new Card(Icons.USERS, "Participants", MetricText.plain(m, "participant_count")),
            new Card(Icons.BOOK, "Chapters", MetricText.plain(m, "chapter_count"))));
  }

  private static Grid participants(ConversationAnalysis a) {
    List<Card> cards =
        a.speakers().stream()
            .map(
                p ->
                    new Card(
                        Icons.USER,
                        a.name(p.entityId()),
                        Durations.spoken(p.talkSeconds()) + " · " + Decimals.percent(p.share())))
            .toList();
    return new Grid(cards.size() <= 2 ? 2 : 3, cards);
  }

  private static SectionContent chapters(ConversationAnalysis a) {
    List<Text> blocks = new ArrayList<>();
    for (Chapter c : a.chapters()) {
      String range =
          Durations.timestamp(c.startSeconds()) + "–" + Durations.timestamp(c.endSeconds());
      String label = c.label().isEmpty() ? "" : " (" + String.join(", ", c.label()) + ")";
      blocks.add(Citations.quote(a, c.opening(), "chapter " + range + label));
    }
    return Citations.list(blocks, "No chapters.");
  }

  static SectionContent items(ConversationAnalysis a, List<ItemKind> kinds, String none) {
    if (a.items().isEmpty()) {
      return unavailable(a);
    }
    List<Text> blocks = new ArrayList<>();
    for (Item i : a.items().get()) {
      if (kinds.contains(i.kind())) {
        blocks.add(Citations.quote(a, i.quote(), describe(a, i)));
      }
    }
    return Citations.list(blocks, none);
  }

  static String describe(ConversationAnalysis a, Item i) {
    if (!i.isStep()) {
      String why = i.learned().map(Learned::label).orElse(i.rule().replace('_', ' '));
      return i.kind().wireName().replace('_', ' ') + " (" + why + ")";
    }
    return i.kind().wireName().replace('_', ' ')
        + ", owner "
        + i.ownerId().map(a::name).orElse("not named")
        + i.due().map(d -> ", due \"" + d + "\"").orElse("")
        + (i.committed() ? ", committed" : ", tentative")
        + i.learned().map(l -> " (" + l.label() + ")").orElse("");
  }

  private static Text keywords(ConversationAnalysis a, int limit) {
    List<Keyword> keywords = a.keywords(limit);
    if (keywords.isEmpty()) {
      return Text.of("No keywords.");
    }
    return Text.of(keywords.stream().map(Keyword::term).collect(Collectors.joining(", ")));
  }

  private static SectionContent questions(ConversationAnalysis a, int limit) {
    List<Excerpt> all = a.questions().questions();
    List<Text> shown = all.stream().limit(limit).map(e -> Citations.quote(a, e)).toList();
    if (shown.size() == all.size()) {
      return Citations.list(shown, "No questions.");
    }
    List<Block> blocks = new ArrayList<>(shown);
    blocks.add(Text.of("Showing the first " + shown.size() + " of " + all.size() + "."));
    return new SectionContent.Blocks(blocks);
  }

  private static Grid speakers(ConversationAnalysis a) {
    List<Card> cards =
        a.speakers().stream()
            .map(
                p ->
                    new Card(
                        Icons.ACTIVITY,
                        a.name(p.entityId()),
                        p.words()
                            + " words · "
                            + p.turns()
                            + " turns · "
                            + Decimals.round(p.wordsPerMinute(), 0).toPlainString()
                            + " wpm"))
            .toList();
    return new Grid(cards.size() <= 2 ? 2 : 3, cards);
  }
}
