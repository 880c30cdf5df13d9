package dev.reportengine.templates.analysis;

import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the prompts of an interview apart: questions, and requests said as statements ending with a
 * full stop ("Tell me about a time when ...", "Walk me through ...", "I'd love to hear about ..."),
 * as interviewers phrase most of their questions. Small talk ("How are you?", "Can you hear me?",
 * "Shall we get started?", but not "Shall we start with you telling us ...?", "Can I get you a
 * water?"), the floor handed to another interviewer ("Ravi, do you want to go next?") and one- or
 * two-word clarifications ("Sorry, nightly?") are not prompts.
 */
public final class Prompts {

  /** A request said as a statement, at the start of the sentence or after a comma. */
  private static final Pattern REQUEST =
      Pattern.compile(
          "(^|, |\\. )((and|so|okay|ok|right|now|then|finally|lastly),? )?(tell (me|us)|(walk|talk|take) (me|us) (back )?(through|to)|describe|give (me|us)"
              + " (an|a|one|a concrete|a specific|some) (example|instance)"
              + "|share (an|one|a) (example|time|situation|story)"
              + "|give (me|us) (a|the) (quick |brief |short |potted )?(tour|rundown|run-through|overview|flavour|sense"
              + "|version|summary|picture) of"
              + "|(i'm|i am|i'd be|i would be) (really |particularly |also )?interested (in|to) (hear|hearing"
              + "|know|knowing|understand|understanding|how|what|why|whether|your)\\b"
              + "|your (cv|resume|résumé|application|profile) (says|said|mentions|shows|lists)"
              + "|i (can )?(see|noticed|notice|saw) (from|on|in) your (cv|resume|résumé|application|profile)"
              + "|it says (on|in) your (cv|resume|résumé|application|profile)"
              + "|i'd (like|love) to understand|i want to hear|let's (talk|hear) about (your|how|what"
              + "|why|a time|the time)|please explain"
              + "|i'd (also |really )?(like|love) to hear|i would (also |really )?(like|love) to hear"
              + "|i'm wondering (how|what|whether|if|why) ([a-z']+ ){0,5}(you|your)\\b|i'm curious (how|what|about"
              + "|whether|if)|explain (to (me|us) )?(how|what|why)|help me understand)\\b");

  /** Questions that open or keep up the call rather than ask about the candidate. */
  private static final Pattern SMALL_TALK =
      Pattern.compile(
          "\\b((get|got|getting) (some|any|much) sleep|how are you|how's it going|how is it going|can you hear (me|us)|hear (me|us) (okay|ok"
              + "|all ?right)|how's your (day|week|morning|afternoon|evening)|raining|sunny|how's the (day|week|morning)( been)?|how was (the|your) (drive|journey|trip|flight|train|traffic|commute)|did you get here (okay|ok|all right)|how has (your|the) (day|week)|did you find (us|the (place|link|room|office))|(can|could) (i|we) (get|grab|fetch) you (a|an|some|anything)|would you like (a|an|some) (water|tea|coffee|drink|glass)|find us (okay|ok|all right)|are you (calling|dialing|dialling|joining) (in )?from|are you in [a-z]+ (at the moment|today|right now)|travelling|traveling|the weather|is (this|now) (still )?a good"
              + " (time|moment)|ready to (start|begin|go)|shall we (start|begin|get started)(?! (with|by) (you|your)\\b)|does that make"
              + " sense|sounds? good|you there|is that okay|is that ok|can i (jump in|come in|add"
              + " one|ask one)|^(sorry, )?when you say)\\b"
              + "|^((hi|hello|hey|morning)[,!]? )?(is that|is this|you must be) [a-z'-]+\\?$"
              + "|\\b(get|got|find|found) (parked|a (parking )?space|parking)\\b"
              + "|\\b(manage|managed) to park\\b|\\bsomewhere to park\\b"
              + "|\\bdid you find (us|the( [a-z'-]+){0,2} (place|building|entrance|room|office|car park|site"
              + "|reception|way|link)) (okay|ok|all ?right|alright)\\b"
              + "|^[a-z'-]+, is it\\?$"
              + "|^((and|so)[,]? )?(do|did) you want to (jump|come) in( here| now| at this point)?\\?$"
              + "|\\bcan you (see|hear) (and (see|hear) )?(us|me)\\b|\\b(joining|meeting|video) link\\b"
              + "|^((and|so|also|oh)[,]? )?(could|can|would) you (send|email|forward) (me|us)\\b"
              + "|^((and|so|okay|ok)[,]? )?(does|would|will) that (work|suit)( for (you|everyone|both of"
              + " you))?\\?"
              + "|^i('ll| will) (just )?(jump|dive|get|go) (straight |right )?(in|into it)\\b"
              // the journey, the building and the drinks before the interview starts, each said
              // as its own short question
              + "|^((and|so|oh)[,]? )?did you (drive|fly|cycle|walk) (from|here|in|over)\\b[^?]{0,30}\\?$"
              + "|^((and|so|oh)[,]? )?did you come (across|over|up|down|in) from [a-z' -]{1,30}"
              + " (this morning|today)( then)?\\?$|^((and|so)[,]? )?where have you come( up| down"
              + "| over| in| across)? from( today| this morning)?\\?$|^((and|so)[,]? )?(were|was)"
              + " the (roadworks|traffic|trains?|roads) [a-z ]{0,30}\\?$|\\bvisitor (badge|pass) (on"
              + "|at|from) reception\\?$|\\b(job )?pack come through( al(l ?)?right| okay| ok)?\\?$"
              + "|^(you )?found us( all ?right| okay| ok| fine)?\\?$|^((and|so)[,]? )?are you (at"
              + " home|with us)\\?$|\\bmanaged to find somewhere quiet\\?$|^((and|so|right)[,]?"
              + " )?(coffee|tea|water),? or (would you rather have )?(some |a )?(water|tea|coffee)\\?$"
              + "|\\b(a )?(water|tea|coffee) or anything\\?$");

  /**
   * The floor handed to another interviewer ("Ravi, do you want to go next?", "Kwabena, anything
   * else from you?", "And Callum, you had one more?"): a question to a colleague, not to the
   * candidate.
   */
  private static final Pattern HANDOVER =
      Pattern.compile(
          "^((and|so|okay|ok|right)[,]? )?[a-z'-]++,\\s*+(do you want to (go( next| first| ahead)?|take over"
              + "|jump in|pick up)|anything (else )?from you|over to you|your turn|(did|do) you have"
              + " anything (else )?(to add|you want to ask)|you had (one|one more|a question|another"
              + " one|something))\\b");

  /** Prompts that close the interview rather than ask about the candidate's experience. */
  private static final Pattern CLOSING =
      Pattern.compile(
          "\\b(anything else|any (more |other |further )?questions|what would you like to know"
              + "|questions for (me|us)|anything (you'd like|you want) to ask)\\b");

  /** Whether a prompt closes the interview ("Any questions for us?", "Anything else?"). */
  public static boolean isClosing(String prompt) {
    return CLOSING.matcher(prompt.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
  }

  /** The fewest words a question needs to be a prompt; shorter ones clarify a word. */
  static final int MIN_WORDS = 3;

  private Prompts() {}

  /** Whether {@code sentence} asks the other person something: a question or a request. */
  public static boolean isPrompt(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (SMALL_TALK.matcher(lower).find()
        || (lower.indexOf(',') >= 0 && HANDOVER.matcher(lower).find())) {
      return false;
    }
    if (Sentences.isQuestion(sentence)) {
      return Tokens.wordCount(sentence) >= MIN_WORDS;
    }
    return isRequest(sentence);
  }

  /**
   * Whether {@code sentence} is a request for an answer said as a statement ("Tell me about ...",
   * "Walk me through ...", "I'm curious how you ...", "So, start by telling us what you do now."),
   * whatever its end mark.
   */
  public static boolean isRequest(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return REQUEST.matcher(lower).find()
        || ABOUT_A_TIME.matcher(lower).find()
        || START_BY.matcher(lower).find();
  }

  /**
   * The opening request of an interview or of its part: "So, start by telling us what you do now",
   * "why don't you start by walking us through your current role".
   */
  private static final Pattern START_BY =
      Pattern.compile(
          "\\b(start|begin|kick off|open) (by|with) (telling|walking|talking|taking|giving) (me|us)\\b");

  /**
   * A statement that asks for an episode of the listener's own past, whatever verb introduces it:
   * "I'd also like to hear about a time you disagreed ...", "Take me back to a time when ...".
   */
  private static final Pattern ABOUT_A_TIME =
      Pattern.compile(
          "\\b(about|to|of|on) (a|the|one) (time|situation|moment|occasion) (when|where|that|you)\\b"
              + ".*\\byou|\\b(a|one) (time|situation) (when |where |that )?you('d|'ve| had| were"
              + "| did)?\\b");

  /**
   * Whether a prompt asks what the person would do rather than what they did ("How would you design
   * ...", "What would you do if ..."): an answer to it tells no experience to check for STAR.
   */
  public static boolean isHypothetical(String prompt) {
    String lower = prompt.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return lower.matches(
        ".*\\b(how would you|what would you|how you'd|what you'd|would you|how you"
            + " would|if you were|design|imagine|suppose)\\b.*");
  }

  /**
   * A prompt about the candidate's current role or background ("Walk me through your current role",
   * "where you are now", "how you ended up in analytics", "what a normal week looks like").
   */
  private static final Pattern ABOUT_THE_ROLE =
      Pattern.compile(
          "\\b(your current (role|job|position|post)|where you are now|what you do (now|today|at the"
              + " moment|day to day|at [a-z]+)|your background|how you ended up|how you got into|about"
              + " yourself|a (normal|typical) (week|day|shift))\\b");

  /**
   * Whether a prompt asks about the candidate's current role or background rather than an episode:
   * its answer describes a situation and a role, not actions taken and their results.
   */
  public static boolean isAboutTheRole(String prompt) {
    return ABOUT_THE_ROLE.matcher(prompt.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
  }

  /**
   * Whether a prompt asks how the person usually works ("How do you deal with an agent who ...?",
   * "What do you do when ...?"): an answer to it is a story to check for STAR only when it tells
   * what happened (see {@link StarCheck#narratesThePast}).
   */
  public static boolean isHabitual(String prompt) {
    String lower = prompt.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return lower.matches(".*\\b(how do you|what do you do (when|if))\\b.*");
  }
}
