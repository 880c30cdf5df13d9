package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule (d2), after the role rule found nobody: a hint that names an organisation ("Lumenary", "the
 * person from Pellham Home") means the speaker who speaks of it as their own: in a sentence with
 * "I", "we" or "our" ("I've been an analyst at Pellham Home", "at Pellham we had ...", "let me show
 * you Lumenary Dispatch"), and not as something they buy, use, compare or leave ("we got a quote
 * from Pathwise", "we use Relay", "switching from Relay"). The organisation is the hint's
 * capitalised words that are no speaker's name; its first word must be said in the call. Each such
 * sentence counts one for its speaker; the score is {@link #SCORE} times the speaker's share of
 * them. A bare name is taken for an organisation only when the call puts it after "at", "of" or
 * "join"; a hint that says "from" or "at" it is one.
 */
final class OrganisationRule implements HintRule {

  static final double SCORE = 0.75;

  private static final Set<String> FIRST_PERSON =
      Set.of("i", "im", "ive", "id", "ill", "me", "my", "we", "weve", "our", "us");

  /** Words before a name that make it something the speaker buys, uses, compares or leaves. */
  private static final Set<String> NOT_OWN =
      Set.of(
          "from",
          "with",
          "to",
          "than",
          "use",
          "using",
          "used",
          "uses",
          "pay",
          "paying",
          "paid",
          "switch",
          "switching",
          "replace",
          "replacing",
          "vs",
          "versus",
          "against",
          "like",
          "about",
          "on",
          "into",
          "call",
          "called",
          "try",
          "tried",
          "trying",
          "evaluate",
          "evaluating",
          "considering",
          "by",
          "over",
          "your");

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    List<String> organisation = organisation(hint, conversation);
    if (organisation.isEmpty()
        || !(FROM.matcher(hint.original()).find() || isOrganisation(organisation, conversation))) {
      return RuleResult.none();
    }
    Pattern said =
        Pattern.compile("(?<![\\p{L}'])" + Pattern.quote(organisation.get(0)) + "(?![\\p{L}])");
    Map<String, List<Turn>> own = new LinkedHashMap<>();
    Map<String, Entity> who = new LinkedHashMap<>();
    int total = 0;
    for (Turn t : conversation.personTurns()) {
      for (String sentence : t.utterance().text().split("(?<=[.!?])\\s+")) {
        Matcher m = said.matcher(sentence);
        if (m.find() && isOwn(sentence, m.start())) {
          own.computeIfAbsent(t.speaker().id(), k -> new ArrayList<>()).add(t);
          who.put(t.speaker().id(), t.speaker());
          total++;
        }
      }
    }
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, List<Turn>> e : own.entrySet()) {
      List<Turn> turns = e.getValue();
      scored.add(
          new Scored(
              who.get(e.getKey()),
              SCORE * turns.size() / total,
              "organisation",
              List.of(
                  turns
                      .get(0)
                      .evidence(
                          "speaks of "
                              + String.join(" ", organisation)
                              + " as their own in "
                              + turns.size()
                              + " of "
                              + total
                              + " sentence(s)"))));
    }
    return RuleResult.of(scored);
  }

  /** "the person from Pellham Home", "the guy at Brixbee": the hint says it is a place. */
  private static final Pattern FROM = Pattern.compile("\\b(?i:from|at|with)\\s+\\p{Lu}");

  /**
   * Whether the call speaks of the name as a place, not a person: after "at", "of" (not "in front
   * of", "on behalf of", ...) or "join" ("an analyst at Pellham Home", "a short piece of Lumenary
   * Dispatch").
   */
  private static boolean isOrganisation(List<String> organisation, HintConversation conversation) {
    Pattern place =
        Pattern.compile(
            "\\b(?:(?i:at|join|joined|joining)|(?<!(?i:front|behalf|charge|care|ahead) )(?i:of))\\s+"
                + Pattern.quote(organisation.get(0))
                + "\\b");
    return conversation.turns().stream().anyMatch(t -> place.matcher(t.utterance().text()).find());
  }

  /** The hint's capitalised words that are no speaker's name, as typed; empty when none. */
  private static List<String> organisation(HintText hint, HintConversation conversation) {
    List<String> words = new ArrayList<>();
    for (String word : hint.original().split("[^\\p{L}\\p{N}'-]+")) {
      if (word.length() > 1
          && Character.isUpperCase(word.codePointAt(0))
          && !HintText.isStopWord(HintText.fold(word))
          && !isSpeakerName(HintText.fold(word), conversation)) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean isSpeakerName(String word, HintConversation conversation) {
    for (Entity e : conversation.people()) {
      if (HintText.of(e.displayName()).words().contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A first-person sentence whose word before the name does not make it someone else's. */
  private static boolean isOwn(String sentence, int at) {
    List<String> words = HintText.split(HintText.fold(sentence).replace("'", ""));
    if (words.stream().noneMatch(FIRST_PERSON::contains)) {
      return false;
    }
    List<String> before = HintText.split(HintText.fold(sentence.substring(0, at)).replace("'", ""));
    return before.isEmpty() || !NOT_OWN.contains(before.get(before.size() - 1));
  }
}
