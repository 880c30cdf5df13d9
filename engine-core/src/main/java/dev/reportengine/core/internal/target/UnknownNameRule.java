package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule (b2), before the address rule: a hint that gives a first name and where the person belongs
 * ("Lena from Tidewater", "Jess in marketing") misses when that name is no speaker's and every
 * speaker's name is known (each label holds a name, not only "Speaker 2"), so that no later rule
 * resolves it to whoever spoke of the place.
 */
final class UnknownNameRule implements HintRule {

  private static final Pattern NAME_FROM =
      Pattern.compile("^(\\p{Lu}[\\p{L}'-]+)\\s+(?i:from|in|at|on)\\s+\\S");

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    Matcher m = NAME_FROM.matcher(hint.original().strip());
    if (!m.find()
        || HintText.isStopWord(Tokens.fold(m.group(1)))
        || conversation.isSpeakerName(m.group(1))
        || conversation.isSpeakerCompany(m.group(1))
        || !conversation.people().stream().allMatch(UnknownNameRule::hasName)) {
      return RuleResult.none();
    }
    return RuleResult.conclusive(
        List.of(),
        "no speaker is called "
            + m.group(1)
            + ", and every speaker's name is known: "
            + conversation.people().stream()
                .map(HintConversation::describe)
                .collect(Collectors.joining(", ")));
  }

  /** Whether a speaker's label holds a name, not only "Speaker", letters or digits. */
  private static boolean hasName(Entity e) {
    return e.label()
        .map(
            l ->
                HintText.of(l).words().stream()
                    .anyMatch(
                        w ->
                            w.length() > 1
                                && w.chars().allMatch(Character::isLetter)
                                && !HintText.isStopWord(w)
                                && !w.equals("speaker")))
        .orElse(false);
  }
}
