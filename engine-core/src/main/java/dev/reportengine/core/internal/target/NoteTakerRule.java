package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Sentences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who takes the minutes or the notes ("the minute-taker", "the person taking the minutes", "whoever
 * took the notes"): each sentence that says so is a vote. Their own ("myself, taking the minutes",
 * "I'll take the notes tonight", "I've got the minutes open", "I'll send everyone the notes
 * tomorrow"), a reply to being asked ("Minuted.", "So minuted.", "Noted." after a request), and a
 * request or statement that names them ("Jo, minute that as agreed", "Marj, can you put that in the
 * minutes?", "Aga does the minutes"). The one with the most votes scores {@link #SCORE}; a tie or
 * no vote is nobody. "The secretary" is not read here: a secretary is often a post held by someone
 * absent.
 */
final class NoteTakerRule implements HintRule {

  static final double SCORE = 0.8;

  private static final Pattern HINT =
      Pattern.compile(
          "(?i)\\b(?:minute[- ]?taker|note[- ]?taker|minutes secretary|(?:taking|took|takes|take"
              + "|doing|does|did|writing|wrote|writes|keeping|kept|keeps) (?:the )?(?:minutes|notes))\\b");

  /**
   * A first-person sentence that says its speaker takes, writes or sends the minutes ("I'll take
   * the notes tonight", "I'll send everyone the notes", "I'll have the minutes out by Sunday"), not
   * one that reads them ("I'll have a look at the minutes from March").
   */
  private static final Pattern OWN =
      Pattern.compile(
          "(?i)\\b(?:i'll|i will|i'm|i am|i can|i'll be|i'm going to|myself,?)\\s+(?:[\\w']+,?\\s+){0,2}?"
              + "(?:take|taking|do|doing|write|writing|keep|keeping|type|typing|send|sending"
              + "|circulate|circulating)\\s+(?:(?:everyone|everybody|round|out|up|you|them)\\s+){0,2}"
              + "the (?:minutes|notes)\\b|\\b(?:i'll|i will) (?:have|get) the (?:minutes|notes) (?:out"
              + "|round|ready|typed|written up|done)\\b|\\bi've got the (?:minutes|notes) (?:open|up)\\b");

  /** A reply that takes a request to minute something. */
  private static final Pattern TAKEN =
      Pattern.compile(
          "(?i)^(?:(?:yes|yep|okay|ok|right|done)[,.!]? )?(?:so )?(?:minuted|noted)\\b");

  /** A request to minute, addressed by name at its start: "Jo, minute that". */
  private static final Pattern ASKED =
      Pattern.compile(
          "(?:^|, )(?:(?:and|so|okay|right),? )?(\\p{Lu}[\\p{L}'-]+),? (?:(?:can|could|would|will) you"
              + " )?(?:please )?(?:minute (?:that|it|this)|put (?:that|it|this) in the (?:minutes|notes)"
              + "|take the (?:minutes|notes)|note (?:that|it|this) down)\\b");

  /** A third-person statement: "Aga does the minutes", "Hugh's taking the notes". */
  private static final Pattern THIRD =
      Pattern.compile(
          "\\b(\\p{Lu}[\\p{L}'-]+)(?:'s|’s| is| does| will do| takes)(?: taking| doing)? the"
              + " (?:minutes|notes)\\b");

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    if (!HINT.matcher(hint.original()).find()) {
      return RuleResult.none();
    }
    Map<String, List<Turn>> votes = new LinkedHashMap<>();
    Map<String, Entity> who = new LinkedHashMap<>();
    List<Turn> turns = conversation.personTurns();
    for (int i = 0; i < turns.size(); i++) {
      Turn t = turns.get(i);
      for (String sentence : Sentences.split(t.utterance().text())) {
        String s = sentence.strip().replace('’', '\'');
        if (OWN.matcher(s).find()) {
          vote(votes, who, t.speaker(), t);
        }
        Matcher asked = ASKED.matcher(s);
        if (asked.find()) {
          named(conversation, asked.group(1), t).ifPresent(e -> vote(votes, who, e, t));
        }
        Matcher third = THIRD.matcher(s);
        while (third.find()) {
          named(conversation, third.group(1), t).ifPresent(e -> vote(votes, who, e, t));
        }
      }
      if (i > 0
          && TAKEN.matcher(t.utterance().text().strip().replace('’', '\'')).find()
          && asksToMinute(turns.get(i - 1).utterance().text())) {
        vote(votes, who, t.speaker(), t);
      }
    }
    int most = votes.values().stream().mapToInt(List::size).max().orElse(0);
    List<String> leaders =
        votes.entrySet().stream()
            .filter(e -> e.getValue().size() == most)
            .map(Map.Entry::getKey)
            .toList();
    if (leaders.size() != 1) {
      return RuleResult.none();
    }
    String id = leaders.get(0);
    Turn first = votes.get(id).get(0);
    return RuleResult.of(
        List.of(
            new Scored(
                who.get(id),
                SCORE,
                "note_taker",
                List.of(
                    first.evidence(
                        "takes the minutes or notes in " + most + " sentence(s) that say so")))));
  }

  /**
   * A request to minute something, as an imperative at a clause's start or after "can you" or
   * "please" ("Jo, minute that", "can you put it in the minutes", "note that down"), not "Please
   * note that the AGM moves" nor "Every minute it's down".
   */
  private static final Pattern MINUTE_REQUEST =
      Pattern.compile(
          "(?i)(?:^|[,.;:]\\s+|\\b(?:can|could|would|will) you (?:please )?|\\bplease )(?:minute"
              + " (?:that|it|this)\\b(?! (?:is|'s|was|costs?)\\b)|note (?:that|it|this) down\\b|put"
              + " (?:that|it|this) in the (?:minutes|notes)\\b)");

  private static boolean asksToMinute(String text) {
    return MINUTE_REQUEST.matcher(text).find();
  }

  /** The speaker a name said in {@code t} is, not {@code t}'s own speaker. */
  private static Optional<Entity> named(HintConversation c, String name, Turn t) {
    return c.speakerNamed(name).filter(e -> !e.id().equals(t.speaker().id()));
  }

  private static void vote(
      Map<String, List<Turn>> votes, Map<String, Entity> who, Entity e, Turn t) {
    votes.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(t);
    who.put(e.id(), e);
  }
}
