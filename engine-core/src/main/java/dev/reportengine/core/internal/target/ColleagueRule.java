package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** A welcome or thanks for joining: says nothing of whose side the person is on. */
  private static final Pattern WELCOME =
      Pattern.compile("(?i)\\b(?:thanks?|thank you)\\b[^.?!]{0,20}\\bfor joining\\b|\\bwelcome\\b");

  /**
   * A sentence that ties {@code name} (folded) to its speaker's side: "I've brought Jules (with
   * me)", "my colleague Callum", "Priya here with me", "Marcus Dunne, our head of rugby
   * performance", "Saoirse's going to join as well".
   */
  private static Pattern along(String name) {
    String n = Pattern.quote(name);
    return Pattern.compile(
        "\\b(?:brought (?:along )?"
            + n
            + "\\b|(?:my|our) colleagues? "
            + n
            + "\\b|"
            + n
            + "\\b(?: [a-z-]+)?,? (?:(?:here|along|too) )?with me\\b|"
            + n
            + "\\b(?: [a-z-]+)?, (?:our|my) (?:[a-z-]+ ){0,4}?(?:manager|director|head|lead|leader"
            + "|engineer|coordinator|officer|partner|specialist|consultant|analyst|supervisor"
            + "|administrator|executive|assistant|founder|owner|buyer|planner)\\b|"
            + n
            + "\\b(?: [a-z-]+)?(?:'s| is| will|'ll)? (?:going to |gonna |hoping to |might |also )?join"
            + "(?:ing)? (?:us|as well|too|later|in a (?:bit|minute|few))\\b)");
  }

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    Matcher m = COLLEAGUE_OF.matcher(hint.original());
    if (!m.find()) {
      return RuleResult.none();
    }
    List<Entity> ofAll = conversation.speakersNamed(m.group(1));
    if (ofAll.size() != 1) {
      return RuleResult.none(); // nobody, or two speakers of the name
    }
    Entity of = ofAll.get(0);
    String ofId = of.id();
    Pattern ofAlong = along(Tokens.fold(m.group(1).split("\\s+")[0]));
    Map<String, Pattern> others = new LinkedHashMap<>(); // each other speaker's along(), once
    for (Entity e : conversation.people()) {
      List<String> name = HintConversation.nameWords(e);
      if (!e.id().equals(ofId) && !name.isEmpty()) {
        others.put(e.id(), along(name.get(0)));
      }
    }
    Map<String, Turn> named = new LinkedHashMap<>();
    for (Turn t : conversation.personTurns()) {
      boolean byThem = t.speaker().id().equals(ofId);
      for (String sentence : Sentences.split(t.utterance().text())) {
        String folded = Tokens.fold(sentence).replace('’', '\'');
        if (WELCOME.matcher(folded).find()) {
          continue;
        }
        if (byThem) {
          for (Map.Entry<String, Pattern> other : others.entrySet()) {
            if (other.getValue().matcher(folded).find()) {
              named.putIfAbsent(other.getKey(), t); // "I've brought Jules with me"
            }
          }
        } else if (ofAlong.matcher(folded).find()) {
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
                            "is named as one of " + HintConversation.describe(of) + "'s side")))));
  }
}
