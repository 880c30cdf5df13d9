package dev.reportengine.core.internal.target;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ways of saying one is in charge of something ("I look after the fleet", "she manages operations",
 * "who heads up QA"): one list for every hint rule that reads them, so "the person who oversees X"
 * is the same deed in a self-description, a hint and a first-person sentence.
 */
final class InCharge {

  /** The verbs in their base form; a phrasal verb's particle follows its verb. */
  static final List<String> VERBS =
      List.of("run", "lead", "manage", "handle", "oversee", "coordinate", "look after", "head up");

  /**
   * How a hint says being in charge in one word, as the start of a {@link HintText#stem stem}
   * ("manag" of "managing", "manage" and "manager", "oversaw"): read as "run".
   */
  private static final List<String> HINT_STEMS = List.of("manag", "overse", "oversaw");

  /**
   * How a sentence says being in charge, read as "runs". Narrower than {@link #VERBS}, and the
   * hint's "look after" is left as it is: read alike in hint and sentence ("run", "lead", "handle",
   * "coordinate", "look after" on both sides), the development hints lost two more than they
   * gained, because a first-person sentence then credits its speaker with a deed it gives someone
   * else ("I'm Frances, and this is Gideon, who looks after health and safety").
   */
  private static final Pattern SENTENCE =
      Pattern.compile(
          "(?i)\\b(?:look(?:s|ed|ing)? after|head(?:s|ed|ing)? up|in charge of|manag(?:e|es|ed|ing)"
              + "|overs(?:ee|ees|aw|eeing))\\b");

  private InCharge() {}

  /**
   * Whether a description's (folded) words open with an in-charge verb in the present ("look after
   * the fleet", "runs QA").
   */
  static boolean opens(List<String> words) {
    for (String verb : VERBS) {
      String[] parts = verb.split(" ");
      if (words.size() >= parts.length
          && (words.get(0).equals(parts[0]) || words.get(0).equals(parts[0] + "s"))
          && (parts.length == 1 || words.get(1).equals(parts[1]))) {
        return true;
      }
    }
    return false;
  }

  /** The sentence with every way of being in charge ({@link #SENTENCE}) said as "runs". */
  static String asRuns(String sentence) {
    return SENTENCE.matcher(sentence).replaceAll("runs");
  }

  /** A hint's word ({@link HintText#stem stem}) as "run" when it is being in charge. */
  static String asRun(String stem) {
    return HINT_STEMS.stream().anyMatch(stem::startsWith) ? "run" : stem;
  }
}
