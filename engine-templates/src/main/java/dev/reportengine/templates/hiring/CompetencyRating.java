package dev.reportengine.templates.hiring;

import dev.reportengine.templates.analysis.Answer;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Lexicon;
import dev.reportengine.templates.analysis.Sentences;
import dev.reportengine.templates.analysis.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A competency rated on its anchors from the candidate's answers.
 *
 * <p>An answer is on topic when it, or the question that prompted it, holds one of the competency's
 * keywords. With no answer on topic the competency is "not observed". Otherwise the rating is the
 * highest anchor met: an anchor without indicators is met by any on-topic answer, one with
 * indicators when an on-topic answer holds one of them. The quotes are up to three of the
 * candidate's sentences (not questions) from on-topic answers that hold a keyword or an indicator:
 * those holding the rated anchor's indicators first, then those with the most keyword matches, then
 * the earliest. When no sentence holds one (the topic came from the question), each on-topic answer
 * is quoted by its first sentence of five words or more.
 *
 * @param competency the competency
 * @param answers the on-topic answers
 * @param level the highest anchor met; empty when not observed or when no anchor was met
 * @param indicators the rated anchor's indicators found
 * @param keywords the keywords found in the answers and their questions
 * @param quotes the quoted sentences, in time order
 */
record CompetencyRating(
    Competency competency,
    List<Answer> answers,
    Optional<Competency.Anchor> level,
    List<String> indicators,
    List<String> keywords,
    List<Excerpt> quotes) {

  static final int QUOTES = 3;

  /** The fewest words of the sentence that quotes an answer without a matching sentence. */
  static final int LEAD_WORDS = 5;

  static CompetencyRating of(Competency c, List<Answer> all) {
    Lexicon keywords = Lexicon.of(c.keywords());
    List<Answer> onTopic = new ArrayList<>();
    Set<String> foundKeywords = new LinkedHashSet<>();
    for (Answer a : all) {
      List<String> found = new ArrayList<>(keywords.matches(a.words()));
      a.question().ifPresent(q -> found.addAll(keywords.matches(Tokens.words(q.text()))));
      if (!found.isEmpty()) {
        onTopic.add(a);
        foundKeywords.addAll(found);
      }
    }
    Optional<Competency.Anchor> level = Optional.empty();
    List<String> indicators = List.of();
    if (!onTopic.isEmpty()) {
      for (Competency.Anchor anchor : c.anchors()) {
        List<String> hits = indicatorsIn(anchor, onTopic);
        if (anchor.indicators().isEmpty() || !hits.isEmpty()) {
          level = Optional.of(anchor);
          indicators = hits;
        }
      }
    }
    Lexicon shown = Lexicon.of(indicators);
    List<Ranked> matching = new ArrayList<>();
    for (Answer a : onTopic) {
      for (Excerpt e : a.sentences()) {
        if (!Sentences.isQuestion(e.text())) {
          List<String> words = Tokens.words(e.text());
          Ranked r = new Ranked(e, shown.count(words), keywords.count(words));
          if (r.indicators() + r.keywords() > 0) {
            matching.add(r);
          }
        }
      }
    }
    List<Ranked> candidates =
        matching.isEmpty()
            ? onTopic.stream().map(a -> new Ranked(a.turn().lead(LEAD_WORDS), 0, 0)).toList()
            : matching;
    List<Excerpt> quotes =
        candidates.stream()
            .sorted(
                Comparator.comparingInt((Ranked r) -> -r.indicators())
                    .thenComparingInt(r -> -r.keywords())
                    .thenComparingDouble(r -> r.sentence().startSeconds()))
            .limit(QUOTES)
            .map(Ranked::sentence)
            .sorted(Comparator.comparingDouble(Excerpt::startSeconds))
            .toList();
    return new CompetencyRating(c, onTopic, level, indicators, List.copyOf(foundKeywords), quotes);
  }

  /** A candidate quote with its indicator and keyword matches. */
  private record Ranked(Excerpt sentence, int indicators, int keywords) {}

  private static List<String> indicatorsIn(Competency.Anchor anchor, List<Answer> answers) {
    Lexicon lexicon = Lexicon.of(anchor.indicators());
    Set<String> found = new LinkedHashSet<>();
    for (Answer a : answers) {
      found.addAll(lexicon.matches(a.words()));
    }
    return List.copyOf(found);
  }

  boolean observed() {
    return !answers.isEmpty();
  }

  /** The rating for people: {@code level 2 of 3: Explains how...} or {@code not observed}. */
  String verdict() {
    if (!observed()) {
      return "not observed";
    }
    int top =
        competency.anchors().isEmpty()
            ? 0
            : competency.anchors().get(competency.anchors().size() - 1).level();
    return level
        .map(a -> "level " + a.level() + " of " + top + ": " + a.label())
        .orElse("on topic, but no anchor met");
  }
}
