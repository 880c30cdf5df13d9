package dev.reportengine.templates.hiring;

import dev.reportengine.templates.analysis.Answer;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Prompts;
import dev.reportengine.text.Sentences;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flags answers with no specifics: an answer of five words or more to an interviewer's prompt (not
 * a closing one such as "Anything else?") that holds no number (digits or number words), no name (a
 * capitalised word other than the first of a sentence and "I"), no first-person action in the past
 * ("I pulled", "we shipped", "so I ..."; not "so I'd ..." or "so I don't ..."), is no plan of
 * ordered steps ("First I'd ..., then I'd ..."), and does hedge or generalise ("I think", "it
 * depends", "usually", "I try to", "I would probably", "I'm pretty comfortable with") or says
 * nothing comes to mind ("I couldn't pick one out", "it's hard to pick one"). Such an answer gets
 * no STAR credit and is listed for the reader, with the rule.
 */
final class Vagueness {

  /** The fewest words an answer needs to be judged. */
  static final int MIN_WORDS = 5;

  private static final Pattern GENERAL =
      Pattern.compile(
          "\\b(i think|i guess|i feel like|i would|i'd (probably|say|try|want)|probably|it depends|it really depends|depends on|in general"
              + "|i (just |really |always |generally ){1,6}try to|nothing (really |specific |in particular ){0,6}(jumps|stands|springs) out"
              + "|generally|usually|normally|typically|i always try|i try to|i tend to|team player"
              + "|get things done|you know|kind of|sort of|nothing (specific|really|in particular)"
              + " (comes to mind|stands out)|can't think of|doesn't come to mind|off the top of my"
              + " head|it's more of a|i'm (pretty|quite|very|really) (comfortable|good|confident)"
              + "|i'm very much a|i get on with (everyone|everybody|people|most people)|wherever (that|it)"
              + " (leads|takes me)|keep (growing|learning|developing)|take on more responsibility"
              + "|people person|easy to work with|(?:couldn't|can't|could not|cannot) (?:really )?pick"
              + " (?:out )?(?:just )?(?:one|any|a single)|hard to pick (?:out )?(?:just )?(?:one|any))\\b|\\breally[.!]");

  /**
   * A step of a plan said in order ("First I'd ...", "Then I'd ...", "After that I'd ...", "by the
   * third month I'd ...", "so I'd at least have the job validate it", "And I'd go and talk to that
   * team"; not "so I'd probably ..."): two of them lay out what the candidate would do, which is
   * specific.
   */
  private static final Pattern STEP =
      Pattern.compile(
          "\\b(first|then|after that|next|afterwards|by the \\w{1,12} (day|week|month)),?\\s{1,3}i'd\\b"
              + "|\\b(so|and),?\\s{1,3}i'd\\b(?! (probably|say|try|want|think|guess|like|love|imagine"
              + "|hope|rather|just|maybe|hate))");

  /** The steps an answer needs to be a plan. */
  static final int PLAN_STEPS = 2;

  /**
   * A number, in digits or words; "one" only when it counts something, not in "no one", "as one in
   * particular", "one of those", "at one point", "pick one out", "pick just one", "the number one
   * priority".
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "\\d|\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
              + "|thirty|forty|fifty|hundred|thousand|million|half|dozen|percent|twice|a couple of)\\b"
              + "|(?<!\\b(no|any|some|every|each|as|that|this|at|pick|number) )(?<!\\bpick (just|out) )\\bone\\b"
              + "(?! (in particular|of (those|them|these|the|my|our)|thing|way|another|day|point))");

  private static final Pattern ACTION =
      Pattern.compile(
          "\\b(i|we) (\\w+ed|built|wrote|ran|set|took|made|got|found|led|drove|sat|spent|read"
              + "|went|began|brought|caught|chose|put|split|taught|told|shipped|rewrote|cut|kept"
              + "|sent|met|spoke)\\b|\\bso i\\b(?!'| (don't|do|am|think|try|guess|tend|always|usually|would|really|can|can't"
              + "|feel|never|generally|just try)\\b)");

  private static final Set<String> NOT_NAMES = Set.of("I", "I'm", "I've", "I'd", "I'll", "OK");

  private Vagueness() {}

  /** Whether {@code answer} is vague: prompted, long enough, no specifics, and hedged. */
  static boolean isVague(Answer answer) {
    if (answer.question().isEmpty()
        || Prompts.isClosing(answer.question().get().text())
        || answer.turn().words() < MIN_WORDS) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    for (Excerpt e : answer.sentences()) {
      if (Sentences.isQuestion(e.text()) || hasName(e.text())) {
        return false;
      }
      text.append(' ').append(e.text());
    }
    String lower = text.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return !NUMBER.matcher(lower).find()
        && !ACTION.matcher(lower).find()
        && steps(lower) < PLAN_STEPS
        && GENERAL.matcher(lower).find();
  }

  private static int steps(String lower) {
    java.util.regex.Matcher m = STEP.matcher(lower);
    int n = 0;
    while (n < PLAN_STEPS && m.find()) {
      n++;
    }
    return n;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Leading non-letters and trailing non-letters other than apostrophes, cut from a word. */
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}']+$");

  private static boolean hasName(String sentence) {
    String[] words = SPACES.split(sentence);
    for (int i = 1; i < words.length; i++) {
      if (!hasUpperCase(words[i])) {
        continue; // its trimmed form cannot start with a capital
      }
      String w = EDGES.matcher(words[i]).replaceAll("");
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUpperCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
