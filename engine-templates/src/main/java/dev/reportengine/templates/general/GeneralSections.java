package dev.reportengine.templates.general;

import dev.reportengine.api.Block;
import dev.reportengine.api.Block.Card;
import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Keyword;
import dev.reportengine.templates.analysis.SpeakerStats;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Lays out the general report's sections. */
final class GeneralSections {

  private GeneralSections() {}

  static List<Section> of(GeneralAnalysis a) {
    return List.of(
        new Section("At a glance", atAGlance(a)),
        new Section("Participants", participants(a)),
        new Section("Keywords", keywords(a)),
        new Section("Questions asked", questions(a)),
        new Section("Notable quotes", excerpts(a.quotes(), "No quotes.")));
  }

  private static Grid atAGlance(GeneralAnalysis a) {
    SpeakerStats s = a.target();
    return new Grid(
        3,
        List.of(
            new Card("clock", "Talk time", Durations.spoken(s.talkSeconds())),
            new Card("pie-chart", "Share of speech", Decimals.percent(s.share())),
            new Card(
                "gauge", "Words per minute", Decimals.round(s.wordsPerMinute(), 0).toPlainString()),
            new Card("repeat", "Turns", Integer.toString(s.turns())),
            new Card("help-circle", "Questions", Integer.toString(a.questions().size())),
            new Card("type", "Words", Integer.toString(s.words()))));
  }

  private static Grid participants(GeneralAnalysis a) {
    List<Card> cards =
        a.participants().stream()
            .map(
                p ->
                    new Card(
                        "user",
                        p.name(),
                        Durations.spoken(p.stats().talkSeconds())
                            + " \u00b7 "
                            + Decimals.percent(p.stats().share())))
            .toList();
    return new Grid(cards.size() <= 2 ? 2 : 3, cards);
  }

  private static Text keywords(GeneralAnalysis a) {
    if (a.keywords().isEmpty()) {
      return Text.of("No keywords.");
    }
    return Text.of(a.keywords().stream().map(Keyword::term).collect(Collectors.joining(", ")));
  }

  private static SectionContent questions(GeneralAnalysis a) {
    List<Excerpt> shown = a.questions().stream().limit(a.questionLimit()).toList();
    SectionContent content = excerpts(shown, "No questions.");
    if (shown.size() == a.questions().size()) {
      return content;
    }
    List<Block> withNote = new ArrayList<>(((SectionContent.Blocks) content).blocks());
    withNote.add(
        Text.of("Showing the first " + shown.size() + " of " + a.questions().size() + "."));
    return new SectionContent.Blocks(withNote);
  }

  private static SectionContent excerpts(List<Excerpt> excerpts, String none) {
    if (excerpts.isEmpty()) {
      return Text.of(none);
    }
    return new SectionContent.Blocks(
        excerpts.stream()
            .<Block>map(e -> Text.of(Durations.timestamp(e.startSeconds()), e.text()))
            .toList());
  }
}
