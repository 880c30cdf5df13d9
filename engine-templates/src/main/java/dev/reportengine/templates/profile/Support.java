package dev.reportengine.templates.profile;

import dev.reportengine.templates.analysis.Claims;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Stopwords;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one of the target's sentences that holds an item's keyword terms bears on the item. Only a
 * statement by the target counts: a first-person statement ("I ran our Kafka cluster"), or a
 * sentence whose topic the terms are (they make up at least {@link #TOPIC_SHARE} of its content
 * terms: "Kafka was the backbone of the platform"). A question ("How do you handle Kafka?"), a
 * negated or hypothetical first-person sentence ("I've never used Kafka", "I'd love to learn
 * Kafka") and a mention in passing ("The office had shipping containers as meeting rooms") do not.
 */
enum Support {
  FIRST_PERSON("profile.first_person_statement", true),
  TOPICAL("profile.topical_statement", true),
  QUESTION("profile.excluded_question", false),
  NEGATED("profile.excluded_negated", false),
  HYPOTHETICAL("profile.excluded_hypothetical", false),
  INCIDENTAL("profile.excluded_in_passing", false);

  /** The least share of a sentence's content terms that the item's terms must make up. */
  static final double TOPIC_SHARE = 0.25;

  /** First-person subjects and possessives ("me" and "us" are objects, not the subject). */
  private static final Set<String> FIRST_PERSON_WORDS =
      Set.of(
          "i", "i'm", "i've", "i'd", "i'll", "my", "we", "we're", "we've", "we'd", "we'll", "our");

  private static final Stopwords ENGLISH = Stopwords.english();

  private final String rule;
  private final boolean supports;

  Support(String rule, boolean supports) {
    this.rule = rule;
    this.supports = supports;
  }

  /** The rule name in raw output. */
  String rule() {
    return rule;
  }

  /** Whether a sentence of this kind is evidence for the item. */
  boolean supports() {
    return supports;
  }

  /**
   * Classifies a sentence holding some of an item's terms.
   *
   * @param sentence the sentence as said
   * @param words its lowercase words
   * @param terms its index terms
   * @param query the item's index terms
   * @param language the language's lexicons; without them only questions and topical sentences are
   *     told apart
   */
  static Support of(
      String sentence,
      List<String> words,
      List<String> terms,
      List<String> query,
      Optional<LanguagePack> language) {
    if (Sentences.isQuestion(sentence)) {
      return QUESTION;
    }
    if (language.isPresent()) {
      if (Claims.isNegated(sentence)) {
        return NEGATED;
      }
      if (Claims.isHypothetical(sentence)) {
        return HYPOTHETICAL;
      }
      if (words.stream().anyMatch(FIRST_PERSON_WORDS::contains)) {
        return FIRST_PERSON;
      }
    }
    return topicShare(terms, query, language.isPresent()) >= TOPIC_SHARE ? TOPICAL : INCIDENTAL;
  }

  /** The share of the sentence's content terms (stopwords left out) that are query terms. */
  static double topicShare(List<String> terms, List<String> query, boolean english) {
    Stopwords stop = english ? ENGLISH : Stopwords.none();
    List<String> content = terms.stream().filter(t -> !stop.contains(t)).toList();
    if (content.isEmpty()) {
      return 0;
    }
    return content.stream().filter(query::contains).count() / (double) content.size();
  }
}
