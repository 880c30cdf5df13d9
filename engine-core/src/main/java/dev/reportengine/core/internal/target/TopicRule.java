package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Bm25;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule (g): topic words. Each person's turns together form one document (without the sentences that
 * address or describe someone named, whose words are about that person; a sentence that addresses
 * the next speaker by name counts for them instead); the hint's content words (stemmed alike) are
 * the query; documents are ranked with {@link Bm25}. A person scores 0.8 times their BM25 score
 * over the sum of the top two, so the top needs clearly more than the runner-up. The evidence
 * quotes the person's turn with the most distinct query terms (earliest on ties). A hint that reads
 * as a name ({@link HintText#isProperName()}) is not a topic: a person who is only talked about
 * must not be found as the one who talks about them.
 */
final class TopicRule implements HintRule {

  static final double FULL = 0.8;

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    List<String> query = terms(hint);
    if (query.isEmpty() || hint.isProperName()) {
      return RuleResult.none();
    }
    List<Entity> people = conversation.people();
    boolean asked = ASKED.matcher(Tokens.fold(hint.original())).find();
    List<Credit> credits = credits(conversation, asked);
    java.util.Map<String, List<String>> byPerson = new java.util.HashMap<>();
    for (Credit c : credits) {
      byPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>()).addAll(c.terms());
    }
    List<List<String>> documents = new ArrayList<>();
    for (Entity e : people) {
      documents.add(byPerson.getOrDefault(e.id(), List.of()));
    }
    Bm25 bm25 = new Bm25(documents);
    double[] raw = new double[people.size()];
    for (int i = 0; i < people.size(); i++) {
      raw[i] = bm25.score(i, query);
    }
    double[] sorted = raw.clone();
    Arrays.sort(sorted);
    double topTwo =
        sorted.length == 0
            ? 0
            : sorted[sorted.length - 1] + (sorted.length > 1 ? sorted[sorted.length - 2] : 0);
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      if (raw[i] > 0) {
        Turn best = bestTurn(people.get(i), query, credits);
        String description =
            String.format(
                Locale.ROOT,
                "BM25 %.2f for the words [%s] over their turns and what is asked of them by name",
                raw[i],
                String.join(" ", query));
        scored.add(
            new Scored(
                people.get(i),
                Math.min(1, FULL * raw[i] / topTwo),
                "topic_bm25",
                List.of(best.evidence(description))));
      }
    }
    return RuleResult.of(scored);
  }

  /**
   * Terms a turn gives a person: its speaker's own (only its questions for a hint about what
   * someone asked), or, for a sentence that addresses the next speaker by name, that speaker's.
   */
  private record Credit(Turn turn, String personId, List<String> terms) {}

  /** Every credit of the conversation, in turn order; each turn's sentences are read once. */
  private static List<Credit> credits(HintConversation conversation, boolean asked) {
    List<Credit> out = new ArrayList<>();
    for (Turn t : conversation.personTurns()) {
      out.add(new Credit(t, t.speaker().id(), asked ? questionTerms(t) : ownTerms(t)));
      if (asked) {
        continue;
      }
      List<String> addressed = addressedTerms(t);
      if (!addressed.isEmpty()) {
        conversation
            .nextSpeaker(t)
            .ifPresent(n -> out.add(new Credit(t, n.speaker().id(), addressed)));
      }
    }
    return out;
  }

  private static Turn bestTurn(Entity who, List<String> query, List<Credit> credits) {
    Set<String> wanted = new HashSet<>(query);
    Turn best = null;
    long bestDistinct = -1;
    long bestCount = -1;
    for (Credit c : credits) {
      if (!c.personId().equals(who.id())) {
        continue;
      }
      long distinct = c.terms().stream().filter(wanted::contains).distinct().count();
      long count = c.terms().stream().filter(wanted::contains).count();
      if (distinct > bestDistinct || distinct == bestDistinct && count > bestCount) {
        best = c.turn();
        bestDistinct = distinct;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * "whoever asked about the API": a hint about what someone asked, so only questions (and requests
   * such as "Walk me through ...") count.
   */
  private static final java.util.regex.Pattern ASKED =
      java.util.regex.Pattern.compile(
          "\\b(asked|asks|asking) (about|for|whether|if|how|what|why)\\b");

  /**
   * A request said as a statement, as interviewers ask most of their questions: "Walk me through
   * how you control food cost.", "And tell me about a time you disagreed with a consultant."
   */
  private static final java.util.regex.Pattern REQUEST =
      java.util.regex.Pattern.compile(
          "^(?i:(?:(?:and|so|okay|ok|right|now|then|finally|lastly),?\\s++)*+"
              + "(?:tell (?:me|us)|(?:walk|talk|take) (?:me|us)|describe|give (?:me|us) an? example"
              + "|explain)\\b)");

  /** The terms of the questions of a turn, those said as requests included. */
  static List<String> questionTerms(Turn t) {
    List<String> out = new ArrayList<>();
    for (String sentence : Sentences.split(t.utterance().text())) {
      if (Sentences.isQuestion(sentence) || REQUEST.matcher(sentence).find()) {
        out.addAll(terms(HintText.of(sentence)));
      }
    }
    return out;
  }

  /**
   * A sentence about someone named rather than about the speaker: it addresses them ("Felix, do you
   * want to start with backend?", "how's infrastructure looking, Kofi?") or describes them in
   * apposition ("Ilse, our solutions engineer, did the mapping", "this is Ines, our controller").
   */
  private static final java.util.regex.Pattern ABOUT_ANOTHER =
      java.util.regex.Pattern.compile(
          "^(?:(?:so|and|okay|ok|right|great|thanks|over to you|now)[,\\s]+)?\\p{Lu}[\\p{L}'-]+,"
              + "|,\\s*\\p{Lu}[\\p{L}'-]+\\s*[?.!]*$"
              + "|\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?,\\s+(?:our|my|your|their|the)\\s+\\p{L}");

  /** "Ilse, our solutions engineer, ...": a name described, not addressed. */
  private static final java.util.regex.Pattern APPOSITION =
      java.util.regex.Pattern.compile("\\s*(?:our|my|your|their|his|her|the)\\s");

  /** Words that start a sentence capitalized without being a name. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "Yes",
          "Yeah",
          "No",
          "Okay",
          "Ok",
          "So",
          "Right",
          "Well",
          "Sure",
          "Great",
          "Thanks",
          "Hi",
          "Hello",
          "Hey",
          "Sorry",
          "Oh",
          "Um",
          "Uh",
          "Honestly",
          "Actually",
          "Also",
          "And",
          "But",
          "Then",
          "Now",
          "Look",
          "Listen",
          "Fine",
          "Good",
          "Perfect",
          "Anyway",
          "Basically");

  /**
   * The terms of a turn in the speaker's own words: sentences that address or describe someone
   * named are left out, since their words are about that person (the role a chair names when
   * handing over belongs to the one handed to).
   */
  static List<String> ownTerms(Turn t) {
    return sentenceTerms(t, false);
  }

  /**
   * The terms of a turn's sentences that address the next speaker by name ("Kofi, how's
   * infrastructure looking?", "Tomasz, over to you for engineering."): their words are about the
   * one who answers.
   */
  static List<String> addressedTerms(Turn t) {
    return sentenceTerms(t, true);
  }

  private static List<String> sentenceTerms(Turn t, boolean addressed) {
    List<String> out = new ArrayList<>();
    for (String sentence : Sentences.split(t.utterance().text())) {
      java.util.regex.Matcher m = ABOUT_ANOTHER.matcher(sentence);
      boolean about = false;
      boolean calls = false;
      boolean describes = false;
      while (m.find()) {
        String name =
            m.group()
                .replaceAll(
                    "^\\W*(?:(?i:so|and|okay|ok|right|great|thanks|over to you|now)[,\\s]+)?", "")
                .replaceAll("[^\\p{L}'-].*$", "");
        if (name.isEmpty() || NOT_NAMES.contains(name)) {
          continue;
        }
        about = true;
        boolean apposition =
            m.group().matches("(?s).*,\\s+(?:our|my|your|their|his|her|the)\\s+\\p{L}$")
                || APPOSITION
                    .matcher(sentence.substring(Math.min(m.end(), sentence.length())))
                    .lookingAt();
        describes |= apposition;
        calls |= !apposition && (m.start() == 0 || m.end() == sentence.length());
      }
      // "Noor, this is Ines Oyelaran, our controller." calls Noor but describes Ines: its words
      // belong to neither the speaker nor the one called.
      boolean vocative = calls && !describes;
      if (addressed ? vocative : !about) {
        out.addAll(terms(HintText.of(sentence)));
      }
    }
    return out;
  }

  private static List<String> terms(HintText text) {
    return text.contentWords().stream().filter(HintText::hasLetter).map(HintText::stem).toList();
  }
}
