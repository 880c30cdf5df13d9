package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Stopwords;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds decisions, risks, action items, next steps and open questions sentence by sentence: a named
 * rule of the language's {@code items.txt} proposes a kind, and the sentence's dialogue act,
 * polarity and modality decide whether it stands.
 *
 * <ul>
 *   <li>Every kind: a question is not an item (it asks; it does not decide, warn or commit).
 *   <li>Decisions: not a proposal ("what if", "we could", "I'd suggest"), not a hypothetical ("if
 *       we went ahead, we'd ..."), not undecided ("we haven't decided"), not negated just before
 *       the cue ("we never agreed to").
 *   <li>Risks: not negated just before the cue ("she isn't blocked", "that's not a blocker"), not
 *       resolved ("no longer", "anymore", "fixed"), not hypothetical or counterfactual ("I'd have
 *       gone"), not generic ("when they're stuck"), not past narration (a story in the past tense
 *       with nothing in the present or future, as in an interview answer).
 *   <li>Action items and next steps: not a recap ("as we said last week", "quick catch-up"), and
 *       not a step that repeats an earlier step (three or more, and half or more, of its content
 *       words shared); not small talk or a goodbye, not a hypothetical, not a step taken in the
 *       call itself ("I'll share my screen"). A reply that only accepts the other speaker's request
 *       ("Could you send the plan before Friday?" "Consider it done.") is a committed step of the
 *       one who accepts, due when the request said.
 *   <li>A risk may also be found by the concern it meets ({@link #REACTION}): "Okay, that's
 *       genuinely scary." or "It's the thing that keeps me up at night." makes a risk of the
 *       statement it follows (the last of the three sentences before it with five words or more
 *       that is not a question and would stand as a risk: not resolved, small talk or a story in
 *       the past tense), quoting that statement, with the reaction in {@code raw}; not within four
 *       sentences of a risk already found, which it meets, nor as the answer to a question ("How's
 *       the new phone system?" "It's not great."). A reaction that makes no risk is read as any
 *       other sentence ("That's a real risk.").
 * </ul>
 *
 * <p>A sentence may be one item of each kind. Owner, due phrase and commitment are described on
 * {@link Item}. Linear in the number of sentences (each step is compared with earlier steps of the
 * same call, a handful).
 */
public final class Items {

  private static final List<String> SELF =
      List.of(
          "i'll",
          "i will",
          "i'm going to",
          "i am going to",
          "i'm gonna",
          "let me",
          "i can",
          "i could",
          "i might",
          "i may",
          "maybe i",
          "i want to",
          "i should have",
          "i should get",
          "worth me",
          "i'm happy to",
          "i am happy to",
          "i'd");

  /** The rule of a step said as an imperative, whose owner is the one addressed. */
  static final String IMPERATIVE = "imperative";

  private static final List<String> TEAM =
      List.of(
          "we'll",
          "we will",
          "we're going to",
          "let's",
          "we can",
          "we could",
          "we might",
          "we may");

  /** A step put to everyone on the call, though "I" says it: "I'd suggest we ...". */
  private static final List<String> SUGGEST_WE =
      List.of(
          "i'd suggest we",
          "i suggest we",
          "how about we",
          "why don't we",
          "maybe we could",
          "maybe we can",
          "perhaps we could",
          "perhaps we can");

  /**
   * "Maybe we could set up a call with Larkspur", "maybe we could get Gideon on the next call":
   * something the one who proposes it arranges, theirs, unlike a step the group takes together
   * ("maybe we could run a small pilot").
   */
  private static final Pattern ARRANGES =
      Pattern.compile(
          " (?:maybe|perhaps) we (?:could|can) (?:(?:also|just|possibly|probably) ){0,3}(?:get (?!together"
              + "\\b|going\\b|started\\b|a\\b|an\\b|the\\b|it\\b|this\\b|that\\b)[a-z]+ (?:on|in|to|along|onto|over)|set"
              + " up|arrange|bring|introduce|put you|send|book|organi[sz]e|line up) ");

  /**
   * Whether the speaker takes a step of their own before the group's ("I'll send the draft tonight
   * and maybe we could meet on Friday"): the sentence's step is then theirs.
   */
  private static boolean ownStepBefore(String lower, List<String> groupPhrases) {
    int group = Integer.MAX_VALUE;
    for (String phrase : groupPhrases) {
      int at = lower.indexOf(" " + phrase + " ");
      if (at >= 0) {
        group = Math.min(group, at);
      }
    }
    for (String phrase : List.of("i'll", "i will", "i'm going to", "i am going to", "let me")) {
      int at = lower.indexOf(" " + phrase + " ");
      if (at >= 0 && at < group) {
        return true;
      }
    }
    return false;
  }

  /** "let's ...": everyone's step, unless the speaker also says "I'll ...". */
  private static final List<String> LETS = List.of("let's");

  private static final List<String> ADDRESSEE =
      List.of("you'll", "you will", "can you", "could you", "would you", "will you");

  /**
   * A commitment whose only object is a pronoun ("I'll take it", "sure, I can do that"): a step
   * only when the utterance before asked something or held an item it can accept.
   */
  private static final Pattern ELLIPTICAL_ACCEPTANCE =
      Pattern.compile(
          "(?:(?:ok|okay|sure|yes|yeah|fine|great)[,!.]? )?(?:i'll|i will|i can|we'll|we can)"
              + " \\w+ (?:it|that|this|one)[.!]?");

  /** A question that asks the listener to do something ("could you send over the plan?"). */
  private static final Pattern REQUEST =
      Pattern.compile(
          "\\b(?:can|could|would|will) you (?:please |maybe |also |just )?(?:send|share|get|put"
              + "|look|review|check|update|add|book|schedule|confirm|sign|fill|forward|loop|email"
              + "|call|ask|prepare|draft|write|ping|chase|reach|follow|dig|sort|pull|set|find|run"
              + "|bring|introduce|arrange|organi[sz]e|walk|give)\\b");

  /**
   * A whole sentence that accepts a request without restating it ("Consider it done.", "Will do.",
   * "On it."): a committed step of its speaker, due when the request said when.
   */
  private static final Pattern ACCEPTANCE =
      Pattern.compile(
          "(?:(?:ok|okay|sure|yes|yep|yeah|absolutely|of course|no problem|definitely)[,!.]? )?"
              + "(?:consider it done|will do|can do|i'm on it|on it|no problem at all"
              + "|(?:i'd be )?happy to|that's fine, i'll do it|leave it with me)[.!]?");

  private static final List<String> FROM_SPEAKER =
      List.of(
          "from me",
          "from us",
          "action on me",
          "on me to",
          "leave it with me",
          "you'll have",
          "you will have");

  /** Words that mark the past; see {@link #pastNarration(String)}. */
  private static final Pattern PAST =
      Pattern.compile(
          "\\b(was|were|had|did|didn't|wasn't|weren't|used to|back then|at the time|at my last"
              + "|at my previous|last year|years ago|turned out)\\b|'d been\\b");

  private static final Pattern PRESENT =
      Pattern.compile(
          "\\b(is|are|am|will|won't|can't|don't|doesn't|isn't|aren't|haven't|hasn't|still|now|currently|today"
              + "|(?<!was )(?<!were )going to|right now|so far|tomorrow|next (week|month|term|year|quarter|season)"
              + "|at the end of (the |this )?(week|month|term|year|quarter|season))\\b"
              + "|\\w('s|'re|'m|'ll)\\b|\\w've got\\b|\\w've had\\b[^.?!]{0,60}\\bsince\\b");

  /** Content words two steps must share, as a share of the smaller set, to be the same step. */
  static final double REPEAT_OVERLAP = 0.5;

  /** The fewest content words two steps must share to be the same step. */
  static final int REPEAT_MIN_SHARED = 3;

  private static final int NEGATION_WINDOW = 3;

  /**
   * An offer asked as a question, "I'm happy to set up a session with Ilse, maybe Thursday if that
   * suits?", "I could send over my portfolio as well, if that would help?": a step, though a
   * tentative one until the other side says yes.
   */
  private static final Pattern OFFER =
      Pattern.compile(
          "^(and |so |but |also )?(i'm|i am|i'd be|i would be) (more than )?(happy|glad) to\\b"
              + "|^(and |so |but |also |or )?(maybe |perhaps )?(i|we) (could|can) (also )?"
              + "(?!ask\\b|say\\b|see\\b|tell\\b|hear\\b)[a-z]++[^?]*\\b(if that (would )?helps?"
              + "|would (that|it) help|if you('d)? (like|want)|if that suits|if (that('s| is| would be) )?useful"
              + "|if it helps|if that works)\\W*$");

  /**
   * A request for a story from the speaker's past ("Tell me about a time you ...", "Give me an
   * example of ...", "Take me back to a time when ..."): the other speaker's answer tells of
   * another time and place, so what it decides or fears is not a decision or risk of this call.
   */
  private static final Pattern STORY_PROMPT =
      Pattern.compile(
          "\\b(a time (when|you|that|where|i|we)|an example of|give me an example|an occasion (when"
              + "|you|where)|tell (me|us) about (a|the) (time|project|situation|decision|moment|case"
              + "|mistake|failure|conflict|disagreement))\\b");

  /**
   * The fewest sentences of an answer that tells a story of its own: "So I sat down with him,
   * showed him the timings, and we agreed to try it for two weeks." in an answer of four sentences
   * or more to a question about the listener ({@link #ABOUT_YOU}) that narrates the past ({@link
   * StarCheck#narratesThePast}) tells how something was settled then, not a decision of this call.
   */
  static final int NARRATED_MIN_SENTENCES = 4;

  /**
   * A decision told in the past tense: "we agreed", "we decided", "the board approved"; not one
   * told as standing now ("we've agreed to move the gala dinner", "we've all agreed", "it's been
   * agreed", "we have now agreed").
   */
  private static final Pattern TOLD =
      Pattern.compile(
          "(?<!(?:'ve|have|has|'s|been)(?: (?:all|now|finally|just|already|also|both))? )\\b(?:agreed"
              + "|decided|approved|signed (?:it |them |that )?off|went with|chose|settled on)\\b");

  /**
   * A question about the listener's own doing ("How do you deal with a driver who won't change?"),
   * whose long answer in the past tense tells a story; "Ruth, any update on the depot move?" asks
   * for news, whose decisions stand.
   */
  private static final Pattern ABOUT_YOU =
      Pattern.compile("\\b(?:you|your)\\b(?![^?]*\\b(?:update|news|progress)\\b)");

  /** A word every {@link #STORY_PROMPT} match holds, so most sentences skip the pattern. */
  private static boolean mayAskForAStory(String lower) {
    return lower.contains("time")
        || lower.contains("example")
        || lower.contains("occasion")
        || lower.contains("about");
  }

  /** Words that point back to what was just told: "How did the trainers feel about it?" */
  private static final Pattern BACK_REFERENCE =
      Pattern.compile("\\b(that|it|they|them|he|she|this|then|those)\\b");

  /** Words that turn a question to the present: "And what's your setup now?" */
  private static final Pattern NOW =
      Pattern.compile("\\b(now|today|currently|at the moment|these days|here)\\b");

  private static final int FOLLOW_UP_WORDS = 15;

  /**
   * Whether a turn asks about the story just told, so the teller's next answer still tells it ("How
   * did the trainers feel about running it monthly?"): a short question that points back and does
   * not turn to the present.
   */
  static boolean followsUp(String text) {
    String lower = lower(text);
    return lower.indexOf('?') >= 0
        && Tokens.words(lower).size() <= FOLLOW_UP_WORDS
        && BACK_REFERENCE.matcher(lower).find()
        && !NOW.matcher(lower).find();
  }

  private static final Stopwords STOPWORDS = Stopwords.english();

  /**
   * A sentence that meets what was just said with concern, and says nothing else: "Okay, that's
   * genuinely scary.", "Right, that's a problem.", "That is a concern.", "It's not great.", "Yeah,
   * that's a real exposure.", "So that keeps me up at night, frankly.", "Yes, that's the part that
   * worries me a bit."; not "that's not a problem" or "is that a problem?".
   */
  static final Pattern REACTION =
      Pattern.compile(
          "^(?:(?:okay|ok|oh|right|hmm|yeah|yes|god|gosh|blimey|ouch|ah|ooh|oof|well|yikes"
              + "|crikey|jeez|mm|um|er|so)[,!.]*+ |that's, )*+(?:(?:and|but) )?"
              + "(?:(?:that's|that is|that sounds|that would be|that'd be|it's|this is) (?:not (?:great"
              + "|good|ideal|brilliant)|(?:genuinely |really |pretty |quite |a bit |very |properly"
              + " )?(?:scary|worrying|concerning|alarming|frightening|a (?:real |big |genuine"
              + " |serious )?(?:exposure|worry|concern|problem)|a bit of a (?:worry|problem"
              + "|concern)))(?: then| though| actually| honestly| frankly)?"
              + "|(?:that|it|this)(?:'s| is)? (?:the (?:thing|bit|part|one) (?:that )?)?(?:keeps me"
              + " (?:up|awake) at night|worries me|scares me)(?: (?:a bit|most|a lot))?(?:, (?:honestly"
              + "|frankly|to be honest))?)[.!]*+$");

  /**
   * A risk said in this many words or fewer with more of the turn after it ("The snag is the
   * scaffolding.") announces what the next sentence tells, so its quote takes that sentence too,
   * unless it is a question.
   */
  private static final int ANNOUNCING_MAX_WORDS = 6;

  /** The nouns that announce a problem the next sentence tells: "The snag is the scaffolding." */
  private static final Pattern ANNOUNCING =
      Pattern.compile(
          "\\b(snag|problem|issue|catch|worry|trouble|thing|concern|difficulty|complication|risk"
              + "|headache|bad news)\\b");

  /** A sentence that turns to something else: "Anyway, lunch has arrived.", "Which reminds me". */
  private static final Pattern TOPIC_CHANGE =
      Pattern.compile(
          "(?i)(anyway|anyhow|which reminds me|by the way|on another note|moving on|separately"
              + "|in other news|oh,? and|also)\\b");

  /**
   * Whether a statement a reaction meets could be a risk: not resolved, hypothetical, generic,
   * logistics, the call's plan, small talk, or a story told in the past tense ("Last year the
   * scaffolding firm went bust, but we found a new firm within a week.", "It's been raining solidly
   * here for three days.").
   */
  private static boolean standsAsRisk(
      String text, Map<String, Pattern> filters, Lexicon negations) {
    String lower = lower(text);
    Set<String> flags = flags(lower, filters);
    return !flags.contains("small_talk") && stands(ItemKind.RISK, lower, 0, flags, negations);
  }

  /** {@code text} as said in {@code u}, with its speaker and time. */
  private static Excerpt excerpt(Utterance u, String text) {
    return new Excerpt(u.entityId(), u.startSeconds(), u.endSeconds(), text);
  }

  /**
   * A risk's sentence, with the next sentence of its turn when it announces it ({@link
   * #ANNOUNCING_MAX_WORDS}).
   */
  private static String withAnnounced(String sentence, String lower, String next) {
    return next != null
            && Tokens.wordCount(sentence) <= ANNOUNCING_MAX_WORDS
            && ANNOUNCING.matcher(lower).find()
            && !Sentences.isQuestion(next)
            && !TOPIC_CHANGE.matcher(next).lookingAt()
        ? sentence + " " + next
        : sentence;
  }

  /** The fewest words of a statement a {@link #REACTION} can make a risk of. */
  private static final int REACTED_MIN_WORDS = 5;

  /**
   * A reaction within this many sentences of a risk already found meets that risk ("And he's
   * retiring at the end of April." "So before the summer planning." "So that keeps me up at
   * night.") and makes no other.
   */
  private static final int REACTED_AFTER_RISK = 4;

  /**
   * The language's classifier of decisions and risks (classes {@code decision} and {@code risk}),
   * trained on the development calls by {@code evaluation/experiments/classifier/train.py items}.
   */
  static final String MODEL = "items";

  /**
   * The probability from which the classifier makes a decision of a sentence no rule made one of.
   * Scored on 27 development calls at their first contact with the rules (the commit that added
   * each batch), with a model trained without the batch, the rules' decisions went from recall 56%
   * at precision 83% to 69% at 84% (0.75: 70% at 80%; 0.85: 64% at 83%).
   */
  static final double LEARNED_DECISION = 0.8;

  /**
   * The probability from which the classifier makes a risk of a sentence no rule made one of. On
   * the same 27 calls the rules' risks went from recall 43% at precision 76% to 54% at 74% (0.85:
   * 60% at 69%; 0.95: 49% at 76%).
   */
  static final double LEARNED_RISK = 0.9;

  /**
   * The probability from which the classifier makes a next step of a sentence no rule made one of.
   * On the 27 calls of {@link #LEARNED_DECISION}, with {@link #STEP_VETO}, next steps went from
   * recall 88% at precision 92% to 91% at 92% (0.9: 92% at 91%). Measured again on 102 calls at
   * first contact (21 batches, eighteenth session, {@code first_contact.py next_steps}): the rules
   * alone 800 of 887 right with 64 false; from 0.95, 828 right and 66 false; from 0.85, 837 and 70
   * (accuracy 0.869 to 0.875); from 0.8, 839 and 71; from 0.7, 842 and 79.
   */
  static final double LEARNED_STEP = 0.85;

  /**
   * The probability under which the classifier overrules a rule's next step that has no due phrase:
   * a sentence of {@link #VETO_MIN_WORDS} words or more that it can read and scores under this is
   * no step ("Then I'll bring a notebook."). On the same 27 calls the rules' next steps went from
   * recall 89% at precision 81% to 89% at 89%: 49 false steps to 25, none right lost (vetoing steps
   * with a due phrase too: 20 false, 1 right lost, and clear steps such as "Ben's going to chase
   * the vendor tomorrow." (0.05) dropped; 0.3: 23 false, 0.5: 16 false and 5 right lost).
   */
  static final double STEP_VETO = 0.4;

  /**
   * The fewest words of a step the classifier may overrule: a shorter one takes its meaning from
   * the turn before ("I'll do it." after "Someone should update the roadmap page."). With no such
   * bound: 19 false steps and 2 right ones lost.
   */
  static final int VETO_MIN_WORDS = 5;

  /**
   * The fewest words of a sentence the classifier reads: shorter ones give it too few terms ("Okay,
   * then the question goes to you." scores 0.93 as a decision). On the same 27 calls, 10 instead of
   * 5 left out two false decisions and one false risk and no right one (12: two right decisions
   * lost).
   */
  static final int LEARNED_MIN_WORDS = 10;

  /** The words a sentence may open with before its subject: "So, ", "Yes, ", "Oh and ". */
  private static final String OPENERS =
      "^(?:(?:next|so|and|then|now|but|well|okay|ok|right|yeah|yes|yep|sure|oh|ah|actually"
          + "|honestly|look|fine|great|alright|also|plus|anyway|um|uh)\\s*,?\\s+){0,3}";

  /** A sentence whose subject is the speaker, or the speaker's side: "I could ...", "We'll ...". */
  private static final Pattern SPEAKER_SUBJECT =
      Pattern.compile(OPENERS + "(?:i|we)(?:'m|'ll|'ve|'d|'re| am| are| will| have)?\\b");

  /**
   * A sentence whose subject is the speaker alone ("Next I'm moving the settings page to the new
   * components."): their own plan or choice, which the classifier does not make a decision of (the
   * rules leave out such personal choices too), unless "I" only hedges it ("I think the old app
   * stays ..."). On the 27 calls of {@link #LEARNED_DECISION} it left out no right decision.
   */
  private static final Pattern SPEAKER_ALONE =
      Pattern.compile(
          OPENERS
              + "i(?:'m|'ll|'ve|'d| am| will| have)?\\b"
              + "(?! (?:think|mean|guess|believe|suppose|reckon|feel|'d say|would say)\\b)");

  /**
   * The verbs of a decision, before which a negation ("We never agreed ...", "Nobody's agreed ...",
   * "It's not settled ...") voids the classifier's decision.
   */
  private static final Pattern DECISION_VERB =
      Pattern.compile(
          "\\b(?:agreed|decided|settled|approved|confirmed|signed off|chosen|chose|going with"
              + "|gone with|final)\\b");

  private Items() {}

  /** Every item in {@code media}, in time order, polling {@code cancellation} per utterance. */
  public static List<Item> of(Media media, LanguagePack language, CancellationToken cancellation) {
    return of(media, language, language.classifier(MODEL), cancellation);
  }

  /**
   * Every item in {@code media}. With {@code model}, the decisions, risks and next steps no rule
   * finds are taken from it, and it overrules the rules' steps it scores under {@link #STEP_VETO};
   * with none, the rules' items alone.
   */
  static List<Item> of(
      Media media,
      LanguagePack language,
      Optional<SentenceClassifier> model,
      CancellationToken cancellation) {
    Lexicon tentative = language.lexicon("tentative-markers");
    Lexicon negations = language.lexicon("negations");
    Map<String, Pattern> filters = language.itemFilters();
    Stopwords stopwords = STOPWORDS;
    List<Item> items = new ArrayList<>();
    List<Set<String>> stepWords = new ArrayList<>();
    String lastSpeaker = null;
    String otherSpeaker = null;
    boolean invited = false;
    Optional<String> requested = null; // the due of the request just made, null when none
    boolean storyAsked = false; // the last speaker asked for a story from the past
    boolean story = false; // this speaker is telling one
    String teller = null; // who tells the story being told, while follow-up questions keep it going
    boolean followUp = false; // the last turn asked the teller more about it
    Utterance statementOf = null; // the last statement of five words or more, and its utterance
    String statement = null;
    int sinceStatement = 0;
    int sinceRisk = Integer.MAX_VALUE / 2; // sentences since the last risk found
    boolean lastAsked = false; // the last turn asked something
    boolean lastAskedAboutYou = false; // ... about the listener ("How do you deal with ...?")
    for (Utterance u : media.utterances()) {
      cancellation.throwIfCanceled();
      if (lastSpeaker != null && !lastSpeaker.equals(u.entityId())) {
        otherSpeaker = lastSpeaker;
        story = storyAsked || (followUp && u.entityId().equals(teller));
        if (storyAsked) {
          teller = u.entityId();
        }
        storyAsked = false;
      }
      Optional<String> request =
          lastSpeaker != null && !lastSpeaker.equals(u.entityId()) ? requested : null;
      boolean answers = lastSpeaker != null && !lastSpeaker.equals(u.entityId()) && lastAsked;
      requested = null;
      int before = items.size();
      boolean overruled =
          false; // a rule's step the classifier overruled: still something to accept
      boolean asks = false;
      boolean asksAboutYou = false;
      boolean opening = true;
      List<String> sentences = Sentences.split(u.text());
      boolean narrated =
          answers
              && lastAskedAboutYou
              && sentences.size() >= NARRATED_MIN_SENTENCES
              && StarCheck.narratesThePast(sentences.stream().map(x -> excerpt(u, x)).toList());
      for (int si = 0; si < sentences.size(); si++) {
        String sentence = sentences.get(si);
        // the classifier reads a sentence at most once, and only when something asks
        Supplier<SentenceClassifier.Vector> vector =
            model.isEmpty() ? null : memo(() -> model.get().vector(sentence));
        String lower = lower(sentence);
        sinceStatement++;
        sinceRisk++;
        boolean reaction = REACTION.matcher(lower).matches();
        if (reaction) {
          if (statement != null
              && sinceStatement <= 3
              && sinceRisk > REACTED_AFTER_RISK
              && !story
              && !(opening && answers)
              && standsAsRisk(statement, filters, negations)) {
            items.add(
                new Item(
                    ItemKind.RISK,
                    "reaction",
                    excerpt(statementOf, statement),
                    Optional.empty(),
                    Optional.empty(),
                    true,
                    Optional.of(excerpt(u, sentence)),
                    Optional.empty()));
            sinceRisk = 0;
            opening = false;
            continue;
          }
        }
        if (!reaction
            && !Sentences.isQuestion(sentence)
            && Tokens.wordCount(sentence) >= REACTED_MIN_WORDS) {
          statementOf = u;
          statement = sentence;
          sinceStatement = 0;
        }
        if (mayAskForAStory(lower) && STORY_PROMPT.matcher(lower).find()) {
          storyAsked = true;
        }
        if (Sentences.isQuestion(sentence) && !OFFER.matcher(lower).find()) {
          asks = true;
          asksAboutYou |= ABOUT_YOU.matcher(lower).find();
          if (REQUEST.matcher(lower).find()) {
            requested = due(sentence, language.duePatterns());
          }
          opening = false;
          continue;
        }
        if (opening && request != null && ACCEPTANCE.matcher(lower).matches()) {
          items.add(
              new Item(
                  ItemKind.ACTION_ITEM,
                  "accepted_request",
                  new Excerpt(u.entityId(), u.startSeconds(), u.endSeconds(), sentence),
                  Optional.of(u.entityId()),
                  request,
                  true));
          opening = false;
          continue;
        }
        opening = false;
        if (!invited && ELLIPTICAL_ACCEPTANCE.matcher(lower).matches()) {
          continue;
        }
        Set<String> flags = null;
        boolean[] candidates = language.candidates(Tokens.words(lower));
        int index = -1;
        EnumSet<ItemKind> found = EnumSet.noneOf(ItemKind.class);
        for (LanguagePack.ItemPattern p : language.itemPatterns()) {
          index++;
          if (!candidates[index]) {
            continue;
          }
          ItemKind kind = p.kind();
          boolean step = kind == ItemKind.ACTION_ITEM || kind == ItemKind.NEXT_STEP;
          if ((story && (kind == ItemKind.DECISION || kind == ItemKind.RISK))
              || (narrated && kind == ItemKind.DECISION && TOLD.matcher(lower).find())
              || found.contains(kind)
              || (step
                  && (found.contains(ItemKind.ACTION_ITEM)
                      || found.contains(ItemKind.NEXT_STEP)))) {
            continue;
          }
          Matcher m = p.pattern().matcher(lower);
          if (!m.find()) {
            continue;
          }
          if (flags == null) {
            flags = flags(lower, filters);
          }
          Set<String> scoped = flags;
          if (flags.contains(HYPOTHETICAL)
              && (kind == ItemKind.DECISION || kind == ItemKind.RISK)
              && !conditionalUpTo(lower, m.start(), filters.get(HYPOTHETICAL))) {
            scoped = without(scoped, HYPOTHETICAL);
          }
          if (step
              && scoped.contains(REPORTED)
              && !saidBefore(lower, m.start(), filters.get(REPORTED))) {
            scoped = without(scoped, REPORTED);
          }
          if (!stands(kind, lower, m.start(), scoped, negations)) {
            continue;
          }
          Set<String> content = step ? contentWords(sentence, stopwords) : Set.of();
          if (step && repeats(content, stepWords)) {
            continue;
          }
          Optional<String> owner =
              p.rule().equals(IMPERATIVE)
                  ? addressee(media, lower, u.entityId(), otherSpeaker)
                  : owner(media, lower, u.entityId(), otherSpeaker);
          Optional<String> due = due(sentence, language.duePatterns());
          if (step
              && !(si == 0 && answers) // "I can take it, ..." answering "Who can take the bug?"
              && due.isEmpty()
              && !ON_AN_EVENT.matcher(lower).find()
              && vetoed(model, vector, sentence)) {
            // a proposal put to others, overruled, may still be taken up ("Good shout. I'll do
            // it.")
            overruled |= !owner.equals(Optional.of(u.entityId()));
            continue;
          }
          Excerpt quote =
              excerpt(
                  u,
                  kind == ItemKind.RISK
                      ? withAnnounced(
                          sentence, lower, si + 1 < sentences.size() ? sentences.get(si + 1) : null)
                      : sentence);
          boolean committed =
              tentative.count(Tokens.words(commitment(lower, m))) == 0
                  && !WHOLE_HEDGE.matcher(lower).find()
                  && !Sentences.isQuestion(sentence);
          items.add(new Item(kind, p.rule(), quote, owner, due, committed));
          found.add(kind);
          if (kind == ItemKind.RISK) {
            sinceRisk = 0;
          }
          if (step) {
            stepWords.add(content);
          }
        }
        if (model.isPresent()
            && !story
            && Tokens.wordCount(sentence) >= LEARNED_MIN_WORDS
            && learned(
                model.get(), vector.get(), u, sentence, lower, found, items, filters, negations)) {
          sinceRisk = found.contains(ItemKind.RISK) ? 0 : sinceRisk;
        }
        if (model.isPresent()
            && Tokens.wordCount(sentence) >= LEARNED_MIN_WORDS
            && !found.contains(ItemKind.ACTION_ITEM)
            && !found.contains(ItemKind.NEXT_STEP)) {
          Optional<Item> step =
              learnedStep(
                  model.get(),
                  vector.get(),
                  media,
                  u,
                  sentence,
                  lower,
                  otherSpeaker,
                  language,
                  negations);
          Set<String> content = step.isPresent() ? contentWords(sentence, stopwords) : Set.of();
          if (step.isPresent() && !repeats(content, stepWords)) {
            items.add(step.get());
            stepWords.add(content);
          }
        }
      }
      if (teller != null && !u.entityId().equals(teller)) { // tokenised only while a story goes on
        followUp = followsUp(u.text());
        if (!followUp) {
          teller = null;
        }
      }
      lastSpeaker = u.entityId();
      lastAsked = asks;
      lastAskedAboutYou = asksAboutYou;
      invited = asks || items.size() > before || overruled;
    }
    return List.copyOf(withRulings(media, withPutToTheMeeting(media, items)));
  }

  /**
   * A call for agreement that ends a sentence: "Agreed?", "Is everybody agreed?", "AGM on the
   * fourteenth, everybody agreed?".
   */
  private static final Pattern CALL_TO_AGREE =
      Pattern.compile(
          "(?:^|,\\s+)(?:(?:so|right|okay|ok|and),? ){0,3}(?:(?:is|are) )?(?:everybody|everyone"
              + "|we all|all)? ?(?:agreed|in favour)\\?$");

  /** A reply that agrees: "Agreed.", "Aye, agreed.", "Yes, agreed." */
  private static final Pattern AGREES =
      Pattern.compile("^(?:(?:yes|yeah|yep|aye)[,.!]? ){0,3}(?:agreed|aye|seconded|carried)\\b");

  /**
   * {@code items} with a decision (rule {@code put_to_the_meeting}) for each proposal put to the
   * meeting with a call for agreement ({@link #CALL_TO_AGREE}) that the next speaker agrees to
   * ({@link #AGREES}): the sentence before a bare call ("So, we renew Dobson's for twelve months
   * only. Agreed?"), after it when it opens the turn ("Is everybody agreed? The co-op pays half."),
   * or the call's own sentence when it says the proposal ("AGM on the fourteenth of November,
   * everybody agreed?"); not a question, nor a sentence some decision already quotes. In time
   * order.
   */
  private static List<Item> withPutToTheMeeting(Media media, List<Item> items) {
    List<Utterance> utterances = media.utterances();
    Map<String, List<String>> decided = decisionsByUtterance(items);
    List<Item> added = new ArrayList<>();
    for (int i = 0; i + 1 < utterances.size(); i++) {
      Utterance u = utterances.get(i);
      Utterance next = utterances.get(i + 1);
      if (next.entityId().equals(u.entityId())
          || !AGREES.matcher(lower(next.text().strip())).lookingAt()) {
        continue;
      }
      List<String> sentences = Sentences.split(u.text());
      List<String> quoted = decided.getOrDefault(said(u.entityId(), u.startSeconds()), List.of());
      for (int j = 0; j < sentences.size(); j++) {
        String lowered = lower(sentences.get(j).strip());
        Matcher call = CALL_TO_AGREE.matcher(lowered);
        if (!call.find()) {
          continue;
        }
        String proposal =
            Tokens.wordCount(lowered.substring(0, call.start())) >= 3
                ? sentences.get(j)
                : j > 0
                    ? sentences.get(j - 1)
                    : j + 1 < sentences.size() ? sentences.get(j + 1) : null;
        if (proposal == null
            || (proposal != sentences.get(j) && Sentences.isQuestion(proposal))
            || quoted.stream().anyMatch(q -> q.contains(proposal) || proposal.contains(q))) {
          continue;
        }
        added.add(
            new Item(
                ItemKind.DECISION,
                "put_to_the_meeting",
                excerpt(u, proposal),
                Optional.empty(),
                Optional.empty(),
                true));
      }
    }
    return merged(items, added);
  }

  /**
   * The quotes of the decisions among {@code items}, by the {@link #said key} of their utterance.
   */
  private static Map<String, List<String>> decisionsByUtterance(List<Item> items) {
    Map<String, List<String>> decided = new HashMap<>();
    for (Item it : items) {
      if (it.kind() == ItemKind.DECISION) {
        decided
            .computeIfAbsent(
                said(it.quote().entityId(), it.quote().startSeconds()), k -> new ArrayList<>())
            .add(it.quote().text());
      }
    }
    return decided;
  }

  /** {@code items} and {@code added} in time order; {@code items} itself when none is added. */
  private static List<Item> merged(List<Item> items, List<Item> added) {
    if (added.isEmpty()) {
      return items;
    }
    List<Item> all = new ArrayList<>(items);
    all.addAll(added);
    all.sort(java.util.Comparator.comparingDouble(it -> it.quote().startSeconds()));
    return all;
  }

  /** The words a ruling may open with: "Okay. ", "Fine, ", "Then ". */
  private static final String RULING_OPENERS =
      "^(?:(?:okay|ok|right|fine|good|great|so|then|and|yes|yeah|well|alright|all right|look|no)"
          + "[,.!]?\\s+){0,4}";

  /**
   * A ruling: "let's" with what to do ("Let's push it to March.", not "Let's start with the
   * freezer." nor "Let's not get into that tonight."), an imperative that settles something ("Drop
   * London.", "Put them on.", "Do the ninety-nine p week.", "Order it.", "Book the rigger.", "Offer
   * them the sixteenth, then."; a verb that is also a noun only with its object: not "Order numbers
   * go on the top line."), or "we" with the plain verb of a choice ("We reprint two and a half
   * thousand now."; after "then" for a verb also said of habits: "Then we send it to the community
   * council first.", not "So we book them through the portal.").
   */
  private static final Pattern RULING =
      Pattern.compile(
          RULING_OPENERS
              + "(?:let's (?!(?:start|begin|move on|hear|talk|look|go (?:through|round|around|back"
              + "|over|to)|come back|take a (?:look|minute|second|break)|get (?:started|going|on|into"
              + "|through|cracking|back)|turn|recap|wrap|see|have a (?:look|think|chat|quick)|think"
              + "|discuss|quickly|just|be|try and|kick|crack|pick (?:this|that|it) up|catch up|jump"
              + "|dive|park|hope|say|do (?:a|the|actions|intros|introductions|updates)|move to"
              + "|leave it there|finish|stop there|call it|not (?:get|decide|settle|try|worry|go"
              + "|discuss|dwell|spend)|make a start|go and|all|carry on|continue|speak|meet|chat"
              + "|catch|touch base|reconvene|regroup|pause|grab|assume|suppose|imagine|pretend"
              + "|face it)\\b)[a-z]+"
              + "|(?:do the|drop|put (?:them|the)|go (?:ahead|with|for (?:the|option))|cut|scrap"
              + "|cancel|skip|bin|ditch|pull)\\b|(?:order|book|hire|buy|offer|approve|renew|repair"
              + "|replace|postpone) (?:it|them|that|this|those|these|the|a|an|one|two|him|her|both"
              + "|another)\\b|take [^.?!]{1,30} out\\b"
              + "|we (?:reprint|go with|drop|stick with|scrap|skip|cut)\\b"
              + "|(?<=then )we (?:order|book|hire|repair|replace|send|offer|buy)\\b)");

  /**
   * What is no ruling though {@link #RULING} reads it so: a bare "Drop that." (what it settles was
   * said before), a courtesy ("Go for it.", "Go ahead."), something to put in a document or on an
   * agenda, a habit ("We cut it back every spring."), or a ruling with a step of the speaker's own
   * ("Leave that with me, I'll check ...").
   */
  private static final Pattern NO_RULING =
      Pattern.compile(
          RULING_OPENERS
              + "(?:(?:drop|cancel|scrap|go for|bin|skip|cut) (?:it|that|this|them)[.!]?$|go for it"
              + "|go ahead[.!,]?$)|\\b(?:put|add) [^.?!]{0,40}\\b(?:in|into|on) (?:it|there"
              + "|writing|the (?:agenda|minutes|email|notes))\\b|\\bput (?:it|that|this) (?:in|on"
              + "|into) (?:the|my|your)\\b|\\bi'll\\b|\\b(?:every|always|usually|normally)\\b"
              + "|\\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\\b");

  /**
   * A reply that takes a ruling up: it agrees ("Fine, fine.", "Okay.", "Will do.") or commits to
   * carry it out ("I'll book the promo slot tomorrow, then."), unless its first sentence pushes
   * back ({@link #PUSHES_BACK}).
   */
  private static final Pattern TAKEN_UP =
      Pattern.compile(
          "^(?:(?:okay|ok|right|fine|great|good|yes|yeah|yep|sure|agreed|will do|brilliant"
              + "|perfect|lovely|done|no problem|understood|got it|noted|cool)\\b|[a-z, .]{0,20}"
              + "\\bi'll\\b)");

  /**
   * A reply that pushes back: "Right, no, we're not ...", "Sure, but ...", "I'll be honest, ...".
   */
  private static final Pattern PUSHES_BACK =
      Pattern.compile(
          "\\b(?:no|not|but|don't|can't|won't|wouldn't|mistake|disagree|hang on|hold on|wait"
              + "|i'll be honest)\\b");

  /** Whether {@code reply} takes a ruling up ({@link #TAKEN_UP}, not {@link #PUSHES_BACK}). */
  private static boolean takesUp(String reply) {
    List<String> sentences = Sentences.split(reply);
    String first = sentences.isEmpty() ? "" : lower(sentences.get(0).strip());
    return TAKEN_UP.matcher(first).lookingAt() && !PUSHES_BACK.matcher(first).find();
  }

  /**
   * {@code items} with a decision (rule {@code ruling}) for each ruling ({@link #RULING}) said in
   * answer to another speaker and taken up by the next ({@link #TAKEN_UP}): "What does London get
   * us?" "... Drop London." "Okay. Yeah. I can't really argue with that."; "Put them on. I'll find
   * the money." "I'll ring the college tomorrow ..."; not a question, not {@link #NO_RULING}, not
   * in a story told on request ({@link #STORY_PROMPT}), nor a sentence some decision already
   * quotes. In time order.
   */
  private static List<Item> withRulings(Media media, List<Item> items) {
    List<Utterance> utterances = media.utterances();
    Map<String, List<String>> decided = decisionsByUtterance(items);
    List<Item> added = new ArrayList<>();
    for (int i = 1; i + 1 < utterances.size(); i++) {
      Utterance u = utterances.get(i);
      if (utterances.get(i - 1).entityId().equals(u.entityId())
          || utterances.get(i + 1).entityId().equals(u.entityId())
          || !takesUp(utterances.get(i + 1).text())
          || STORY_PROMPT.matcher(lower(utterances.get(i - 1).text())).find()) {
        continue;
      }
      List<String> quoted = decided.getOrDefault(said(u.entityId(), u.startSeconds()), List.of());
      for (String sentence : Sentences.split(u.text())) {
        String lowered = lower(sentence.strip());
        if (Sentences.isQuestion(sentence)
            || !RULING.matcher(lowered).lookingAt()
            || NO_RULING.matcher(lowered).find()
            || quoted.stream().anyMatch(q -> q.contains(sentence) || sentence.contains(q))) {
          continue;
        }
        added.add(
            new Item(
                ItemKind.DECISION,
                "ruling",
                excerpt(u, sentence),
                Optional.empty(),
                Optional.empty(),
                true));
      }
    }
    return merged(items, added);
  }

  /** The key of an utterance: its speaker and start, as {@link #excerpt} gives them to a quote. */
  private static String said(String entityId, double startSeconds) {
    return entityId + "@" + startSeconds;
  }

  /** {@code text} in lower case with {@code ’} as {@code '}, as every rule here reads it. */
  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /**
   * Adds to {@code items} the decision and the risk {@code model} finds in {@code sentence} when no
   * rule found one ({@code found}) nor quoted the sentence in an earlier item of the kind, at the
   * probability {@link #LEARNED_DECISION} or {@link #LEARNED_RISK}. The rules' filters that read
   * the whole sentence apply (small talk, a proposal, a recap, a resolved problem, a story from
   * another job ... make none), except that a condition does not void a risk ("if the ground's
   * frozen, it slips into March"); with no cue, a negation is read only before a decision's verb
   * ({@link #DECISION_VERB}: "We never agreed ..."), and the speaker's own plan is no decision
   * ({@link #SPEAKER_ALONE}). A sentence the model cannot read (see {@link
   * SentenceClassifier.Vector#readable()}) makes none. Returns whether it added any, and adds their
   * kinds to {@code found}.
   */
  private static boolean learned(
      SentenceClassifier model,
      SentenceClassifier.Vector v,
      Utterance u,
      String sentence,
      String lower,
      EnumSet<ItemKind> found,
      List<Item> items,
      Map<String, Pattern> filters,
      Lexicon negations) {
    Set<String> flags = null;
    boolean added = false;
    for (ItemKind kind : List.of(ItemKind.DECISION, ItemKind.RISK)) {
      int c = model.classes().indexOf(kind.wireName());
      if (c < 0 || found.contains(kind) || !v.readable()) {
        continue;
      }
      double p = model.probability(v, c);
      if (p < (kind == ItemKind.DECISION ? LEARNED_DECISION : LEARNED_RISK)
          || quoted(items, kind, sentence)) {
        continue;
      }
      if (flags == null) { // the filters' regular expressions only for the few that score enough
        flags = flags(lower, filters);
      }
      Matcher verb = DECISION_VERB.matcher(lower);
      if (flags.contains("small_talk")
          || (kind == ItemKind.DECISION
              && (SPEAKER_ALONE.matcher(lower).find()
                  || (verb.find() && negatedBefore(lower, verb.start(), negations))))
          || !stands(
              kind,
              lower,
              0,
              kind == ItemKind.RISK ? without(flags, HYPOTHETICAL) : flags,
              negations)) {
        continue;
      }
      items.add(
          new Item(
              kind,
              "classifier",
              excerpt(u, sentence),
              Optional.empty(),
              Optional.empty(),
              true,
              Optional.empty(),
              Optional.of(Learned.of(model, v, c, p))));
      found.add(kind);
      added = true;
    }
    return added;
  }

  /**
   * Whether {@code model} overrules a rule's step in {@code sentence}: it reads the sentence and
   * scores it under {@link #STEP_VETO}.
   */
  private static boolean vetoed(
      Optional<SentenceClassifier> model, Supplier<SentenceClassifier.Vector> v, String sentence) {
    if (model.isEmpty() || Tokens.wordCount(sentence) < VETO_MIN_WORDS) {
      return false;
    }
    int c = model.get().classes().indexOf(STEP);
    return c >= 0 && v.get().readable() && model.get().probability(v.get(), c) < STEP_VETO;
  }

  /**
   * A step tied to an event instead of a date ("I'll ping you when there's a build.", "I'll put
   * together a draft layout once I've got the valve list."), which the classifier does not
   * overrule: the event is its due, though no due phrase names a day.
   */
  private static final Pattern ON_AN_EVENT =
      Pattern.compile(
          "\\b(?:when|once) (?:there's|there is|i've got|we've got|i have|we have|it's|it is)"
              + " (?:a|an|the|some)\\b");

  /** The classifier's class of next steps. */
  private static final String STEP = "next_step";

  /**
   * The next step {@code model} finds in {@code sentence}, which no rule made a step of, at the
   * probability {@link #LEARNED_STEP}, under the rules' filters of steps at the start of the
   * sentence (a recap, small talk, a step taken in the call, a hypothetical, retold speech ... make
   * none); its owner, due phrase and commitment read as a rule's are, except that the speaker owns
   * it only when they (or their side) are its subject.
   */
  private static Optional<Item> learnedStep(
      SentenceClassifier model,
      SentenceClassifier.Vector v,
      Media media,
      Utterance u,
      String sentence,
      String lower,
      String otherSpeaker,
      LanguagePack language,
      Lexicon negations) {
    int c = model.classes().indexOf(STEP);
    double p = c >= 0 && v.readable() ? model.probability(v, c) : 0;
    if (p < LEARNED_STEP
        || !stands(ItemKind.NEXT_STEP, lower, 0, flags(lower, language.itemFilters()), negations)) {
      return Optional.empty();
    }
    Optional<String> owner = owner(media, lower, u.entityId(), otherSpeaker);
    if (owner.equals(Optional.of(u.entityId())) && !SPEAKER_SUBJECT.matcher(lower).find()) {
      owner = Optional.empty(); // "Send me something I can put in front of the board": not theirs
    }
    return Optional.of(
        new Item(
            ItemKind.NEXT_STEP,
            "classifier",
            excerpt(u, sentence),
            owner,
            due(sentence, language.duePatterns()),
            language.lexicon("tentative-markers").count(Tokens.words(lower)) == 0
                && !WHOLE_HEDGE.matcher(lower).find(),
            Optional.empty(),
            Optional.of(Learned.of(model, v, c, p))));
  }

  /** {@code compute}, called at most once, on the first {@code get()}. */
  private static <T> Supplier<T> memo(Supplier<T> compute) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = compute.get();
        }
        return value;
      }
    };
  }

  /** Whether one of the last items of {@code kind} quotes {@code sentence} (a risk's announced). */
  private static boolean quoted(List<Item> items, ItemKind kind, String sentence) {
    for (int i = items.size() - 1; i >= Math.max(0, items.size() - 3); i--) {
      if (items.get(i).kind() == kind && items.get(i).quote().text().contains(sentence)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names of the filters that match {@code lower}; computed only for a sentence a rule matched
   * or the classifier scored high enough.
   */
  private static Set<String> flags(String lower, Map<String, Pattern> filters) {
    Set<String> flags = new HashSet<>();
    filters.forEach(
        (name, p) -> {
          if (p.matcher(lower).find()) {
            flags.add(name);
          }
        });
    return flags;
  }

  private static final String HYPOTHETICAL = "hypothetical";

  private static final String REPORTED = "reported";

  /** {@code flags} without {@code flag}, as a new set (the sentence's flags serve every rule). */
  private static Set<String> without(Set<String> flags, String flag) {
    Set<String> out = new HashSet<>(flags);
    out.remove(flag);
    return out;
  }

  /**
   * Whether someone's words are retold before the step's cue: "they said I'd send it" retells,
   * "I'll send Josie my certificate tomorrow, she said you'd need a copy" commits and gives the
   * reason after.
   */
  static boolean saidBefore(String lower, int cue, Pattern reported) {
    Matcher m = reported.matcher(lower);
    return m.find() && m.start() < cue;
  }

  /** A condition that opens a later clause: "..., and if they want to go in, they can apply". */
  private static final Pattern LATER_CONDITION = Pattern.compile(",\\s+(?:and |but |so )?if\\b");

  /**
   * Whether the sentence is conditional up to the clause after {@code cue}: "We're refusing their
   * January notice, and if they want to go in, they can apply for April" decides, and only its
   * second clause is conditional.
   */
  static boolean conditionalUpTo(String lower, int cue, Pattern hypothetical) {
    Matcher later = LATER_CONDITION.matcher(lower);
    int end = lower.length();
    while (later.find()) {
      if (later.start() > cue) {
        end = later.start();
        break;
      }
    }
    return hypothetical.matcher(lower.substring(0, end)).find();
  }

  /** Whether a sentence a rule of {@code kind} matched at {@code cue} is that kind of item. */
  static boolean stands(
      ItemKind kind, String lower, int cue, Set<String> flags, Lexicon negations) {
    return switch (kind) {
      case DECISION ->
          !flags.contains("proposal")
              && !flags.contains("prompt")
              && !flags.contains("hypothetical")
              && !flags.contains("undecided")
              && !flags.contains("recap_strict")
              && !flags.contains("elsewhere")
              && !negatedBefore(lower, cue, negations);
      case RISK ->
          !flags.contains("resolved")
              && !flags.contains("prompt")
              && !flags.contains("hypothetical")
              && !flags.contains("generic")
              && !flags.contains("logistics")
              && !flags.contains("call_plan")
              && !flags.contains("elsewhere")
              && !flags.contains("echo")
              && !negatedBefore(lower, cue, negations)
              && !pastNarration(lower);
      case ACTION_ITEM, NEXT_STEP ->
          !flags.contains("recap")
              && !flags.contains("prompt")
              && !flags.contains("small_talk")
              && !flags.contains("hypothetical")
              && !flags.contains("in_call")
              && !flags.contains("call_plan")
              && !flags.contains(REPORTED)
              && !flags.contains("bare")
              && !negatedBefore(lower, cue, negations);
      case OPEN_QUESTION -> true;
    };
  }

  /**
   * The clause of a sentence that holds {@code cue}: from the separator ({@code , ; : –}) before it
   * to the one after it, so "it's maybe an hour's work" after a firm "I'll ..." does not make the
   * step tentative, while "I can probably ..." does.
   */
  static String clause(String lower, int cue) {
    int start = cue;
    while (start > 0 && ",;:\u2013\u2014".indexOf(lower.charAt(start - 1)) < 0) {
      start--;
    }
    int end = cue;
    while (end < lower.length() && ",;:\u2013\u2014".indexOf(lower.charAt(end)) < 0) {
      end++;
    }
    return lower.substring(start, end);
  }

  /** An offer without a subject, its speaker's: "Happy to do a dry run with you if it helps." */
  private static final Pattern OFFERED =
      Pattern.compile("(?:(?:and|so|but|oh|sure|yes|yeah)[,!.]? )?(?:happy|glad) to\\b");

  /**
   * A hedge on the whole sentence, in a clause of its own ("I can have a look, no promises."), so
   * outside the {@link #clause} that decides commitment.
   */
  private static final Pattern WHOLE_HEDGE =
      Pattern.compile(
          "\\b(no promises|no guarantees|don't hold me to (it|that|this)|(i )?wouldn't count on"
              + " (it|that))\\b");

  /** A firm promise: "I'll", "we will", "I'm going to". */
  private static final Pattern FIRM =
      Pattern.compile("(i'll|i will|i'm going to|i am going to|we'll|we will|we're going to)\\b");

  /**
   * The words that decide whether a step is committed: the {@link #clause} of its cue, without a
   * condition that follows a firm promise ("I'll send a copy this afternoon if that's useful",
   * "I'll ring her again on Friday if we still haven't heard"), which says when, not whether, nor a
   * question put to someone else ("I'll write to her and ask whether the panel could meet").
   */
  static String commitment(String lower, Matcher cue) {
    String clause = clause(lower, cue.start());
    if (!FIRM.matcher(cue.group()).lookingAt()) {
      return clause;
    }
    int at = clause.indexOf(cue.group());
    int from = at < 0 ? -1 : at + cue.group().length();
    int condition = at < 0 ? -1 : clause.indexOf(" if ", from);
    int whether = at < 0 ? -1 : clause.indexOf(" whether ", from); // "ask whether they could"
    int cut = condition < 0 ? whether : whether < 0 ? condition : Math.min(condition, whether);
    return cut < 0 ? clause : clause.substring(0, cut);
  }

  private static final Pattern NO_INTERJECTION =
      Pattern.compile("\\b(?:no|nope|nah)[,.!]+(?:\\s|$)");

  /**
   * A future of "be" between a negation and its cue, which does not count toward {@link
   * #NEGATION_WINDOW}: "That's not going to be the blocker" is as negated as "That's not the
   * blocker" (an infinitive alone is no such future: "No need to rush I'll get ...").
   */
  private static final Pattern FUTURE_BE = Pattern.compile("\\b(?:going to|gonna) be\\b");

  /**
   * Whether one of the few words before {@code cue} negates it ("isn't blocked", "no risk", "not
   * going to be the blocker").
   */
  static boolean negatedBefore(String lower, int cue, Lexicon negations) {
    // "No, let's not do the ice sculpture": an interjection answering someone negates nothing
    // and a negation in an earlier clause ("it's not a secret, we're losing our supervisor") is
    // not this cue's
    int from = cue;
    while (from > 0 && ",;:\u2013\u2014".indexOf(lower.charAt(from - 1)) < 0) {
      from--;
    }
    List<String> before =
        Tokens.words(
            FUTURE_BE
                .matcher(NO_INTERJECTION.matcher(lower.substring(from, cue)).replaceAll(" "))
                .replaceAll(" "));
    for (int i = Math.max(0, before.size() - NEGATION_WINDOW); i < before.size(); i++) {
      String w = before.get(i);
      if (negations.contains(w) || w.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence tells of the past only: a past marker and nothing present or future. */
  static boolean pastNarration(String lower) {
    return PAST.matcher(lower).find() && !PRESENT.matcher(lower).find();
  }

  private static Set<String> contentWords(String sentence, Stopwords stopwords) {
    Set<String> out = new HashSet<>();
    for (String w : Tokens.words(sentence)) {
      if (w.length() > 3 && !stopwords.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether a step shares at least three and half of its content words with an earlier step. */
  private static boolean repeats(Set<String> words, List<Set<String>> earlier) {
    if (words.size() < 2) {
      return false;
    }
    for (Set<String> e : earlier) {
      if (e.size() < 2) {
        continue;
      }
      int shared = 0;
      for (String w : words) {
        if (e.contains(w)) {
          shared++;
        }
      }
      if (shared >= REPEAT_MIN_SHARED
          && shared >= REPEAT_OVERLAP * Math.min(words.size(), e.size())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> owner(
      Media media, String lowerSentence, String speaker, String otherSpeaker) {
    String lower = " " + String.join(" ", Tokens.words(lowerSentence)) + " ";
    for (Entity e : media.entities()) {
      Optional<String> first = firstName(e);
      if (first.isPresent()
          && first.get().length() > 1
          && (lower.contains(" " + first.get() + " will ")
              || lower.contains(" " + first.get() + "'ll ")
              || lower.contains(" " + first.get() + " can you ")
              || lower.contains(" " + first.get() + " is going to ")
              || lower.contains(" " + first.get() + "'s going to ")
              || lower.contains(" " + first.get() + " please "))) {
        return Optional.of(e.id());
      }
    }
    if (contains(lower, SUGGEST_WE)
        && !ARRANGES.matcher(lower).find()
        && !ownStepBefore(lower, SUGGEST_WE)) {
      return Optional.empty(); // "I'd suggest we get the data export done in June": everyone's
    }
    if (contains(lower, SELF)
        || contains(lower, FROM_SPEAKER)
        || OFFERED.matcher(lowerSentence).lookingAt()) {
      return Optional.of(speaker);
    }
    if (contains(lower, LETS)) {
      return Optional.empty(); // everyone's step: "let's pencil in Wednesday, the three of us"
    }
    if (contains(lower, TEAM)) {
      return Optional.of(speaker);
    }
    if (contains(lower, ADDRESSEE)) {
      return Optional.ofNullable(otherSpeaker);
    }
    return Optional.empty();
  }

  /**
   * Who is told to do a step said as an imperative ("Put it in the handbook, Saoirse.", "Send it to
   * me when you've got a draft."): the speaker named in it, else the one who spoke before.
   */
  private static Optional<String> addressee(
      Media media, String lowerSentence, String speaker, String otherSpeaker) {
    List<String> words = Tokens.words(lowerSentence);
    for (Entity e : media.entities()) {
      Optional<String> first = firstName(e);
      if (!e.id().equals(speaker)
          && first.isPresent()
          && first.get().length() > 1
          && words.contains(first.get())) {
        return Optional.of(e.id());
      }
    }
    return Optional.ofNullable(otherSpeaker);
  }

  /** An entity's first name in lower case, from its label. */
  private static Optional<String> firstName(Entity e) {
    return e.label().map(l -> l.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
  }

  private static boolean contains(String lower, List<String> phrases) {
    return phrases.stream().anyMatch(p -> lower.contains(" " + p + " "));
  }

  private static Optional<String> due(String sentence, List<Pattern> patterns) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        return Optional.of(m.group().strip());
      }
    }
    return Optional.empty();
  }
}
