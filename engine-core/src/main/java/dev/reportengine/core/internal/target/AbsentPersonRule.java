package dev.reportengine.core.internal.target;

import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule (c2), after name, self-introduction and address found nobody: a hint that names a person who
 * is only talked about ("Yusuf from legal" when "Yusuf in legal will need to review it" is all the
 * call says of him) ends the cascade with a miss, so that no later rule resolves it to whoever
 * talked about that name. A capitalised word of the hint is such a name when it is no speaker's
 * label and the call speaks of it as a person: followed by "in legal", "from finance", "will need",
 * "said", "is leaving", "'s going to", ", who", ", our CFO", ... or after "talk to", "ask", "told",
 * "loop in", ..., or a post and a comma ("under the centre manager, Bryony"). A hint that gives a
 * name and a post ("Gideon the conservator") names a person by that name: when no speaker has it
 * and the call says it, the person is absent.
 */
final class AbsentPersonRule implements HintRule {

  private static final String AFTER =
      "\\s+(?:from|in) (?:the )?\\p{Ll}+\\b|\\s+(?:said|says|told|thinks|wants|mentioned|is leaving"
          + "|usually|will (?:need|have|be|sign|approve|review|send|want)|is going to)\\b|'s\\s+(?:out"
          + "|off|back|leaving|manager|calendar|approval|going to|gonna|bringing|taking|sorting"
          + "|handling)\\b|,\\s+who\\b|,\\s+(?:our|my|their)\\s+\\p{Ll}+";
  private static final String BEFORE =
      "(?:\\b(?i:talk to|talked to|spoke to|speak to|ask|asked|told|tell|cc|loop in|ping|email"
          + "|emailed|chase|chasing|check with|thanks to)\\s+"
          + "|\\b(?i:the|our|my|their|your)\\s+(?:\\p{Ll}+\\s+){0,2}(?:"
          + TopicRule.PERSON_NOUN
          + "),\\s+)";

  /**
   * A hint that picks someone by what they have or did ("the guy with the PetLedger quote", "the
   * one who talked about Kevin", "whoever is chasing CanTech"): a name in it is not the person.
   * "The fleet manager at Pennant Coaches" still names a post someone else holds.
   */
  private static final Pattern DESCRIBES =
      Pattern.compile(
          "^\\s*(?:(?i:the|a|an|whoever|someone|somebody|anyone|one)\\s.*\\b(?i:with|who|whoever|that"
              + "|about|talked|asked|mentioned)\\b|(?i:whoever)\\s)");

  /**
   * A hint that gives a person's name and their post ("Gideon the conservator", "Ned, the
   * irrigation contractor"): the name is the person's, whoever holds the post.
   */
  private static final Pattern NAME_AND_POST =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{L}'-]+)(?:\\s+\\p{Lu}[\\p{L}'-]+)?,?\\s+(?:the|our|their|his|her)\\s+\\p{Ll}");

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    Matcher named = NAME_AND_POST.matcher(hint.original());
    if (named.find()) {
      String name = named.group(1);
      Pattern said = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
      if (!HintText.isStopWord(Tokens.fold(name))
          && !conversation.isSpeakerName(name)
          && !conversation.isSpeakerCompany(name)
          && conversation.turns().stream()
              .anyMatch(t -> said.matcher(t.utterance().text()).find())) {
        return RuleResult.conclusive(
            List.of(),
            "the hint names "
                + name
                + ", whom the call mentions, and no speaker is "
                + name
                + " (no label, introduction or address names anyone so)");
      }
    }
    if (DESCRIBES.matcher(hint.original()).find()) {
      return RuleResult.none(); // "the guy with the PetLedger quote": the name is what he has
    }
    for (String word : hint.original().split("[^\\p{L}'-]+")) {
      if (word.length() < 2
          || !Character.isUpperCase(word.codePointAt(0))
          || HintText.isStopWord(Tokens.fold(word))
          || conversation.isSpeakerName(word)
          || conversation.isSpeakerCompany(word)) {
        continue;
      }
      Pattern person =
          Pattern.compile(
              BEFORE + Pattern.quote(word) + "\\b|\\b" + Pattern.quote(word) + "(?:" + AFTER + ")");
      boolean mentioned =
          conversation.turns().stream().anyMatch(t -> person.matcher(t.utterance().text()).find());
      if (mentioned) {
        return RuleResult.conclusive(
            List.of(),
            word
                + " is talked about in the call as a person but is not one of its speakers (no"
                + " label, introduction or address names anyone "
                + word
                + ")");
      }
    }
    return RuleResult.none();
  }
}
