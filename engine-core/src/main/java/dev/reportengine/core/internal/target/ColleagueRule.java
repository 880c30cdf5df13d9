package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker's colleague ("Marta's colleague", "Siân's colleague who joined late"): the one other
 * speaker whom that speaker brings along or names as one of theirs ("I've brought Jules with me
 * today", "Marcus Dunne, our head of rugby performance, is going to join us", "I've got my
 * colleague Callum with me"), or who says so of them. Scores {@link #SCORE}; nobody when the hint's
 * speaker names no one so, or names more than one.
 */
final class ColleagueRule implements HintRule {

  static final double SCORE = 0.8;

  private static final Pattern COLLEAGUE_OF =
      Pattern.compile(
          "^\\s*(\\p{L}[\\p{L}-]+(?:\\s+\\p{L}[\\p{L}-]+)?)['’]s\\s+(?:colleague|co-worker|coworker"
              + "|teammate|workmate|fellow interviewer|fellow panellist|fellow panelist)\\b");

  /**
   * What makes a sentence that names someone say they are on the speaker's side: bringing them,
   * having them along, their joining, or their post said as "our" or "my colleague".
   */
  private static final Pattern ALONG =
      Pattern.compile(
          "(?i)\\b(?:my colleagues?|our colleagues?|with me|brought|join(?:ing)? (?:us|as well|too"
              + "|later|in a (?:bit|minute|few))|(?:going to|gonna|will|'ll|might) join\\b|our"
              + " (?:[a-z-]+ ){0,4}(?:manager|director|head|lead|leader|engineer|coordinator|officer"
              + "|partner|specialist|consultant|analyst|supervisor|administrator|executive|assistant"
              + "|founder|owner|buyer|planner))\\b");

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    Matcher m = COLLEAGUE_OF.matcher(hint.original());
    if (!m.find()) {
      return RuleResult.none();
    }
    Optional<Entity> of = conversation.speakerNamed(m.group(1));
    if (of.isEmpty()) {
      return RuleResult.none();
    }
    String ofId = of.get().id();
    String ofFirst = HintConversation.nameWords(of.get()).get(0);
    Map<String, Turn> named = new LinkedHashMap<>();
    for (Turn t : conversation.personTurns()) {
      boolean byThem = t.speaker().id().equals(ofId);
      for (String sentence : Sentences.split(t.utterance().text())) {
        if (!ALONG.matcher(sentence).find()) {
          continue;
        }
        List<String> words = Tokens.split(Tokens.fold(sentence));
        if (byThem) {
          for (Entity e : conversation.people()) {
            List<String> name = HintConversation.nameWords(e);
            if (!e.id().equals(ofId) && !name.isEmpty() && words.contains(name.get(0))) {
              named.putIfAbsent(e.id(), t); // "I've brought Jules with me"
            }
          }
        } else if (words.contains(ofFirst)) {
          named.putIfAbsent(t.speaker().id(), t); // "I've got my colleague Marta with me"
        }
      }
    }
    if (named.size() != 1) {
      return RuleResult.none();
    }
    Map.Entry<String, Turn> only = named.entrySet().iterator().next();
    Entity colleague =
        only.getValue().speaker().id().equals(only.getKey())
            ? only.getValue().speaker()
            : conversation.people().stream()
                .filter(e -> e.id().equals(only.getKey()))
                .findFirst()
                .orElseThrow();
    return RuleResult.of(
        List.of(
            new Scored(
                colleague,
                SCORE,
                "colleague",
                List.of(
                    only.getValue()
                        .evidence(
                            "is named as one of "
                                + HintConversation.describe(of.get())
                                + "'s side")))));
  }
}
