package dev.reportengine.templates.profile;

import dev.reportengine.templates.analysis.Claims;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.templates.analysis.Lexicon;
import dev.reportengine.text.Bm25;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence for one profile item in the target's sentences.
 *
 * <p>Supporting sentences are those with a BM25 score above 0 for the item's keyword terms that are
 * statements by the target about it (see {@link Support}: a first-person statement, or a sentence
 * whose topic the terms are; never a question, a negated or hypothetical sentence or a mention in
 * passing), best first (ties: earliest). A claim is a supporting sentence that is a stated
 * first-person claim ({@link Claims#isClaim(String, LanguagePack)}). Counter-evidence is a sentence
 * holding one of the anti-keywords. The level: not observed without support; strong with a claim
 * and three or more supporting sentences; moderate with a claim or two or more; limited otherwise;
 * any counter-evidence lowers it one step (limited stays limited).
 *
 * @param item the item
 * @param supporting the supporting sentences, best first
 * @param excluded the sentences holding keyword terms that are not evidence, in time order
 * @param claims the supporting sentences that are first-person claims, in time order
 * @param counter the sentences with anti-keywords, in time order
 * @param matched the keyword terms found, in the order of the item's keywords
 * @param level the resulting level
 */
record ItemEvidence(
    ProfileItem item,
    List<Scored> supporting,
    List<Scored> excluded,
    List<Excerpt> claims,
    List<Excerpt> counter,
    List<String> matched,
    Level level) {

  /**
   * A sentence and its BM25 score.
   *
   * @param sentence the sentence
   * @param score its BM25 score for the item's keywords
   * @param terms the keyword terms in it
   * @param claim whether it is a stated first-person claim
   * @param support how the sentence bears on the item
   */
  record Scored(
      Excerpt sentence, double score, List<String> terms, boolean claim, Support support) {}

  static ItemEvidence of(
      ProfileItem item,
      List<Excerpt> sentences,
      List<List<String>> words,
      List<List<String>> terms,
      Bm25 index,
      Optional<LanguagePack> language) {
    List<String> query = terms(item.keywords());
    List<Scored> supporting = new ArrayList<>();
    List<Scored> excluded = new ArrayList<>();
    Set<String> matched = new LinkedHashSet<>();
    for (int k = 0; k < sentences.size(); k++) {
      double score = index.score(k, query);
      if (score > 0) {
        Excerpt e = sentences.get(k);
        List<String> found = index.matched(k, query);
        Support support = Support.of(e.text(), words.get(k), terms.get(k), query, language);
        boolean claim =
            support.supports() && language.map(l -> Claims.isClaim(e.text(), l)).orElse(false);
        Scored scored = new Scored(e, score, found, claim, support);
        if (support.supports()) {
          matched.addAll(found);
          supporting.add(scored);
        } else {
          excluded.add(scored);
        }
      }
    }
    supporting.sort(
        Comparator.comparingDouble((Scored s) -> -s.score())
            .thenComparingDouble(s -> s.sentence().startSeconds()));
    List<Excerpt> claims =
        supporting.stream()
            .filter(Scored::claim)
            .map(Scored::sentence)
            .sorted(Comparator.comparingDouble(Excerpt::startSeconds))
            .toList();
    Lexicon anti = Lexicon.of(item.antiKeywords());
    List<Excerpt> counter = new ArrayList<>();
    if (anti.size() > 0) {
      for (int k = 0; k < sentences.size(); k++) {
        if (anti.count(words.get(k)) > 0) {
          counter.add(sentences.get(k));
        }
      }
    }
    List<String> ordered = query.stream().filter(matched::contains).distinct().toList();
    return new ItemEvidence(
        item,
        List.copyOf(supporting),
        List.copyOf(excluded),
        claims,
        List.copyOf(counter),
        ordered,
        level(supporting.size(), claims.size(), counter.size()));
  }

  static Level level(int supporting, int claims, int counter) {
    Level base =
        supporting == 0
            ? Level.NOT_OBSERVED
            : claims > 0 && supporting >= 3
                ? Level.STRONG
                : claims > 0 || supporting >= 2 ? Level.MODERATE : Level.LIMITED;
    return counter > 0 ? base.lower() : base;
  }

  /** The index terms of the keywords, in order, without repeats. */
  static List<String> terms(List<String> keywords) {
    Set<String> out = new LinkedHashSet<>();
    keywords.forEach(k -> out.addAll(Tokens.terms(k)));
    return List.copyOf(out);
  }

  boolean observed() {
    return level != Level.NOT_OBSERVED;
  }
}
