package dev.reportengine.templates.sales;

import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.Learned;
import dev.reportengine.templates.analysis.SentenceClassifier;
import dev.reportengine.templates.analysis.SentenceIndex;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The buyer's objections: sentences by anyone but the seller that push back on price, on a
 * competitor's terms, on who can sign, on timing, on the need or on fit, each typed by the first
 * rule that matches; not when the pushback is negated ("price isn't a problem"), is a reply of
 * fewer than four words, is a "need" about the call's own time ("I doubt we need all thirty
 * minutes") or names who signs after accepting ("that could work, I'd have to run it past Bea"). A
 * sentence no rule types is an objection when the language's {@code objections} classifier scores
 * it {@value #LEARNED} or more, typed by the classifier's type classes.
 */
final class Objections {

  /**
   * The seller's price as a multiple of what the buyer pays or was quoted: "That's nearly double.",
   * "You're three times that." (a price objection however short), not "twice a day", "twice as
   * fast", "three times the storage" or "double-booked".
   */
  private static final String MULTIPLE =
      "(that's|that is|you're|you are|it's) (nearly |almost |about |more than |over |well over )?"
          + "(double|twice|triple|treble|three times|four times)\\b(?!-| (a|an|per|every|as|the)\\b)";

  private static final Pattern SHORT_PRICE = Pattern.compile("^(so |well |but )?" + MULTIPLE);

  private static final Map<String, Pattern> RULES = new LinkedHashMap<>();

  static {
    RULES.put(
        "competitor",
        Pattern.compile(
            "\\bwhy would we pay .{0,40}(more|than)|\\b(got|have|had) a quote from\\b"
                + "|why (not|wouldn't we|shouldn't we|don't we) (just )?(go|stay|switch) with\\b"
                + "|\\b(it's|that's|you're|which is) (still )?(a (lot|bit) )?more than [a-z]+( [a-z]+)?( in the"
                + " first year| a month| a year| per [a-z]+)?[.!]?$|\\bcame back ([a-z]+ ){0,3}at [^.?!]{0,30}\\b(a"
                + " seat|a user|a head|a tech|a technician|per [a-z]+|a month|a year)\\b"
                + "|\\b(but|honest|frank|frankly|straight with you)\\b[^.?!]{0,40}\\bcame in ([a-z]+ ){0,3}at"
                + " [^.?!]{0,30}\\b(a seat|a user|a head|a tech|a technician|per [a-z]+|a month|a year)\\b|\\b(their|"
                + "its) (app|product|tool|platform|mobile app|ui|interface|dashboard)\\b.{0,40}\\b(as good"
                + "|better|slick|nicer|easier|simpler|cleaner)|\\b(cheaper|does (that|this) already"
                + "|already does (that|this)|better deal|good reason to switch|why (would|should) we switch|(current|existing) (vendor|tool|provider|system) (does|already|has)|already does most of|does most of (this|what)|match (their|that) price|better offer)\\b"
                + "|\\b(came|come|comes|coming) in (a (fair |little |good )?bit |a lot |well |quite a"
                + " bit |much |way )?(under|below|lower|cheaper)\\b|\\b((had|have|took|taken) a look"
                + " around|(been |are |were )?(shopping|looking) around|shopped around"
                + "|(which|and|but) (i don't think|i'm not sure) (you|yours|you guys) (do|does|have|offer)"
                + "( that| it| them)?(?=[.!,]|$)"
                + "|(it's|that's|you're|which is) (still )?(a (lot|bit) )?more than (?!(enough|ever|double|twice|happy|welcome|that|this|we|you|i|it|they)\\b)[a-z]+,? (and|but)"
                + " (theirs|they|their)\\b"
                + "|(which|and|that) yours (doesn't|does not|don't|isn't|hasn't)|they came in at [^.?!]{0,40}\\b(a year|a month|per [a-z]+|a seat)"
                + "|(isn't|is not|won't) (going to )?swing it|(that's )?the bar you're up against"
                + "|(got|have|had|'ve had|'ve got) a (proposal|bid|tender|offer) from (?!the\\b|our\\b|my\\b|your\\b))\\b"
                + "|\\b(?!today|yesterday|week|your|our|my)[a-z]+'s (demo|product|app|tool|platform|system) (looked|looks|was|is) (pretty |very |quite )?(similar|the same|much the same|identical)\\b"
                + "|\\b(right )?next to (their|the [a-z]+) (quote|proposal|offer)\\b"
                + "|\\bthey('ve| have| know| are|'re)\\b[^.?!]{0,80}\\bthere's a lot to be said for (that|it|them)\\b"));
    RULES.put(
        "price",
        Pattern.compile(
            "\\b(big jump|(you're|you are|it's|that's|yours is) (still )?(a bit |a little |a lot |quite a"
                + " bit |much |so much |way |far )?(dearer|pricier|more expensive)\\b(?! (to|than you)\\b)"
                + "|(well|way|a lot|much|far) (above|over|more than)|quite a bit (above|more than)|above what we pay"
                + "|(that's|it's) a (big|huge|large) (number|figure|ask)( for us)?\\b"
                + "|more than we (pay|spend)|too expensive|(really|very|pretty|quite|so)"
                + " expensive|pricey|over (our|the) budget|out of (our|the) budget|can't afford"
                + "|well over that|(cost|price|pricing) is what worries|that's a lot of money"
                + "|steep|hard to justify|makes? (my|our) (cfo|boss|finance|ceo) nervous|(nervous|uncomfortable)"
                + " (about|with) (the|that|this) (price|number|cost)|sticker shock|(double|twice) what"
                + "|"
                + MULTIPLE
                + "|more than (we|i) (expected|budgeted|hoped)|can't justify|(?<!enjoy (it|that) )(?<!enjoy (it|that) (far|way|much) )too (high|much|steep)"
                + "|(against|versus|vs) (a|our|the) budget of\\b(?![^.?!]*\\b(room|headroom|spare|left|under"
                + " budget|so far|to play with)\\b)"
                + "|more than (we're|we are) (paying|spending)|(above|beyond|outside) (our|the)"
                + " (budget|price range)|out of (our|the) price range|(a bit|a little|quite a bit)"
                + " (rich|expensive|high) for|(that|the|this|your) (number|price|quote|figure)( [a-z]+){0,2}"
                + " (makes|made) (me|us) (nervous|uneasy|wince)|asking for more|(pay|paying) more per"
                + "|paying (a lot|much|quite a bit|way|far|a fair bit) more"
                + "|(need|want) (something|it|that|a price) (closer to|nearer|under|below)|(still )?a long way"
                + " from|nowhere near|(could|can|would) you (get|go|do|come) (anywhere near|down to|any lower"
                + "|lower|closer to)|(any|some) (room|flexibility|wiggle room|movement) on (the )?(price|rate"
                + "|number|fee)|do (any )?better on (the )?(price|rate|number|fee)|(why|how) (we'd|we would"
                + "|we should|should we) pay|(pay|paying) (double|triple|twice|three times|four times)"
                + "|[a-z]+ times what (we|i|they) (pay|spend|are paying|budgeted)|can't see (the|our)"
                + " [a-z]+ (swallowing|paying|accepting|stomaching|going for)|before (we've|we have|we)"
                + " (saved|made|earned|seen) (a|one) (penny|cent|dime|pound|dollar|thing)|[a-z-]+"
                + " (percent|per cent|%) (jump|rise|increase|hike)|(price|quote|cost|number) is (still )?"
                + "(over|above) (it|that|the line|our line|our budget)"
                + "|(we're|we are|that's|it's|so that's) talking (about )?(nearly |almost |roughly |about |around )?[a-z0-9 -]{1,30} (a|per) (year|month|seat|user|head) more"
                + "|not (so|that|very) much (less|cheaper|lower) than"
                + "|(substantial|big|significant|large|huge|sizeable) increase on what (we|i) (spend|pay)"
                + "|(is|'s|would be|'s going to be|is going to be) a (really |very |pretty )?(hard|tough|difficult) sell"
                + "|(that's|it's|which is|that is) (well |way |just |still )?(over|above) (my|our)"
                + " ([a-z-]+ )?(hundred|thousand|budget|line)"
                + "|i (still )?need a (number|price) (the|my|our) [a-z]+ (will|can|would) (sign|approve|accept)"
                + "|at (your|that) (rate|price|number),? (we're|we'd be|we are|it's|that's) (right )?"
                + "(on the edge|at the limit|over (budget|the budget|what)))\\b"));
    RULES.put(
        "authority",
        Pattern.compile(
            "\\b(not my signature|can't commit|cannot commit|needs? (sign-off|sign off|approval)"
                + "|(have|need) to (run it|check) (by|past|with)|not (my call|up to me)|(cfo|ceo"
                + "|board|procurement|finance) (has|have|would have|will have|needs?) to"
                + " (approve|sign)|can't (take|bring) this to (the board|my cfo|finance|my boss)|(board|cfo|ceo"
                + "|finance|procurement|legal) (won't|wouldn't|will never|would never) (approve|sign|go for)"
                + "|above my (pay grade|authority)|(i'd|i would) (have|need) to (talk to|ask|loop in"
                + "|check with|get approval from)|not (the one|the person) who (decides|signs)"
                + "|(doesn't|does not|won't) get (the )?final say|(my|our) (boss|cfo|ceo|vp|director)"
                + " (decides|makes the call|signs|has the final say)|(over|above|beyond) my (limit|sign-off limit"
                + "|signing limit|approval limit|authority)|can't take .{0,40}\\bto (her|him|them|the board"
                + "|my boss|my cfo|finance)|(can't|cannot|couldn't) (sign|approve) ([a-z]+ )?off"
                + "|(anything|everything|spend|spending) (over|above) [^.?!]{1,30}\\b(has to|needs to|must)"
                + " go to (the )?(board|committee|trustees|cfo|finance|council)"
                + "|(can't|cannot|couldn't) sign [^.?!]{0,40}\\b(myself|on my own)"
                + "|(make|give) (the|a|my) recommendation,? but [a-z]+ (signs|decides|approves|has the"
                + " final say)"
                + "|over (that|it|the limit|my limit|the threshold)[^.?!]{0,10}\\b(goes|go|has to go"
                + "|needs to go|would go|'d go) to"
                + "|(it|this|that) (has|needs|would need|will need|would have) to go (to|through|past"
                + "|before) (the )?[a-z]+"
                + "|(i )?can (only )?recommend,? but|(can't|cannot|couldn't) (sign|agree to|commit to"
                + "|approve) [^.?!]{0,40}\\bwithout (the|our|my|a) [a-z]+"
                + "|neither [a-z]+ nor (i|me|we) (can|could) (sign|approve)"
                + "|(needs?|requires?) ([a-z]+'s|her|his|their) (signature|sign-off|approval)"
                + "|can't (just )?(award|give|sign|hand) (this|it|the contract) (to|over to) you"
                + "|i'd need (?!you\\b|a few\\b|time\\b|more\\b)[a-z. ]{1,20} to (see it that way|agree|sign (it|off)"
                + "|approve|buy into|go for)|not sure (the|my|our) (board|partners|directors|cfo|ceo|finance"
                + "|boss|committee|trustees|owners|governors|council|management) (will|would) (go for"
                + "|agree to|sign|approve|accept))\\b"));
    RULES.put(
        "timing",
        Pattern.compile(
            "\\b(can't (roll|switch|move|start|do) .{0,40}\\b(between|until|before|during|in)"
                + "|(i'm|i am|we're|we are) not (changing|switching|moving|starting|swapping) [^.?!]{0,60}\\b(between|during)\\b"
                + "|not (this|right) (quarter|now|year)|terrible (month|time)|bad time|peak season"
                + "|too soon|not a good time|(no|don't have the) bandwidth|(this|next) (quarter|month|year) is"
                + " (impossible|tough|bad|brutal|crazy|hectic|mad|insane|not going to work)|bad timing|not the right time|budget('s| is)"
                + " frozen|in the middle of (a|our)|(revisit|come back to|look at) (this|it) (next|in|after)"
                + " (year|quarter|the new year|q[1-4]|a few months|six months)|locked in (until|till|through)"
                + "|not (until|before) (next|after) (year|quarter|the renewal)|nobody [a-z ]{0,30}(has|have)"
                + " (any )?(bandwidth|capacity|time)|buried in|nobody can (execute|do|run|start|test|take)"
                + "|(years?|months?|term) is (a (very |really )?long (time|commitment)|too long)"
                + "|(long|big) commitment for us|(our|the) busiest (month|time|week|season|period|quarter)"
                + "|push back on (the )?(timing|dates?|start|timeline)|(got|have) no time (to|for)"
                + "|(not got|haven't got|don't have|no) (anyone|anybody|people|staff|one) spare"
                + "|(the )?worst (possible )?(month|time|week|quarter|season|moment) (to|for)"
                + "|can't do anything (big|new|major|like this) (once|when|until|before|during|in)"
                + "|timing (isn't|is not|'s not|wasn't|was not) (really )?(great|ideal|good|brilliant"
                + "|perfect)|timing('s| is) (awful|terrible|bad|tricky|difficult|not great|not ideal)"
                + "|(i'd|we'd|i would|we would) rather not (start|sign|commit|take on|change|do|begin|switch)\\b[^.?!]{0,40}\\b(before|until|till|during)"
                + "|(getting|signing|starting|switching|that|this|timing|the timeline|the schedule|the deadline)\\b[^.?!]{0,60}\\b(is|'s) going to be (very |really |quite |pretty )?tight"
                + "|not the (ideal|right|best) (moment|time) to|that's our peak\\b(?! [a-z])"
                + "|that's our (peak|busiest) (season|time|period|month|week|quarter|weeks|months)\\b"
                + "|(we're|we are) flat out\\b(?![^.?!]{0,40}\\bwhy we need\\b)"
                + "|not rolling (out|in) anything (new )?[^.?!]{0,30}\\b(in|during|until|before)\\b"
                + "|(weeks|days|months|just|right) before [^.?!]{1,40}\\bmakes? (me|us) (a bit |a little |slightly"
                + " |quite |very )?(nervous|uneasy))\\b"));
    RULES.put(
        "need",
        Pattern.compile(
            "\\b(not (totally |really |entirely |completely |a hundred percent )?sure we (need|want)|don't (really )?need|doubt we need|we're fine with"
                + "|happy with what we have|nice to have|(don't|do not) see the (value|need)|not a priority"
                + "|(not sure|don't think) (we|i) (need|want)|(works|working) (fine|well enough) for us"
                + "|(we|i) (get by|manage) (fine|okay|ok) (with|without)|not convinced .{0,40}\\bneeds?"
                + "|(managed|coped|done) (fine|okay|ok|well) (with|without)|already (do|does|handle|handles"
                + "|cover|covers) (this|that|the|their) (job|work)|why (do|would|should) (we|they|i|you) (even"
                + " |really )?need (a|an|the|this|that|another|it)\\b|(we|you) wouldn't (even |really )?need"
                + " (any of )?(this|it|that|them|one)"
                + "|(wonder|wonders|wondering|questioning) (whether|if) we (really |actually |even )?need"
                + "|not convinced [^.?!]{0,40}\\b(buy|buys|get|gets|give|gives) us (much|anything))\\b"));
    RULES.put(
        "fit",
        Pattern.compile(
            "^(?:(?:and|but|so|okay|ok|well|yeah|honestly|look),? ){0,4}+(that's|that is|which is|this is) my"
                + " (main |big |biggest |real |only |one )?(worry|concern)\\b|\\bmy (main |big |biggest |real"
                + " |only |one )?(worry|concern) is\\b(?! (that )?(sorted|gone|solved|covered|dealt with))"
                + "|\\b(non-starter|nonstarter|non starter|deal-breaker|dealbreaker|deal breaker|showstopper"
                + "|show-stopper|doesn't (fit|integrate|work with|scale)|not a (good )?fit|won't work for us|wouldn't"
                + " work for us|missing (a|the) (feature|integration)|(too big|overkill|too complex|too"
                + " heavy) for (us|a team (our|of our) size)|(doesn't|does not) support (our|the way we)"
                + "|not sure (your|the|this|that|it) [a-z -]{0,30}\\b(fits?|handles?|supports?|copes? with"
                + "|works with)|not sure (you'd|you would|you'll|you will|it'd|it would|it will|your"
                + " [a-z]+ would) be able to)|(half|most|none|some) (of )?(my|our|the) [a-z]+ (can't|cannot|won't|couldn't) (run|use|support"
                + "|handle) (it|that|this)|(i'm|i am) (less|not so|not as|not that) sure (about|that"
                + "|whether|if)\\b"
                + "|\\bnot sure (you're|you are|you'd be|your (company|firm|business) is) on (it|the list|their list|our list|the framework|their framework|the approved list)\\b"
                + "|\\bmy (main |biggest |real |other )?(worry|concern) is (more )?(practical|logistical|about"
                + " (your|how far|the distance|distance|response|support|whether you))\\b"
                + "|\\b(worried|concerned) (that )?(the|our|my) [a-z]+ (won't|will not|wouldn't|would not)"
                + " (like|use|accept|want|take to)\\b"));
  }

  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(isn't|is not|wasn't|not) (a|an|really a|really an)? ?(problem|issue|concern|blocker|worry"
              + "|deal[- ]?breaker|show-?stopper|non-?starter)"
              + "|\\bno problem\\b|\\bonly [^.?!]{0,40}\\bmore than\\b");

  /**
   * An acceptance said with the pushback ("two years could work, I'd have to run it past Bea"):
   * agreeing and naming who signs is a step, not an authority objection.
   */
  private static final Pattern ACCEPTED =
      Pattern.compile(
          "\\b((could|would|should|might) work|sounds (good|great|fair|reasonable)|works for (us|me)"
              + "|makes sense|happy with that)\\b");

  /**
   * A "timing" pushback that is about someone joining the call ("she's buried in a board pack this
   * morning, so she may drop in partway through"), not about the purchase.
   */
  private static final Pattern JOINING =
      Pattern.compile("\\b(join|joining|drop in|dial in|hop on|jump on)\\b");

  /**
   * A "need" someone else is quoted on ("Dylan said we don't need it if everything's in the
   * cloud"): a reason given for a choice, not the buyer pushing back.
   */
  private static final Pattern REPORTED =
      Pattern.compile("\\b(said|says|reckons|told (me|us)) (that )?(we|they|you)\\b");

  /** A "need" that is about the call's own time ("I doubt we need all thirty minutes"). */
  private static final Pattern ABOUT_THE_CALL =
      Pattern.compile("\\b(minutes|hour|hours|time|call|meeting)\\b");

  /**
   * What an "authority" objection names: someone who signs or decides (a name, "he" or "she", a
   * board or a post), the signing itself, or whose money it is ("it's not my money"). A sentence
   * the classifier types "authority" without any of these ("Like, I can't hardly see what's even on
   * the screen", "I can't see what's on Teams": a product after "on" is no person) is no objection
   * about who signs.
   */
  private static final Pattern APPROVER =
      Pattern.compile(
          "(?i:\\b(sign\\w*|approv\\w*|decid\\w*|decision|call|say|limit|veto|okay|convince|win (me |us"
              + " |them )?over|desk|board|committee|partners?|owners?|director|manager|boss|finance|cfo"
              + "|ceo|procurement|trustees|council\\w*|governors|he|she|him|her|money|budget|promise"
              + "|up to me|check with|run it (by|past))\\b)"
              + "|(?<!^)(?<![.!?] )(?<!\\b(?:on|in|at|the|via|using|into|onto) )\\b[A-Z][a-z]+\\b");

  /** The fewest words of an objection; shorter replies ("Peak season.") answer a question. */
  static final int MIN_WORDS = 4;

  private static final Set<String> TYPES = RULES.keySet();

  /**
   * The language's classifier of objections: class {@code objection} over the buyer's sentences,
   * then one class per type, trained on the development sales calls by {@code
   * evaluation/experiments/classifier/train.py objections}.
   */
  static final String MODEL = "objections";

  /**
   * The probability from which the classifier makes an objection of a sentence no rule types.
   * Scored on ten development sales calls at their first contact with the rules (the commit that
   * added each), with a model trained without them, objections went from recall 25% at precision
   * 71% to 50% at 64% (0.7: 50% at 59%; 0.9: 37% at 67%).
   */
  static final double LEARNED = 0.8;

  /** The fewest words of a sentence the classifier reads. */
  static final int LEARNED_MIN_WORDS = 5;

  /**
   * The seller's first sentence after the buyer's pushback, when it grants the point: "That's
   * fair.", "That's a fair concern.", "I hear you.", "I understand.", "Completely fair.",
   * "Understandable." (after leading fillers: "Yeah, no, that's fair."). Not "Understood." or "Fair
   * enough." (they take a fact or a plan as often as an objection) and not "That's a big hit" (a
   * cost told, a risk).
   */
  private static final Pattern GRANTED =
      Pattern.compile(
          "^(?:(?:yeah|yes|sure|okay|ok|right|no|look|so|and|oh|mm|hm|well|honestly|but),? )*+"
              + "(?:(?:that's|that is|it's) (?:a |an |actually a |really a |totally |completely"
              + " |entirely |perfectly |absolutely )?(?:fair|reasonable|valid|legitimate"
              + "|understandable)(?: (?:concern|point|worry|challenge|objection|one))?\\b(?! question)"
              + "|i (?:totally |completely |really |fully )?(?:get|understand|hear) (?:it|that|you"
              + "|your (?:concerns?|worry|worries|point|hesitation|frustration)|the concern|the worry"
              + "|where you're coming from)\\b(?! (?:run|have|are|do|use|need"
              + "|want|said|mean)\\b)|i (?:totally |completely |really |fully )?understand(?=[.,!]|$)"
              + "|understandable\\b|(?:completely|totally|absolutely|entirely|very)"
              + " (?:fair|understandable|understand)\\b)");

  /**
   * Rule {@code objection.granted}: how often the buyer's last sentence before a {@link #GRANTED}
   * reply held an objection on the development sales calls (105 of 113 turns; the last sentence was
   * among the objection's 99 times).
   */
  private static boolean granted(SentenceIndex index, int k, String seller) {
    List<Excerpt> sentences = index.sentences();
    return k + 1 < sentences.size()
        && sentences.get(k + 1).entityId().equals(seller)
        && GRANTED.matcher(index.lower(k + 1)).lookingAt();
  }

  /** The item filters that make a granted sentence no pushback: done in the call, small talk. */
  private static final List<String> NOT_PUSHBACK = List.of("in_call", "small_talk");

  /** The probability from which a type class types a granted objection (else "fit"). */
  static final double GRANTED_TYPED = 0.4;

  private Objections() {}

  /**
   * What makes a buyer's sentence that names a competitor a competitor objection: an offer of
   * theirs or their being cheaper, anywhere in it ("Tasklane is cheaper", "they said they'd throw
   * the fitting in for free", "Tasklane don't charge setup"); see also {@link #rival}.
   */
  private static final Pattern OFFERED =
      Pattern.compile(
          "\\b(cheaper|(don't|doesn't|won't) charge|throw(ing)? (it |that |them |the [a-z]+ )?in"
              + "|thrown in)\\b");

  /**
   * A competitor named as the subject of a comparison: "Fleetlyne are under twenty", "Tasklane's
   * screens looked simpler" ("That's less than ClearSpan" compares the seller, not the rival).
   */
  private static Pattern rival(String name) {
    return Pattern.compile(
        "\\b"
            + Pattern.quote(name)
            + "\\b[^.?!,]{0,30}?\\b(is|are|'s|'re|were|was|came in|come in|comes in|looked|look|looks)"
            + "\\b[^.?!,]{0,20}?\\b(cheaper|less|under|lower|below|simpler|easier|nicer|better)\\b");
  }

  /**
   * Every objection in the call, in time order, with a buyer's sentence that names one of {@code
   * competitors} (as detected in the call) and compares it or tells its offer ({@link
   * #namesAndCompares}) a competitor objection (rule {@code objection.competitor_named}) when no
   * other rule types it.
   */
  static List<Finding> of(ConversationAnalysis a, List<String> competitors) {
    List<Pattern> named =
        competitors.stream().map(n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b")).toList();
    List<Pattern> compared = competitors.stream().map(Objections::rival).toList();
    List<Finding> out = new ArrayList<>();
    String seller = a.target().id();
    SentenceIndex index = a.sentenceIndex();
    List<Excerpt> sentences = index.sentences();
    Optional<SentenceClassifier> model = a.language().flatMap(l -> l.classifier(MODEL));
    for (int k = 0; k < sentences.size(); k++) {
      Excerpt e = sentences.get(k);
      a.checkpoint();
      if (e.entityId().equals(seller)) {
        continue;
      }
      Optional<String> type = type(index.lower(k), index.wordCount(k));
      if (type.isPresent()) {
        out.add(Finding.of("objection", e, "objection." + type.get()).with("type", type.get()));
      } else if (namesAndCompares(e.text(), index.lower(k), named, compared)) {
        out.add(
            Finding.of("objection", e, "objection.competitor_named").with("type", "competitor"));
      } else if (model.isPresent() && index.wordCount(k) >= LEARNED_MIN_WORDS) {
        Optional<Finding> learned = learned(model.get(), e, index.lower(k));
        if (learned.isPresent()) {
          out.add(learned.get());
        } else if (granted(index, k, seller)) {
          grantedObjection(
                  model.get(),
                  e,
                  index.lower(k),
                  sentences.get(k + 1),
                  a.language().get().itemFilters())
              .ifPresent(out::add);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The objection {@code model} finds in {@code e}: class {@code objection} at {@link #LEARNED} or
   * more, not a question or a negated pushback, typed by the type class it scores highest; rule
   * {@code objection.classifier}, with the probability as score and the terms that raised it.
   */
  private static Optional<Finding> learned(SentenceClassifier model, Excerpt e, String lower) {
    int c = model.classes().indexOf("objection");
    if (c < 0 || Sentences.isQuestion(e.text()) || NEGATED.matcher(lower).find()) {
      return Optional.empty();
    }
    SentenceClassifier.Vector v = model.vector(e.text());
    double p = v.readable() ? model.probability(v, c) : 0;
    if (p < LEARNED) {
      return Optional.empty();
    }
    for (Pattern rule : RULES.values()) {
      if (rule.matcher(lower).find()) {
        return Optional.empty(); // a rule read it and left it out ("I doubt we need the full hour")
      }
    }
    String type = topType(model, v, t -> !t.equals("competitor") || RIVAL.matcher(e.text()).find());
    if (type == null
        || excluded(type, lower)
        || (type.equals("authority") && !APPROVER.matcher(e.text()).find())) {
      return Optional.empty();
    }
    Learned why = Learned.of(model, v, c, p);
    return Optional.of(
        new Finding(
                "objection",
                Optional.of(e),
                "objection.classifier",
                Optional.of(why.score()),
                Map.of())
            .with("type", type)
            .with("terms", why.joinedTerms()));
  }

  /**
   * The objection in a buyer's sentence the seller grants ({@link #granted}): typed by the type
   * class {@code model} scores highest, whatever its objection score ("authority" only when the
   * sentence names who signs, "competitor" when it names a rival), or "fit" (the concern that the
   * product does not suit) when no type scores {@value #GRANTED_TYPED}; not a question, a negated
   * pushback, one any type's exclusions leave out ("she may drop in partway through") or what the
   * language's item filters read as done in the call or small talk ("I'll need to drop off at half
   * past for the school run").
   */
  private static Optional<Finding> grantedObjection(
      SentenceClassifier model,
      Excerpt e,
      String lower,
      Excerpt reply,
      Map<String, Pattern> itemFilters) {
    if (Sentences.isQuestion(e.text())
        || NEGATED.matcher(lower).find()
        || TYPES.stream().anyMatch(t -> excluded(t, lower))
        || NOT_PUSHBACK.stream()
            .map(itemFilters::get)
            .anyMatch(f -> f != null && f.matcher(lower).find())) {
      return Optional.empty();
    }
    SentenceClassifier.Vector v = model.vector(e.text());
    String type =
        v.readable()
            ? topType(
                model,
                v,
                t ->
                    t.equals("authority")
                        ? APPROVER.matcher(e.text()).find()
                        : !t.equals("competitor") || RIVAL.matcher(e.text()).find())
            : null;
    if (type == null || model.probability(v, model.classes().indexOf(type)) < GRANTED_TYPED) {
      type = "fit";
    }
    return Optional.of(
        Finding.of("objection", e, "objection.granted")
            .with("type", type)
            .with("granted", reply.quoted()));
  }

  /**
   * What a "competitor" objection the classifier types names: another supplier, its quote or its
   * price, or a name said mid-sentence ("I'm just afraid it would have the same problems" is no
   * competitor objection).
   */
  private static final Pattern RIVAL =
      Pattern.compile(
          "(?i:\\b(quot\\w*|cheaper|vendors?|suppliers?|providers?|competitors?|elsewhere"
              + "|other (company|companies|firm|firms|one|ones|option|options)|switch\\w*)\\b)"
              + "|(?<!^)(?<![.!?] )\\b[A-Z][a-z]+\\b");

  /**
   * The objection type of the types {@code allowed} whose class {@code model} scores highest for
   * {@code v}, if any.
   */
  private static String topType(
      SentenceClassifier model, SentenceClassifier.Vector v, Predicate<String> allowed) {
    String type = null;
    double best = -1;
    for (int t = 0; t < model.classes().size(); t++) {
      String name = model.classes().get(t);
      double pt = v.readable() ? model.probability(v, t) : 0;
      if (TYPES.contains(name) && allowed.test(name) && pt > best) {
        type = name;
        best = pt;
      }
    }
    return type;
  }

  /**
   * Whether a sentence compares a competitor as its subject ({@link #rival}) or names one with an
   * offer of theirs ({@link #OFFERED}); not a question or a negated pushback.
   */
  private static boolean namesAndCompares(
      String text, String lower, List<Pattern> named, List<Pattern> compared) {
    if (named.isEmpty() || NEGATED.matcher(lower).find() || Sentences.isQuestion(text)) {
      return false;
    }
    if (compared.stream().anyMatch(r -> r.matcher(text).find())) {
      return true;
    }
    return OFFERED.matcher(lower).find() && named.stream().anyMatch(r -> r.matcher(text).find());
  }

  /**
   * The type of objection {@code sentence} raises when said by the buyer: the first rule that
   * matches, or empty when none does, the pushback is negated or the sentence is a short reply.
   */
  static Optional<String> type(String sentence) {
    return type(
        sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\''), Tokens.wordCount(sentence));
  }

  /**
   * {@link #type(String)} of a sentence given in lower case with {@code ’} as {@code '} ({@link
   * SentenceIndex#lower}) and its word count.
   */
  private static Optional<String> type(String lower, int words) {
    if (words < MIN_WORDS && !SHORT_PRICE.matcher(lower).lookingAt()
        || NEGATED.matcher(lower).find()) {
      return Optional.empty();
    }
    for (Map.Entry<String, Pattern> r : RULES.entrySet()) {
      if (r.getValue().matcher(lower).find() && !excluded(r.getKey(), lower)) {
        return Optional.of(r.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a pushback of {@code type} in {@code lower} is no objection: a "need" about the call's
   * own time or quoted from someone else, an authority named after accepting, a "timing" about
   * someone joining the call.
   */
  private static boolean excluded(String type, String lower) {
    return (type.equals("need")
            && (ABOUT_THE_CALL.matcher(lower).find() || REPORTED.matcher(lower).find()))
        || (type.equals("authority") && ACCEPTED.matcher(lower).find())
        || (type.equals("timing") && JOINING.matcher(lower).find());
  }

  /** The most important objection: the first of the earliest-tried type (price before need). */
  static java.util.Optional<Finding> main(List<Finding> objections) {
    for (String type : TYPES) {
      for (Finding f : objections) {
        if (typeOf(f).equals(type)) {
          return java.util.Optional.of(f);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The type of an objection finding, such as {@code price}. */
  static String typeOf(Finding objection) {
    return ((dev.reportengine.api.json.JsonValue.JsonString) objection.details().get("type"))
        .value();
  }

  /**
   * How an objection is labelled beside its quote: "price objection", or for one the classifier
   * found, "need objection (classifier 0.83: need, waiting on)", for one the seller granted, "fit
   * objection (the seller granted it: "I completely understand your concerns.")".
   */
  static String describe(Finding objection) {
    String label = typeOf(objection) + " objection";
    if (objection.details().get("granted")
        instanceof dev.reportengine.api.json.JsonValue.JsonString reply) {
      return label + " (the seller granted it: \"" + reply.value() + "\")";
    }
    if (objection.score().isEmpty()) {
      return label;
    }
    String terms =
        ((dev.reportengine.api.json.JsonValue.JsonString) objection.details().get("terms")).value();
    return label + " (" + Learned.label(objection.score().get(), terms) + ")";
  }

  /** The objection types, in the order they are tried. */
  static Set<String> types() {
    return TYPES;
  }
}
