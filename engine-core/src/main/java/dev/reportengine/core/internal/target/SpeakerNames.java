package dev.reportengine.core.internal.target;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Tokens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for speakers a transcript labels only by a diarization code ({@code Speaker 0}, {@code
 * Speaker A}, {@code SPEAKER_01}, {@code spk_2}) or not at all, from what is said: a
 * self-introduction in one of the speaker's first turns ("I'm Priya, I run ops", "this is Priya
 * from Halden", "my name is Priya") counts two votes; being addressed by name counts one ("Thanks,
 * Marcus" points back to the previous speaker; "Marcus, can you ...?", "Marcus, you were going to
 * ...", "last time, Marcus, you said ...", "thanks for making the time, Marcus." and "over to you,
 * Marcus" forward to the next; "Sally, is it?" asks about a name and addresses no one). A speaker
 * is named when a name has two votes or more and more than any other name for them, and no other
 * speaker has more votes for that name. A name only said about someone ("Kevin from finance will
 * sign off") is no vote: people who are mentioned but absent are never given a speaker. Labels a
 * host or a format supplies are never changed; ids never change.
 */
public final class SpeakerNames {

  /**
   * A name given to a speaker, with its evidence.
   *
   * @param entityId the speaker
   * @param name the name, as said
   * @param rule {@code self_introduction} or {@code address}: the strongest kind of evidence
   * @param votes the votes for this name
   * @param text the sentence of the strongest evidence
   * @param startSeconds where that sentence's utterance starts
   */
  public record Inferred(
      String entityId, String name, String rule, int votes, String text, double startSeconds) {

    /** As JSON for {@code raw.media.speaker_names}. */
    public JsonValue json() {
      return JsonValue.JsonObject.builder()
          .put("entity_id", entityId)
          .put("name", name)
          .put("rule", rule)
          .put("votes", votes)
          .put("text", text)
          .put(
              "start_seconds",
              new JsonValue.JsonNumber(
                  BigDecimal.valueOf(startSeconds).setScale(3, RoundingMode.HALF_UP)))
          .build();
    }
  }

  /** Votes a name needs. */
  static final int MIN_VOTES = 2;

  static final int INTRODUCTION_VOTES = 2;

  /** The turns of a speaker in which "I'm" and a full name still introduce them. */
  static final int FULL_NAME_TURNS = 6;

  /** A label that is a diarization code, not a name. */
  private static final Pattern CODE =
      Pattern.compile(
          "(?i)(?:speaker|spk|spkr|participant|voice|unknown|guest|caller)(?:[ _-]*(?:[0-9]{1,3}"
              + "|[a-z]))?|[0-9]{1,3}|[a-z]");

  /**
   * A capitalised contraction is no name: "You're Rosalind, I take it?" names nobody "You're
   * Rosalind" (while "O'Neill" and "D'Souza" are names).
   */
  private static final String NOT_A_CONTRACTION = "(?!\\p{L}+['’](?:re|ve|ll|d|s|m|t)\\b)";

  private static final String NAME =
      "(" + NOT_A_CONTRACTION + "\\p{Lu}[\\p{Ll}'-]+(?:\\s+\\p{Lu}[\\p{Ll}'-]+)?)";

  /** The last word of a job title said after a name: "Gareth Pugh, practice manager, ...". */
  static final String JOB_TITLE_HEADS =
      "manager|director|lead|officer|engineer|coordinator|administrator|owner|founder|consultant"
          + "|analyst|designer|developer|supervisor|accountant|specialist|assistant|executive"
          + "|president|chair|secretary|treasurer|technician|controller|planner|recruiter";

  /**
   * Words that open a first turn before a name: "Hi", "Hiya", "Yes, hello", "Sorry all", "Hi
   * Lorraine" (a greeting with the name of whom it greets).
   */
  private static final String GREETING =
      "(?i:hi|hello|hey|hiya|kia ora|morning|good morning|good afternoon|hi there|hi all|hi everyone"
          + "|hello everyone|sorry|sorry all|sorry folks|sorry everyone|apologies)"
          + "|(?i:hi|hello|hey|hiya|kia ora|morning)\\s++\\p{Lu}\\p{Ll}++";

  /**
   * A speaker who opens a sentence of one of their first turns with their full name and their
   * company or what they do: "Renata Okafor from Quillstone, ...", "Hi, Jun Park, I run the AP
   * team", "Tobias Lindqvist, I look after finance", "Gareth Pryce, head of engineering at
   * Castlebay Buses.", "Gareth Pugh, practice manager, as you know.", "Marcus Bridger, good to meet
   * you.", "Hannah Kowalczyk, yes. Hello again." (a name confirmed, then a greeting) Two
   * capitalised words are required, and the company must be capitalised and end its clause (its
   * sentence, after a post), so "Kevin Li from finance will sign off" and "Kevin Li, head of
   * finance at Acme, will sign off" are no introductions.
   */
  private static final Pattern NAMED_OPENER =
      Pattern.compile(
          "(?:^|[.!?]\\s+)(?:(?:"
              + GREETING
              + ")\\s*+[,!.]?\\s++){0,4}"
              + "("
              + NOT_A_CONTRACTION
              + "\\p{Lu}[\\p{Ll}'-]+\\s+\\p{Lu}[\\p{L}'-]+)"
              + "(?:\\s+(?:from|at|with|over at)\\s+\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*){0,2}"
              + "\\s*[,.;]"
              + "|\\s*,\\s+(?:I|I['’]m|I['’]ve|I['’]ll|and I)\\s"
              + "|\\s*,\\s+(?:the\\s+)?\\p{Ll}[\\p{L}-]*+(?:\\s+\\p{Ll}[\\p{L}-]*+){0,4}"
              + "\\s+(?:at|from|for|with)\\s+\\p{Lu}[\\p{L}&'-]*+(?:\\s+\\p{Lu}[\\p{L}&'-]*+){0,2}"
              + "\\s*[.;!](?:\\s|$)"
              + "|\\s*,\\s+(?i:(?:good|nice|pleased|great|lovely) to (?:meet|see) you|hi|hello|hey)\\b"
              + "|\\s*,\\s+(?i:yes|yeah|yep|that['’]s me|that['’]s right)\\s*[,.!]\\s+(?i:hi|hello|hey"
              + "|(?:good|nice|pleased|great|lovely) to (?:meet|see) you)\\b(?![,!]?\\s*\\p{Lu})"
              + "|\\s*,\\s+(?i:(?:just )?for the (?:recording|record|notes|minutes|tape))\\s*,\\s+(?:I|I['’]m)\\s"
              + "|\\s*,\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{L}-]*+\\s+){0,3}(?:"
              + JOB_TITLE_HEADS
              + ")s?\\s*[,.;!](?:\\s|$))");

  /**
   * A full name alone as a sentence after a greeting, in one of a speaker's first turns: "Yes,
   * hello, Tendai Moyo. I can hear you fine."; not after "Yes" alone ("Yes, Kevin Li." confirms a
   * name someone asked about).
   */
  private static final Pattern GREETED_NAME =
      Pattern.compile(
          "^(?:(?i:yes|yeah|sorry)\\s*+[,!.]?\\s++){0,2}(?i:hi|hello|hey|hiya|morning|good morning"
              + "|good afternoon)\\s*+[,!.]?\\s++(?:(?:"
              + GREETING
              + ")\\s*+[,!.]?\\s++){0,2}(\\p{Lu}[\\p{Ll}'-]+\\s+\\p{Lu}[\\p{L}'-]+)\\s*[.!](?:\\s|$)");

  /**
   * Words after an opener that tell of the person named, not by them: "Hi Dev, Priya Nair from
   * Finance, she's running late".
   */
  private static final Pattern THIRD_PERSON_NEXT =
      Pattern.compile("[\\s,]*+(?i:she|he|they|who|has|had|is|was|will|sends|sent)\\b");

  /** "That's me, Marcus, ...": a speaker owning the name someone just introduced them by. */
  private static final Pattern THATS_ME =
      Pattern.compile(
          "(?=[TtIiYy])(?i:\\bthat['’]s me|\\bit['’]s me|\\byep,? me)\\s*,\\s*" + NAME + "\\b");

  /**
   * "Hi, sorry, sorry, Kwame here, I've just come out of the other meeting": a speaker saying who
   * they are after a few words of greeting or apology, or at the start of a later sentence ("G'day,
   * Siobhán, can you hear me? Lachlan here, from Plumline."), in one of their first turns (a name
   * right at the start, "Maria here", is {@link SelfIntroductionRule#HERE}).
   */
  private static final Pattern HERE_AFTER_GREETING =
      Pattern.compile(
          "(?:^(?:(?i:hi|hello|hey|sorry|apologies|oh|ah|yes|yeah|morning|hiya|g['’]day)"
              + "\\s*+[,!.]?\\s++){1,4}|[.!?]\\s++)"
              + NAME
              + ",?\\s++here\\b");

  /**
   * Someone called for by name as the call or the meeting starts: "Hello, is that Rhian?", "Niamh
   * Gallagher? Hi, come on up." (a full name asked alone as a sentence and followed by a greeting).
   * The one called is the speaker who answers next, in one of their first turns ({@link
   * #ANSWERS_CALL}); not a company, a department or a place ("Is that Brightline Dental?", "Is this
   * Customer Services?": {@link #COMPANY_WORDS}).
   */
  private static final Pattern CALLED_FOR =
      Pattern.compile(
          "(?:^|[.!?,]\\s+)(?:(?i:is that|is this)\\s+"
              + NAME
              + "|(?<![\\p{L},]\\s)(\\p{Lu}[\\p{Ll}'-]+\\s+\\p{Lu}[\\p{Ll}'-]+)\\s*\\?\\s+(?i:hi|hello|hiya"
              + "|morning|welcome)\\b)");

  /** Last words of a name for a company, a department or a place, not a person. */
  private static final Set<String> COMPANY_WORDS =
      Set.of(
          "dental",
          "services",
          "service",
          "group",
          "ltd",
          "limited",
          "inc",
          "solutions",
          "systems",
          "maps",
          "foods",
          "motors",
          "hire",
          "homes",
          "care",
          "practice",
          "surgery",
          "clinic",
          "hospital",
          "school",
          "college",
          "council",
          "bank",
          "hotel",
          "inns",
          "logistics",
          "labs",
          "support",
          "desk",
          "reception",
          "office",
          "accounts",
          "sales",
          "team",
          "department",
          "centre",
          "center",
          "trust",
          "partners",
          "associates",
          "agency",
          "studio",
          "works");

  /**
   * An answer that owns the name just called: "Yes, hiya", "Speaking", "That's me", "Yes, it is.",
   * "Thanks. Hi."; not one that speaks for a company ("Yes, that's us.") or for someone else ("Hi,
   * sorry, she's not in today", "Hello, no, this is her colleague.").
   */
  private static final Pattern ANSWERS_CALL =
      Pattern.compile(
          "^\\W*(?i:yes|yeah|yep|yup|speaking|that's me|that’s me|it is|hi|hello|hiya|thanks|thank"
              + " you|morning)\\b(?![^.!?]*\\b(?i:that's us|that’s us|we are|she|he|she's|he's|her|him"
              + "|not|no|this is|colleague)\\b)");

  /** A turn that opens by exclaiming a name ("Kofi! No stress."): it greets the one just heard. */
  private static final Pattern EXCLAIMED =
      Pattern.compile("^(?:(?i:oh|ah|hey|hi|hello|there(?:'s| is))\\s*,?\\s+)?" + NAME + "!");

  /**
   * "No worries, Imogen, grab a seat.": said back to the one who just spoke (a late joiner's
   * apology), like a thank-you; only with the name closed by punctuation, since "No problem, Dave
   * will send it" names someone else.
   */
  private static final Pattern NO_WORRIES =
      Pattern.compile("^\\W*(?i:no worries|no problem|don't worry)\\s*,\\s*" + NAME + "\\s*[,.!?]");

  private static final Pattern BACK =
      Pattern.compile(
          startingWithOneOf(AddressRule.THANKS, AddressRule.GREETING)
              + "(?i:\\b(?:"
              + AddressRule.THANKS
              + "|"
              + AddressRule.GREETING
              + "))\\s*,?\\s+(?:(?i:so much|very much|again)\\s*,?\\s+)?"
              + NAME
              + "\\b");

  /** The patterns whose name points back to the speaker heard last. */
  private static final List<Pattern> BACKWARD = List.of(BACK, NO_WORRIES);

  /**
   * "... and this is Oskar", "Noor, this is Ines Oyelaran", "for anyone who hasn't met her yet,
   * this is Priyanka Nair": a speaker introducing someone else. The one introduced is the other
   * speaker heard just before, who had just said their first words ("Hello!", "Hi, sorry, the bank
   * ran over"); after words that present someone to the room ("for anyone who hasn't met him"), the
   * speaker of the very next turn, who answers to it; two votes then, else none.
   */
  private static final Pattern INTRODUCES_OTHER =
      Pattern.compile(
          "(?=[Tt])(?i:\\bthis\\s+is)\\s+" + NAME + "(?!" + AddressRule.IN_SENTENCE + "\\?)");

  /**
   * "I've got Priya here with me, she's our technical manager.", "I've brought Lucia along today",
   * "we're joined by Kofi Mensah, our ...", "and with me is Kwame Asante, our head of production":
   * a speaker presenting someone who is on the call with them. The one presented is the speaker who
   * answers next with a greeting in their very first turn ("Hi, hello."); two votes then, else
   * none.
   */
  private static final Pattern BROUGHT_ALONG =
      Pattern.compile(
          "(?=[IiWwJj])(?i:\\b(?:I|we)(?:['’]ve|\\s+have)\\s+(?:also\\s+)?(?:got|brought)"
              + "|\\bjoined\\s+by|\\b(?:with|joining) (?:me|us)(?: today| here| as well)? is)\\s+"
              + "(?:(?i:my|our)\\s+(?:\\p{Ll}+\\s+){1,3})?"
              + "(?!(?:Legal|Finance|Procurement|IT|HR|Marketing|Sales|Operations|Ops|Support|Accounts"
              + "|Engineering|Security|Compliance|Purchasing|Facilities|Excel|Teams|Zoom)\\b)"
              + NAME
              + "(?<!['’]s)(?!['’]s\\b)(?=(?:\\s+\\p{Ll}+){0,4}?\\s+(?i:(?:here )?with (?:me|us)|along|in the room"
              + "|on the (?:call|line))\\b|\\s*,\\s+(?:who|she|he|our|my)\\b)");

  /**
   * "OK, Des, warehouse.", "Right, Saoirse, volunteers?", "Kwame, waits and reviews.", "Elin,
   * Mondays.": the floor handed to someone for an item of the agenda (a word, capitalised or not,
   * and up to three more in lower case; or "the" or "your" and one or two), as the last words of a
   * turn, so "Millbrook, Thornley and Eastwick?" lists places. The one named is the speaker who
   * answers next.
   */
  private static final Pattern HANDS_OVER_AREA =
      Pattern.compile(
          "(?:^|[.!?]\\s+)(?:(?i:"
              + AddressRule.LEAD
              + ")\\s*+,?\\s++)?"
              + NAME
              + ",\\s*+(?:(?:the|your)\\s++\\p{Ll}[\\p{L}-]*+(?:\\s++\\p{Ll}[\\p{L}-]*+)?"
              + "|(?!(?i:the|your|a|an|our|my|their|his|her)\\s)(?!I\\b)\\p{L}[\\p{L}'-]*+"
              + "(?:\\s++\\p{Ll}[\\p{L}'-]*+){0,3})[.?!]?\\s*+$");

  /**
   * "If there's any left, Ros.", "Will do, Kwame.": a turn of one sentence of at most ten words
   * that ends with a name, said back to the one just heard (a thank-you or a greeting, "Kia ora,
   * Ines.", is read by {@link #BACKWARD}, which knows who was just introduced). Not a hand-over
   * ("Over to you, Ros.", "Your turn, Ros.") nor a question, which point forward; not a title
   * ("That's most of what I say, Commodore.").
   */
  private static final Pattern TRAILING_VOCATIVE =
      Pattern.compile(
          "^(?!.*\\b(?i:"
              + AddressRule.HANDOVER
              + "|next|let's hear|what about|how about|off you go|take it away|floor's yours|all yours"
              + "|when you're ready|in your own time|you're on|your go)\\b)"
              + "(?:[^\\s.!?]++\\s++){0,8}?[^\\s.!?,]++,\\s*+"
              + "(?!(?i:commodore|captain|skipper|chair|chairman|chairwoman|madam|sir|boss|doc|doctor"
              + "|coach|chef|sarge|sergeant|officer|president|professor|vicar|father|sister|nurse"
              + "|judge|mate|guys|folks|everyone|everybody|team|all|gents|ladies|chief|governor|minister"
              + "|councillor|gaffer|ma'am)\\b)"
              + NAME
              + "\\s*+[.!]\\s*+$");

  /**
   * A turn that opens with a name and a comma, then words to that person ("Marit, one thing before
   * we go."): the one who answers next, or the one just heard should the next speaker have another
   * name. Not a name followed by a description of its bearer ("Gideon, our finance director, will
   * ...", "Wen, who knows the database, ..."), nor the answer to "Who ...?" ({@link #answersWho}),
   * nor a choice given with nothing but a word of opinion ("And what's your feeling?" "Strathbeag,
   * honestly.").
   */
  private static final Pattern OPENING_VOCATIVE =
      Pattern.compile(
          "^(?:(?i:"
              + AddressRule.LEAD
              + ")\\s*,?\\s+)?(\\p{Lu}[\\p{Ll}'-]+)\\s*,\\s+(?!(?i:our|the|my|his|her|their|your|a|an"
              + "|who|which|whose|that|and|or|from|at|with|of)\\b)"
              + "(?!(?i:honestly|definitely|probably|obviously|personally|clearly|certainly|surely"
              + "|i think|i'd say|for me|for sure)\\s*[.!])");

  /**
   * A thank-you with nothing but a name ("Thanks, Maren.", "Thanks so much, Maren.", "Thanks for
   * that, Maren."), as {@link #FORWARD} matches it. In the closing it thanks the one heard before
   * or whoever ran the call ({@link #BACK}), never the one who says goodbye next.
   */
  private static final Pattern THANKS_ALONE =
      Pattern.compile(
          "[.!?,]?\\s*(?i:thanks|thank you|welcome|good to see you|nice to meet you|great to have"
              + " you|no worries|sorry)(?:\\s+(?i:so much|very much|again|for that|for this|for"
              + " everything|for all that))?\\s*,\\s*"
              + NAME
              + "\\s*[.!]\\s*");

  /**
   * A name after a noun it describes, closing a turn: "We only use one wholesaler, Bidfood.", "Just
   * the one depot, Wakefield.": an appositive, not someone addressed.
   */
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "(?i:\\b(?:the|a|an|one|our|their|my|your|this|that|his|her))\\s++\\p{L}[\\p{L}'-]*+,\\s*+"
              + "\\p{Lu}[\\p{L}'-]*+\\s*+[.!]\\s*+$");

  /**
   * Whether turn {@code i} answers a question just asked by someone else ("Where are you based?"
   * "Leeds, at the moment."), so a name in it is the answer, not an address.
   */
  private static boolean answersQuestion(List<Utterance> turns, int i) {
    return i > 0
        && !turns.get(i - 1).entityId().equals(turns.get(i).entityId())
        && turns.get(i - 1).text().strip().endsWith("?");
  }

  /** A question for a person: "Who in finance has it?", "And whose call is that?" */
  private static final Pattern WHO_QUESTION =
      Pattern.compile(
          "(?:^|[.!?]\\s+)(?i:(?:and|so|okay|ok|right)[,]?\\s+)?(?i:who|whose|whom)\\b"
              + AddressRule.IN_SENTENCE
              + "\\?\\s*$");

  /**
   * Whether turn {@code i} answers a "Who ...?" just asked by someone else, so the name it opens
   * with ("Ruth, I think, but she's been out this week.") is the answer, not an address.
   */
  private static boolean answersWho(List<Utterance> turns, int i) {
    return i > 0
        && !turns.get(i - 1).entityId().equals(turns.get(i).entityId())
        && WHO_QUESTION.matcher(turns.get(i - 1).text()).find();
  }

  private static final Pattern FORWARD =
      Pattern.compile(
          "(?:^|"
              + startingWithOneOf(".|!|?|;|,", AddressRule.HANDOVER)
              + ")(?:"
              + "(?:^|[.!?;]\\s+)(?:(?i:"
              + AddressRule.LEAD
              + ")\\s*,?\\s+)?"
              + NAME
              + "\\s*,(?!\\s*(?i:is it|was it|isn['’]t it|wasn['’]t it|did you say)\\s*\\?)"
              + "\\s*"
              + AddressRule.IN_SENTENCE
              + "\\?"
              + "|(?:^|[.!?]\\s+)(?:(?i:"
              + AddressRule.LEAD
              + ")\\s*,?\\s+)?"
              + NAME
              + "\\s*,\\s*(?i:you|you['’]re|you['’]ve|you['’]d|you['’]ll"
              + "|(?:do|can|could|would|will|did|have|are|were) you)\\s"
              + "|,\\s*"
              + NAME
              + "\\s*\\?"
              + "|,\\s*"
              + NAME
              + "\\s*,\\s*(?i:you|your|can you|could you|would you|do you|did you|what|how)\\b"
              + "|(?:^|[.!?,]\\s*)(?i:thanks|thank you|welcome|good to see you|nice to meet you|great to"
              + " have you|no worries|sorry)\\b"
              + AddressRule.IN_SENTENCE
              + ",\\s*"
              + NAME
              + "\\s*[.!](?:\\s|$)"
              + "|(?i:\\b(?:"
              + AddressRule.HANDOVER
              + "))\\s*,?\\s+"
              + NAME
              + "\\b"
              + "|(?:^|[.!?,]\\s*)(?i:you must be|you['’]ll be)\\s+"
              + NAME
              + "\\s*[?.!])");

  /** Capitalised words that start sentences or answers, never names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "Sure",
          "Okay",
          "Ok",
          "Yeah",
          "Yes",
          "No",
          "Right",
          "Great",
          "Good",
          "So",
          "Well",
          "Now",
          "Thanks",
          "Thank",
          "Hi",
          "Hello",
          "Hey",
          "Everyone",
          "Everybody",
          "All",
          "Guys",
          "Team",
          "Folks",
          "Honestly",
          "Really",
          "Just",
          "Also",
          "Glad",
          "Happy",
          "Sorry",
          "Not",
          "Here",
          "There",
          "Then",
          "Perfect",
          "Cool",
          "Absolutely",
          "Exactly",
          "Fine",
          "G'day",
          "G’day",
          "Gday",
          "Righto",
          "Right-o",
          "Hiya",
          "Howdy",
          "Alright",
          "Ta",
          "Oi",
          "Aye",
          "Look",
          "Listen",
          "Wait",
          "Um",
          "Uh",
          "Er",
          "Erm",
          "Hmm",
          "Crikey",
          "Mate",
          "Sweet",
          "Awesome",
          "Totally",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Christmas",
          "Easter",
          "God",
          "Gosh",
          "Anyway",
          "Again",
          "Both",
          "Which",
          "Before",
          "After",
          "Since",
          "Until",
          "During",
          "About",
          "Once",
          "Last",
          "Next",
          "First",
          "Speaking",
          "Quick",
          "Actually",
          "Otherwise",
          "Meanwhile",
          "Anyone",
          "Someone",
          "Whoever",
          "What",
          "Why",
          "How",
          "Morning",
          "Afternoon",
          "Evening",
          "Cheers",
          "Bye",
          "Welcome",
          "Lovely",
          "Brilliant",
          "Excellent",
          "Wonderful",
          "Nice",
          "Oh",
          "Ah",
          "Ha",
          "Wow",
          "Indeed",
          "Definitely",
          "It's",
          "It’s",
          "That's",
          "That’s",
          "There's",
          "There’s",
          "Here's",
          "Here’s",
          "What's",
          "What’s",
          "Let's",
          "Let’s");

  private SpeakerNames() {}

  /**
   * A lookahead for the first characters of the {@code |}-separated alternatives, in both cases:
   * put before a pattern whose every match starts with one of them, it skips the other positions of
   * a text before the regular expression engine tries its alternation there.
   */
  static String startingWithOneOf(String... alternations) {
    StringBuilder chars = new StringBuilder();
    for (String alternation : alternations) {
      for (String alternative : alternation.split("\\|")) {
        char c = alternative.charAt(0);
        for (char each : new char[] {Character.toLowerCase(c), Character.toUpperCase(c)}) {
          if (chars.indexOf(String.valueOf(each)) < 0) {
            chars.append(Character.isLetter(each) ? "" : "\\").append(each);
          }
        }
      }
    }
    return "(?=[" + chars + "])";
  }

  /** Whether {@code entity} has no name: no label, or a diarization code as its label. */
  public static boolean isAnonymous(Entity entity) {
    return entity.label().map(l -> CODE.matcher(l.strip()).matches()).orElse(true);
  }

  /**
   * The ways a speaker says their own name, walked in this order by {@link #infer} (in a speaker's
   * first turns; {@link SelfIntroductionRule#I_AM} a little later too) and by {@link
   * #introducesThemselves}.
   */
  private static final List<Pattern> SELF_INTRODUCTIONS =
      List.of(
          SelfIntroductionRule.I_AM,
          SelfIntroductionRule.THIS_IS,
          SelfIntroductionRule.HERE,
          SelfIntroductionRule.MY_NAME,
          SelfIntroductionRule.MYSELF);

  /** Self-introductions {@link #infer} reads in a speaker's opening turns only. */
  private static final List<Pattern> OPENING_INTRODUCTIONS =
      List.of(HERE_AFTER_GREETING, THATS_ME, GREETED_NAME, NAMED_OPENER);

  /** Every way a speaker says their own name, for {@link #introducesThemselves}. */
  private static final List<Pattern> OWN_NAME =
      java.util.stream.Stream.concat(SELF_INTRODUCTIONS.stream(), OPENING_INTRODUCTIONS.stream())
          .toList();

  /** The names inferred for the anonymous speakers of {@code media}, in order of entities. */
  public static List<Inferred> infer(Media media) {
    if (media.entities().stream().noneMatch(SpeakerNames::isAnonymous)) {
      return List.of();
    }
    List<Utterance> turns = media.utterances();
    Map<String, Integer> firstTurn = new HashMap<>();
    for (int i = 0; i < turns.size(); i++) {
      firstTurn.putIfAbsent(turns.get(i).entityId(), i);
    }
    Map<String, Map<String, Tally>> votes = new LinkedHashMap<>();
    Map<String, Integer> turnsSoFar = new HashMap<>();
    Set<String> names = null; // the words the call writes as names, read on first need
    for (int i = 0; i < turns.size(); i++) {
      Utterance u = turns.get(i);
      String text = u.text();
      int nth = turnsSoFar.merge(u.entityId(), 1, Integer::sum);
      if (nth <= FULL_NAME_TURNS) {
        boolean opening = nth <= SelfIntroductionRule.OPENING_TURNS;
        for (Pattern p : SELF_INTRODUCTIONS) {
          if (!opening && p != SelfIntroductionRule.I_AM) {
            continue;
          }
          Matcher m = p.matcher(text);
          while (m.find()) {
            if (p == SelfIntroductionRule.THIS_IS
                && SelfIntroductionRule.introducesAnother(text, m.start())) {
              continue;
            }
            if (!opening && !m.group(1).strip().contains(" ")) {
              // "So just so we're on the same page, I'm Marisol Quintero" in a fourth turn: a
              // full name after "I'm" introduces a little later too, a single word no longer
              continue;
            }
            vote(votes, u.entityId(), m.group(1), INTRODUCTION_VOTES, "self_introduction", u);
          }
        }
      }
      Set<String> introduced = new java.util.HashSet<>();
      if (nth <= SelfIntroductionRule.OPENING_TURNS) {
        Matcher here = HERE_AFTER_GREETING.matcher(text);
        if (here.find()) {
          vote(votes, u.entityId(), here.group(1), INTRODUCTION_VOTES, "self_introduction", u);
        }
        Matcher me = THATS_ME.matcher(text);
        while (me.find()) {
          vote(votes, u.entityId(), me.group(1), INTRODUCTION_VOTES, "self_introduction", u);
        }
        Matcher greeted = GREETED_NAME.matcher(text);
        if (greeted.find()) {
          introduce(votes, introduced, u, greeted.group(1));
        }
        Matcher m = NAMED_OPENER.matcher(text);
        while (m.find()) {
          if (!THIRD_PERSON_NEXT.matcher(text).region(m.end(), text.length()).lookingAt()) {
            introduce(votes, introduced, u, m.group(1));
          }
        }
      }
      if (nth <= SelfIntroductionRule.OPENING_TURNS) {
        Matcher called = CALLED_FOR.matcher(text);
        if (called.find()) {
          String name = called.group(1) != null ? called.group(1) : called.group(2);
          int at = i;
          respondsNext(turns, at)
              .filter(
                  to ->
                      java.util.Arrays.stream(name.split("\\s+"))
                          .allMatch(SpeakerNames::isNameWord))
              .filter(to -> turnsOf(turns, to, at + 1) <= 2)
              .filter(to -> !saidAsAPlace(turns, name))
              .filter(to -> !COMPANY_WORDS.contains(Tokens.fold(last(name))))
              .filter(to -> ANSWERS_CALL.matcher(turns.get(at + 1).text()).find())
              .ifPresent(to -> vote(votes, to, name, INTRODUCTION_VOTES, "address", u));
        }
      }
      Matcher exclaimed = EXCLAIMED.matcher(text);
      if (exclaimed.find()) {
        int at = i;
        other(turns, at, -1)
            .ifPresent(
                to ->
                    vote(
                        votes,
                        to,
                        exclaimed.group(1),
                        addressWeight(u, at, firstTurn.get(to), turns.size()),
                        "address",
                        u));
      }
      for (Pattern backward : BACKWARD) {
        Matcher back = backward.matcher(text);
        while (back.find()) {
          if (introduced.contains(first(back.group(1)))) {
            continue; // "Hi, Jun Park, I run ..." introduces the speaker, it greets nobody
          }
          int at = i;
          String to =
              greetedAfterBeingIntroduced(turns, at, back.group(1))
                  .or(() -> thanksBefore(turns, at, back.group(1)))
                  .or(() -> other(turns, at, 1))
                  .orElse(null);
          if (to != null) {
            vote(
                votes,
                to,
                back.group(1),
                backWeight(turns, i, firstTurn.get(to)),
                "address",
                u,
                fallback(turns, i, 1, back.group(1), firstTurn));
          }
        }
      }
      Matcher area = HANDS_OVER_AREA.matcher(text);
      boolean handsOver = area.find();
      if (handsOver) {
        if (names == null) {
          names = writtenAsNames(turns);
        }
        String name = area.group(1);
        if (names.contains(first(name)) && !answersQuestion(turns, i)) {
          respondsNext(turns, i)
              .ifPresent(to -> vote(votes, to, name, INTRODUCTION_VOTES, "address", u));
        }
      }
      Matcher trailing = TRAILING_VOCATIVE.matcher(text);
      if (trailing.find()
          && !handsOver
          && !answersQuestion(turns, i)
          && !APPOSITIVE.matcher(text).find()
          && BACKWARD.stream().noneMatch(p -> p.matcher(text).find())) {
        if (names == null) {
          names = writtenAsNames(turns);
        }
        String name = trailing.group(1);
        int at = i;
        if (names.contains(first(name))) {
          other(turns, at, -1)
              .ifPresent(
                  to ->
                      vote(
                          votes,
                          to,
                          name,
                          backWeight(turns, at, firstTurn.get(to)),
                          "address",
                          u,
                          fallback(turns, at, 1, name, firstTurn)));
        }
      }
      Matcher other = INTRODUCES_OTHER.matcher(text);
      while (other.find()) {
        String name = other.group(1);
        boolean another =
            SelfIntroductionRule.introducesAnother(text, other.start())
                || afterAnd(text, other.start());
        int at = i;
        boolean presents = SelfIntroductionRule.presentsAnother(text, other.start());
        Optional<String> greeter =
            another ? greetsSomeoneElseNext(turns, at, name) : Optional.empty();
        Optional<String> presented =
            presents || greeter.isPresent()
                ? greeter.or(() -> respondsNext(turns, at))
                : another
                    ? greetsFirstNext(turns, at, firstTurn)
                        .or(
                            () ->
                                other(turns, at, -1)
                                    .filter(to -> isFirstTurnBefore(turns, at, to, firstTurn)))
                    : Optional.empty();
        presented.ifPresent(to -> vote(votes, to, name, INTRODUCTION_VOTES, "address", u));
      }
      Matcher brought = BROUGHT_ALONG.matcher(text);
      while (brought.find()) {
        String name = brought.group(1);
        String reply = i + 1 < turns.size() ? turns.get(i + 1).text() : "";
        greetsFirstNext(turns, i, firstTurn)
            .filter(to -> !introducesThemselves(reply))
            .ifPresent(to -> vote(votes, to, name, INTRODUCTION_VOTES, "address", u));
      }
      Matcher forward = FORWARD.matcher(text);
      int from = 0;
      while (from <= text.length() && forward.find(from)) {
        String name = firstNonNull(forward);
        // "Right, can everyone hear me? Owen, you're on mute": a word that is no name ("Right,")
        // must not use up the end of its sentence, which the address after it starts from
        from = isNameWord(first(name)) ? forward.end() : forward.start() + 1;
        if (name != null
            && !(i >= turns.size() - CLOSING_TURNS
                && THANKS_ALONE.matcher(text).region(forward.start(), forward.end()).matches())) {
          voteForward(votes, turns, i, name, firstTurn);
        }
      }
      Matcher vocative = OPENING_VOCATIVE.matcher(text);
      if (vocative.find() && !FORWARD.matcher(text).find() && !answersWho(turns, i)) {
        if (names == null) {
          names = writtenAsNames(turns);
        }
        String name = vocative.group(1);
        if (names.contains(name)) {
          voteForward(votes, turns, i, name, firstTurn);
        }
      }
    }
    return withFullNames(media, settle(media, votes));
  }

  /**
   * Each name of one word completed by the one surname the call says after it, when it says one:
   * Gwen, addressed as "Gwen", is "Gwen Farrell" when a roll call says "Gwen Farrell in the chair",
   * so a hint by her surname finds her; or after another form of it (Dan, so addressed, is "Dan
   * Kowalczyk" when he says "Daniel Kowalczyk", see {@link NameSpelling#forms}). Not when two
   * surnames follow the name, when the word after it is another speaker's name or a day or month,
   * or when another speaker has that name.
   */
  private static List<Inferred> withFullNames(Media media, List<Inferred> chosen) {
    if (chosen.isEmpty()) {
      return chosen;
    }
    Set<String> firstNames = new HashSet<>();
    chosen.forEach(c -> firstNames.add(first(c.name())));
    media.entities().forEach(e -> e.label().ifPresent(l -> firstNames.add(first(l))));
    List<Inferred> out = new ArrayList<>();
    for (Inferred c : chosen) {
      String name = c.name();
      if (name.contains(" ") || chosen.stream().filter(o -> o.name().equals(name)).count() > 1) {
        out.add(c);
        continue;
      }
      StringBuilder forms = new StringBuilder(Pattern.quote(name));
      for (String form : NameSpelling.forms(Tokens.fold(name))) {
        forms.append('|').append(Pattern.quote(capitalised(form)));
      }
      Pattern full = Pattern.compile("\\b(?:" + forms + ")\\s+(\\p{Lu}[\\p{Ll}'’-]+)\\b");
      Set<String> surnames = new java.util.LinkedHashSet<>();
      for (Utterance u : media.utterances()) {
        Matcher m = full.matcher(u.text());
        while (m.find()) {
          String surname = m.group(1);
          if (!NOT_NAMES.contains(surname) && !firstNames.contains(surname)) {
            surnames.add(surname);
          }
        }
      }
      out.add(
          surnames.size() == 1
              ? new Inferred(
                  c.entityId(),
                  name + " " + surnames.iterator().next(),
                  c.rule(),
                  c.votes(),
                  c.text(),
                  c.startSeconds())
              : c);
    }
    return List.copyOf(out);
  }

  /**
   * The names chosen from {@code votes}, choosing again without the settled names' votes elsewhere
   * until no more speaker is named ({@link #withoutSettled}).
   */
  private static List<Inferred> settle(Media media, Map<String, Map<String, Tally>> votes) {
    Map<String, Map<String, Tally>> left = votes;
    List<Inferred> chosen = choose(media, left);
    while (!chosen.isEmpty()) {
      Map<String, Map<String, Tally>> settled = withoutSettled(left, chosen);
      List<Inferred> again = choose(media, settled);
      if (again.size() <= chosen.size()) {
        break;
      }
      chosen = again;
      left = settled;
    }
    return lastOneLeft(media, chosen.isEmpty() ? left : withoutSettled(left, chosen), chosen);
  }

  /**
   * {@code chosen} plus, when every speaker but one has a name and that one was called by a name
   * once ("Thanks, Leona, good session."), that name: one address is too little on its own, but
   * with every other speaker named there is nobody else it can mean. Only a single name, addressed,
   * written as a name (not "Pharmacy, do you want to go first?"), and no one else's counts.
   */
  private static List<Inferred> lastOneLeft(
      Media media, Map<String, Map<String, Tally>> left, List<Inferred> chosen) {
    Set<String> named = new HashSet<>();
    chosen.forEach(c -> named.add(c.entityId()));
    List<Entity> unnamed =
        media.entities().stream().filter(e -> isAnonymous(e) && !named.contains(e.id())).toList();
    if (unnamed.size() != 1 || media.entities().size() < 2) {
      return chosen;
    }
    Map<String, Tally> candidates = left.getOrDefault(unnamed.get(0).id(), Map.of());
    if (candidates.size() != 1) {
      return chosen;
    }
    Map.Entry<String, Tally> only = candidates.entrySet().iterator().next();
    Tally t = only.getValue();
    String name = only.getKey().toLowerCase(Locale.ROOT);
    boolean anothers =
        chosen.stream().anyMatch(c -> first(c.name()).toLowerCase(Locale.ROOT).equals(name))
            || media.entities().stream()
                .filter(o -> !isAnonymous(o))
                .anyMatch(
                    o ->
                        o.label()
                            .map(l -> l.toLowerCase(Locale.ROOT).contains(name))
                            .orElse(false));
    if (!t.rule.equals("address")
        || anothers
        || !writtenAsNames(media.utterances()).contains(first(only.getKey()))) {
      return chosen;
    }
    List<Inferred> out = new ArrayList<>(chosen);
    out.add(
        new Inferred(
            unnamed.get(0).id(),
            t.display,
            "address_last_unnamed",
            t.votes,
            sentenceOf(t.evidence.text(), only.getKey()),
            t.evidence.startSeconds()));
    List<String> order = media.entities().stream().map(Entity::id).toList();
    out.sort(java.util.Comparator.comparingInt(n -> order.indexOf(n.entityId())));
    return List.copyOf(out);
  }

  private static boolean settledElsewhere(Map<String, String> nameOf, String id, String name) {
    return nameOf.entrySet().stream()
        .anyMatch(n -> !n.getKey().equals(id) && n.getValue().equals(name));
  }

  /**
   * The votes left once the names in {@code chosen} are settled: a settled name is no longer a vote
   * for anyone else, and a named speaker's votes for other names are dropped. One person has one
   * name and one name one person, so "Thanks, everyone, and thanks, Stav, for chasing legal" in a
   * closing turn, which counts for the speaker heard last (who already said "Priya here"), no
   * longer keeps Stav's own two addresses ("Stav, the building side?", "Stav, did legal ever come
   * back?") from naming him.
   */
  private static Map<String, Map<String, Tally>> withoutSettled(
      Map<String, Map<String, Tally>> votes, List<Inferred> chosen) {
    Map<String, String> nameOf = new HashMap<>();
    chosen.forEach(c -> nameOf.put(c.entityId(), first(c.name())));
    Map<String, Map<String, Tally>> out = new LinkedHashMap<>();
    List<Fallback> moved = new ArrayList<>();
    votes.forEach(
        (id, names) -> {
          Map<String, Tally> kept = new LinkedHashMap<>();
          String own = nameOf.get(id);
          names.forEach(
              (name, t) -> {
                if (own == null ? !settledElsewhere(nameOf, id, name) : own.equals(name)) {
                  kept.put(name, t.copy());
                } else if (own != null) {
                  moved.addAll(t.fallbacks);
                }
              });
          if (!kept.isEmpty()) {
            out.put(id, kept);
          }
        });
    for (Fallback chain : moved) {
      for (Fallback f = chain; f != null; f = f.next()) {
        String name = first(f.said());
        String own = nameOf.get(f.entityId());
        if (own == null ? !settledElsewhere(nameOf, f.entityId(), name) : own.equals(name)) {
          vote(out, f.entityId(), f.said(), f.weight(), "address", f.evidence(), f.next());
          break;
        }
      }
    }
    return out;
  }

  /** {@code media} with each inferred name as its speaker's label. */
  public static Media apply(Media media, List<Inferred> names) {
    if (names.isEmpty()) {
      return media;
    }
    Map<String, String> byId = new HashMap<>();
    names.forEach(n -> byId.put(n.entityId(), n.name()));
    List<Entity> entities =
        media.entities().stream()
            .map(
                e ->
                    byId.containsKey(e.id())
                        ? new Entity(
                            e.id(), java.util.Optional.of(byId.get(e.id())), e.attributes())
                        : e)
            .toList();
    return new Media(
        media.id(),
        media.durationSeconds(),
        media.url(),
        media.language(),
        entities,
        media.utterances(),
        media.signals(),
        media.sourceFormat(),
        media.timingsEstimated());
  }

  /** The votes for one name of one speaker, and the strongest evidence. */
  private static final class Tally {
    int votes;
    String display;
    String rule;
    Utterance evidence;
    int strongest;

    /** Where each address vote goes should this speaker turn out to have another name. */
    final List<Fallback> fallbacks = new ArrayList<>();

    Tally copy() {
      Tally t = new Tally();
      t.votes = votes;
      t.display = display;
      t.rule = rule;
      t.evidence = evidence;
      t.strongest = strongest;
      t.fallbacks.addAll(fallbacks);
      return t;
    }
  }

  /**
   * The other neighbour of an address ("Thanks, Leona" points back to the speaker heard last; when
   * that speaker is someone else by name, it is said to the one who answers next), with the votes
   * it would carry there.
   */
  /**
   * Where an address vote goes should the one it pointed to have another name, and where it goes
   * after that ({@code next}, null when nowhere).
   */
  private record Fallback(
      String entityId, String said, int weight, Utterance evidence, Fallback next) {}

  /** A turn this short ("Bye all.", "Ha, thanks. See you.") is a goodbye, not what is answered. */
  static final int GOODBYE_WORDS = 6;

  /**
   * The words the call writes as names: capitalised inside a sentence somewhere ("hi Bea", "OK,
   * Des, warehouse") and never in lower case, so "Wow, okay." or "Ideally, yes." hand the floor to
   * nobody.
   */
  private static Set<String> writtenAsNames(List<Utterance> turns) {
    List<String> texts = turns.stream().map(Utterance::text).toList();
    Set<String> names = new java.util.HashSet<>(HintConversation.capitalisedInside(texts));
    Set<String> lower = HintConversation.lowerCaseWords(texts);
    names.removeIf(w -> lower.contains(w.toLowerCase(Locale.ROOT)));
    return names;
  }

  /**
   * "Pip: ... and this is Ravi, who runs our day hospice." "Ravi: Hello, Ines, lovely to meet
   * you.": someone just introduced to the room greets a third person by another name than the one
   * they were introduced by, so the greeting is for the speaker heard before the introducer
   * (whoever else spoke last), not for the introducer.
   */
  private static Optional<String> greetedAfterBeingIntroduced(
      List<Utterance> turns, int at, String greeted) {
    if (at == 0) {
      return Optional.empty();
    }
    Utterance before = turns.get(at - 1);
    String self = turns.get(at).entityId();
    if (before.entityId().equals(self)) {
      return Optional.empty();
    }
    Matcher m = INTRODUCES_OTHER.matcher(before.text());
    boolean introducedAnother = false;
    while (m.find() && !introducedAnother) {
      String text = before.text();
      introducedAnother =
          !first(m.group(1)).equals(first(greeted))
              && (SelfIntroductionRule.introducesAnother(text, m.start())
                  || afterAnd(text, m.start()));
    }
    if (!introducedAnother) {
      return Optional.empty();
    }
    for (int k = at - 2; k >= 0; k--) {
      String id = turns.get(k).entityId();
      if (!id.equals(self) && !id.equals(before.entityId())) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /**
   * The speaker of the turn right after an introduction of {@code introduced} at {@code at}, when
   * it is a third person (neither the introducer nor the one heard before) who greets someone by
   * another name: "... and this is Ravi." "Hello, Ines, lovely to meet you." is Ravi speaking.
   */
  private static Optional<String> greetsSomeoneElseNext(
      List<Utterance> turns, int at, String introduced) {
    Optional<String> next = respondsNext(turns, at);
    Optional<String> before = other(turns, at, -1);
    if (next.isEmpty() || before.isEmpty() || before.get().equals(next.get())) {
      return Optional.empty();
    }
    Matcher greeting = BACK.matcher(turns.get(at + 1).text());
    while (greeting.find()) {
      if (!first(greeting.group(1)).equals(first(introduced))) {
        return next;
      }
    }
    return Optional.empty();
  }

  /**
   * A turn that opens with a greeting: "Hiya, nice to meet you.", "Hello!", "Lovely to meet you".
   */
  private static final Pattern GREETING_TURN =
      Pattern.compile(
          "^(?i:(?:hi|hiya|hello|hey|morning|afternoon|good (?:morning|afternoon))\\b"
              + "|(?:nice|lovely|pleased|good|great) to meet you)");

  /**
   * "... and this is Aileen Baird from our HR team." "Hiya, nice to meet you.": the one introduced
   * is the speaker who answers next with a greeting in their very first turn.
   */
  private static Optional<String> greetsFirstNext(
      List<Utterance> turns, int at, Map<String, Integer> firstTurn) {
    return respondsNext(turns, at)
        .filter(
            to ->
                firstTurn.get(to) == at + 1
                    && GREETING_TURN.matcher(turns.get(at + 1).text().strip()).find());
  }

  /**
   * Whether a turn says its speaker's own name ("Hi Niamh. Deborah Okafor, executive director,
   * ..."): that name, not the one they were presented by ("I've got Deb with me"), is theirs.
   */
  private static boolean introducesThemselves(String text) {
    for (Pattern p : OWN_NAME) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (p == SelfIntroductionRule.THIS_IS
            && SelfIntroductionRule.introducesAnother(text, m.start())) {
          continue; // "this is Ola, our engineer" presents someone else
        }
        if (!NOT_NAMES.contains(first(m.group(1)))) {
          return true; // not "Hi Tobias, good to meet you.", a greeting
        }
      }
    }
    return false;
  }

  /**
   * Whether the word just before {@code at} in {@code text} is "and", read backwards from {@code
   * at} only (a long turn is not copied per match).
   */
  private static boolean afterAnd(String text, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k >= 2
        && text.regionMatches(true, k - 2, "and", 0, 3)
        && (k == 2 || !Character.isLetterOrDigit(text.charAt(k - 3)));
  }

  /** The speaker of the turn right after {@code at}, when it is someone else. */
  private static Optional<String> respondsNext(List<Utterance> turns, int at) {
    return at + 1 < turns.size() && !turns.get(at + 1).entityId().equals(turns.get(at).entityId())
        ? Optional.of(turns.get(at + 1).entityId())
        : Optional.empty();
  }

  /**
   * Whether the call says {@code name} as a place or a company: after "at", "of" or "join" ("the
   * depot at Halden", "a customer of Halden Foods").
   */
  private static boolean saidAsAPlace(List<Utterance> turns, String name) {
    Pattern place =
        Pattern.compile(
            "\\b(?i:at|of|join|joined)\\s+(?:(?i:the)\\s+)?"
                + Pattern.quote(name.split("\\s+")[0])
                + "\\b");
    return turns.stream().anyMatch(t -> place.matcher(t.text()).find());
  }

  /** How many turns {@code entityId} has taken up to and including turn {@code at}. */
  private static int turnsOf(List<Utterance> turns, String entityId, int at) {
    int n = 0;
    for (int k = 0; k <= at; k++) {
      if (turns.get(k).entityId().equals(entityId)) {
        n++;
      }
    }
    return n;
  }

  /** Whether the last turn of {@code entityId} before turn {@code at} was its first turn. */
  private static boolean isFirstTurnBefore(
      List<Utterance> turns, int at, String entityId, Map<String, Integer> firstTurn) {
    for (int k = at - 1; k >= 0; k--) {
      if (turns.get(k).entityId().equals(entityId)) {
        return firstTurn.get(entityId) == k;
      }
    }
    return false;
  }

  private static void vote(
      Map<String, Map<String, Tally>> votes,
      String entityId,
      String said,
      int weight,
      String rule,
      Utterance evidence) {
    vote(votes, entityId, said, weight, rule, evidence, null);
  }

  /** A speaker's introduction of themselves by {@code said}, when it is a name. */
  private static void introduce(
      Map<String, Map<String, Tally>> votes, Set<String> introduced, Utterance u, String said) {
    if (!NOT_NAMES.contains(first(said))) {
      introduced.add(first(said));
      vote(votes, u.entityId(), said, INTRODUCTION_VOTES, "self_introduction", u);
    }
  }

  /**
   * An address vote for {@code entityId}, which goes to the other neighbour of the turn ({@code
   * fallback}) instead when {@code entityId} turns out to be named otherwise ({@link
   * #withoutSettled}).
   */
  private static void vote(
      Map<String, Map<String, Tally>> votes,
      String entityId,
      String said,
      int weight,
      String rule,
      Utterance evidence,
      Fallback fallback) {
    String name = first(said);
    if (!isNameWord(name)) {
      return;
    }
    Tally t =
        votes
            .computeIfAbsent(entityId, k -> new LinkedHashMap<>())
            .computeIfAbsent(name, k -> new Tally());
    String full = said.strip();
    if (t.display == null || full.length() > t.display.length()) {
      t.display = full;
    }
    t.votes += weight;
    if (fallback != null && !fallback.entityId().equals(entityId)) {
      t.fallbacks.add(fallback);
    }
    if (weight > t.strongest) {
      t.strongest = weight;
      t.rule = rule;
      t.evidence = evidence;
    }
  }

  /** More votes, or as many and said by the person of themselves ("So I'm Darlene, ..."). */
  private static boolean outranks(Tally a, Tally b) {
    return a.votes > b.votes
        || a.votes == b.votes
            && a.rule.equals("self_introduction")
            && !b.rule.equals("self_introduction");
  }

  /**
   * Whether {@code best} is a self-introduction that no other name of the same speaker ties as a
   * self-introduction: a tie with names others called them by ("Tom", a word misheard or meant for
   * someone else) goes to what they said of themselves.
   */
  private static boolean introducedAlone(Map.Entry<String, Tally> best, Map<String, Tally> theirs) {
    if (!best.getValue().rule.equals("self_introduction")) {
      return false;
    }
    return theirs.entrySet().stream()
        .noneMatch(
            o ->
                !o.getKey().equals(best.getKey())
                    && o.getValue().votes == best.getValue().votes
                    && o.getValue().rule.equals("self_introduction"));
  }

  private static List<Inferred> choose(Media media, Map<String, Map<String, Tally>> votes) {
    List<Inferred> out = new ArrayList<>();
    for (Entity e : media.entities()) {
      if (!isAnonymous(e) || !votes.containsKey(e.id())) {
        continue;
      }
      Set<String> introducedByOthers = introducedByOthers(votes, e.id());
      Map.Entry<String, Tally> best = null;
      int second = 0;
      for (Map.Entry<String, Tally> c : votes.get(e.id()).entrySet()) {
        if (!c.getValue().rule.equals("self_introduction")
            && introducedByOthers.contains(c.getKey())) {
          continue; // "Sorry, I'm here now. Hi Esther": a greeting to someone who said who she is
        }
        if (best == null || outranks(c.getValue(), best.getValue())) {
          second = best == null ? 0 : Math.max(second, best.getValue().votes);
          best = c;
        } else {
          second = Math.max(second, c.getValue().votes);
        }
      }
      if (best == null
          || best.getValue().votes < MIN_VOTES
          || best.getValue().votes == second && !introducedAlone(best, votes.get(e.id()))) {
        continue;
      }
      String name = best.getKey();
      int mine = best.getValue().votes;
      boolean introduced = best.getValue().rule.equals("self_introduction");
      boolean someoneElseHasMore =
          votes.entrySet().stream()
              .filter(o -> !o.getKey().equals(e.id()))
              .map(o -> o.getValue().get(name))
              .anyMatch(
                  o ->
                      o != null
                          && o.votes >= mine
                          && !(introduced && !o.rule.equals("self_introduction")));
      boolean labelOfAnother =
          media.entities().stream()
              .filter(o -> !o.id().equals(e.id()) && !isAnonymous(o))
              .anyMatch(
                  o ->
                      o.label()
                          .map(
                              l ->
                                  l.toLowerCase(Locale.ROOT)
                                      .contains(name.toLowerCase(Locale.ROOT)))
                          .orElse(false));
      if (someoneElseHasMore || labelOfAnother) {
        continue;
      }
      Tally t = best.getValue();
      out.add(
          new Inferred(
              e.id(),
              t.display,
              t.rule,
              t.votes,
              sentenceOf(t.evidence.text(), name),
              t.evidence.startSeconds()));
    }
    return List.copyOf(out);
  }

  /**
   * The (first) names other speakers than {@code entityId} introduced themselves by: a greeting or
   * a thanks with that name ("Hi Esther" in a latecomer's first turn, which greets the seller
   * rather than the speaker heard just before) is no vote for {@code entityId}.
   */
  private static Set<String> introducedByOthers(
      Map<String, Map<String, Tally>> votes, String entityId) {
    Set<String> out = new java.util.HashSet<>();
    votes.forEach(
        (id, names) -> {
          if (!id.equals(entityId)) {
            names.forEach(
                (name, t) -> {
                  if (t.rule.equals("self_introduction")) {
                    out.add(name);
                  }
                });
          }
        });
    return out;
  }

  /** The sentence of {@code text} that holds {@code name}, else the whole text. */
  private static String sentenceOf(String text, String name) {
    for (String s : text.split("(?<=[.!?])\\s+")) {
      if (s.contains(name)) {
        return s.strip();
      }
    }
    return text.strip();
  }

  /**
   * An address where people greet each other by name counts as much as an introduction: in the
   * opening of the call (the first {@value #OPENING_TURNS} turns or {@value #OPENING_SECONDS}
   * seconds) and within {@value #JOINER_TURNS} turns of the addressed person's first words (a late
   * joiner is greeted: "No worries, Tunde, you've not missed much"), and in the closing (the last
   * {@value #CLOSING_TURNS} turns), where people take their leave by name ("Cheers Annika."). Other
   * addresses count one vote.
   */
  private static int addressWeight(Utterance u, int index, int addresseeFirstTurn, int turns) {
    return greeting(u, index, addresseeFirstTurn) || index >= turns - CLOSING_TURNS
        ? INTRODUCTION_VOTES
        : 1;
  }

  /** Whether an address is said where people greet: the opening, or a joiner's first turns. */
  private static boolean greeting(Utterance u, int index, int addresseeFirstTurn) {
    return index < OPENING_TURNS
        || u.startSeconds() <= OPENING_SECONDS
        || Math.abs(index - addresseeFirstTurn) <= JOINER_TURNS;
  }

  /**
   * The votes of an address that points back to the speaker heard last, as {@link #addressWeight}
   * gives them, except in the closing, where "Thanks, Gwen." counts as an introduction only when
   * the turn it answers takes leave too ("Right, thanks all, see you Thursday."): after someone
   * else's last word ("I'll ring facilities about the boiler.", "Will do."), the thanks is often
   * for whoever ran the meeting a few turns back, so it counts one vote.
   */
  private static int backWeight(List<Utterance> turns, int i, int addresseeFirstTurn) {
    Utterance u = turns.get(i);
    if (greeting(u, i, addresseeFirstTurn) || i < turns.size() - CLOSING_TURNS) {
      return addressWeight(u, i, addresseeFirstTurn, turns.size());
    }
    for (int k = i - 1; k >= 0; k--) {
      Utterance t = turns.get(k);
      if (!t.entityId().equals(u.entityId())) {
        return TAKES_LEAVE.matcher(t.text()).find() ? INTRODUCTION_VOTES : 1;
      }
    }
    return INTRODUCTION_VOTES;
  }

  /**
   * Words of a turn that takes leave: thanks, goodbyes, wishes for the rest of the day, the next
   * meeting announced ("same time next month", "the next meeting's a fortnight today"; not "by the
   * next meeting", which gives a date to a step).
   */
  private static final Pattern TAKES_LEAVE =
      Pattern.compile(
          "(?i)\\b(bye|cheers|thanks|thank you|see you|take care|talk soon|speak soon|have a (good|great"
              + "|nice|lovely)|good night|night all|ta-ra|same time next (week|month|year)|(meet|see"
              + " everyone|see you all) again|next meeting('s| is| will be))\\b");

  static final int JOINER_TURNS = 2;

  static final int CLOSING_TURNS = 3;

  static final int OPENING_TURNS = 6;

  static final double OPENING_SECONDS = 90;

  /**
   * An address in turn {@code i} of {@code name} to the next other speaker, falling back to the one
   * heard before should the next speaker have another name.
   */
  private static void voteForward(
      Map<String, Map<String, Tally>> votes,
      List<Utterance> turns,
      int i,
      String name,
      Map<String, Integer> firstTurn) {
    String to = other(turns, i, 1).orElse(null);
    if (to != null) {
      vote(
          votes,
          to,
          name,
          addressWeight(turns.get(i), i, firstTurn.get(to), turns.size()),
          "address",
          turns.get(i),
          fallback(turns, i, -1, name, firstTurn));
    }
  }

  /**
   * The other neighbour of turn {@code i} in direction {@code step}, as a fallback for an address
   * of {@code said} (its votes weighed for that neighbour), or null when there is none.
   */
  private static Fallback fallback(
      List<Utterance> turns, int i, int step, String said, Map<String, Integer> firstTurn) {
    Fallback further = step > 0 ? pastGoodbyes(turns, i, said, firstTurn) : null;
    return other(turns, i, step)
        .map(
            to ->
                new Fallback(
                    to,
                    said,
                    addressWeight(turns.get(i), i, firstTurn.get(to), turns.size()),
                    turns.get(i),
                    further))
        .orElse(further);
  }

  /**
   * For a closing "Cheers, Niamh, see you next week." that points back over a round of goodbyes
   * ("Bye all.", "Ha, thanks. See you."): the speakers before those short turns, nearest first, for
   * when the goodbyes' speakers have other names.
   */
  private static Fallback pastGoodbyes(
      List<Utterance> turns, int i, String said, Map<String, Integer> firstTurn) {
    String self = turns.get(i).entityId();
    List<String> before = new ArrayList<>();
    int k = i - 1;
    while (k >= 0) {
      Utterance t = turns.get(k);
      if (!t.entityId().equals(self) && !before.contains(t.entityId())) {
        before.add(t.entityId());
      }
      if (!t.entityId().equals(self) && Tokens.words(t.text()).size() > GOODBYE_WORDS) {
        break;
      }
      k--;
    }
    Fallback chain = null;
    for (int n = before.size() - 1; n >= 1; n--) {
      String to = before.get(n);
      chain =
          new Fallback(
              to,
              said,
              addressWeight(turns.get(i), i, firstTurn.get(to), turns.size()),
              turns.get(i),
              chain);
    }
    return chain;
  }

  /** The speaker of the nearest turn before ({@code step} −1) or after (+1) by someone else. */
  private static java.util.Optional<String> other(List<Utterance> turns, int i, int step) {
    String self = turns.get(i).entityId();
    for (int k = i + step; k >= 0 && k < turns.size(); k += step) {
      if (!turns.get(k).entityId().equals(self)) {
        return java.util.Optional.of(turns.get(k).entityId());
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The speaker heard before turn {@code i} whose thanks or greeting by {@code name} points back,
   * passing over speakers who said the same to that name just before ("Thanks, Helen." "Thanks,
   * Helen, see you on the twelfth.": both thank Helen, the first is not her).
   */
  private static java.util.Optional<String> thanksBefore(
      List<Utterance> turns, int i, String name) {
    String self = turns.get(i).entityId();
    int passed = 0;
    for (int k = i - 1; k >= 0; k--) {
      Utterance t = turns.get(k);
      if (t.entityId().equals(self)) {
        continue;
      }
      if (passed < MAX_CO_THANKERS && saysBackTo(t.text(), name)) {
        passed++;
        continue;
      }
      return java.util.Optional.of(t.entityId());
    }
    return java.util.Optional.empty();
  }

  /**
   * The most speakers {@link #thanksBefore} passes over, so a call of nothing but thanks by name
   * costs each thanks a few turns read, not every turn before it.
   */
  static final int MAX_CO_THANKERS = 3;

  /** Whether {@code text} thanks or greets someone by the first name of {@code name}. */
  private static boolean saysBackTo(String text, String name) {
    Matcher m = BACK.matcher(text);
    while (m.find()) {
      if (first(m.group(1)).equals(first(name))) {
        return true;
      }
    }
    return false;
  }

  private static String firstNonNull(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }

  /** Whether {@code name} (a first word) can be a name: not "Right", "I'm" or a stop word. */
  private static boolean isNameWord(String name) {
    return name != null
        && !NOT_NAMES.contains(name)
        && !name.startsWith("I'")
        && !name.startsWith("I’")
        && !HintText.isStopWord(Tokens.fold(name));
  }

  /** A folded word with its first letter in capitals. */
  private static String capitalised(String folded) {
    return folded.isEmpty()
        ? folded
        : Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
  }

  /** The last word of a name ("Brightline Dental" → "Dental"). */
  private static String last(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  /** The first word of a name ("Priya Shah" → "Priya"), or the name when it is one word. */
  private static String first(String name) {
    if (name == null) {
      return null;
    }
    return name.strip().split("\\s+")[0];
  }
}
