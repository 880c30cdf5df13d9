package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule (b): a person introduces themselves ("my name is Tom", "I'm Dana Brooks", "this is Maria
 * Lopez from Northwind", "Maria here") and the hint names them. "My name is" takes any word; the
 * other forms need a capitalised name, and "this is", "it's" and "X here" count only in a person's
 * first {@value #OPENING_TURNS} turns, where people introduce themselves ("no, this is Bolton"
 * later on is not an introduction); a lower-case "this is donna" counts there when the hint is a
 * proper name with that word. Score 0.9 when every word of the hint is in the introduction's name
 * or company, down to 0.45 when only the name half is; an introduction whose company alone the hint
 * names ("the analyst from JP Morgan") scores 0.8 times the share of the hint's words it covers;
 * divided by the number of different names the same person gives, since a person who "introduces"
 * themselves twice under different names is most likely two voices merged by the diarizer.
 */
final class SelfIntroductionRule implements HintRule {

  static final double FULL = 0.9;
  static final double COMPANY_ONLY = 0.8;
  static final int OPENING_TURNS = 3;

  private static final String NAME = "(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})";
  private static final String COMPANY = "(?:\\s+(?:from|at|with)\\s+" + NAME + ")?";

  /**
   * "... and myself, Marjorie Quinn, taking the minutes": a roll call naming its reader, by a full
   * name that ends its clause.
   */
  static final Pattern MYSELF =
      Pattern.compile(
          "(?=[Mm])(?i:\\bmyself)\\s*,\\s+(\\p{Lu}[\\p{L}'-]+\\s+\\p{Lu}[\\p{L}'-]+)\\s*[,.;]");

  static final Pattern MY_NAME =
      Pattern.compile(
          "(?=[MmNn])(?i:\\bmy\\s+name\\s*(?:is|['’]s)|\\bname['’]s)\\s+([\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,2})");
  // A lookahead on the first letter before a case-insensitive alternation (here and below) skips
  // most positions of a sentence at once: it does not change what matches, and made these
  // patterns two to three times faster per utterance (benchmarks/README.md, engine overhead).
  static final Pattern I_AM =
      Pattern.compile("(?=[Ii])(?i:\\bI['’]m|\\bI\\s+am)\\s+" + NAME + COMPANY);

  /**
   * "This is Maria from Halden", "it's Tom", "It's Hollis from ClearArc, can you hear me all
   * right?": a speaker saying who they are. Not after "and" or after a name and a comma ("... and
   * this is Oskar", "Noor, this is Ines"): that introduces someone else; nor in a question about
   * the name itself ("Is this Tom?", "It's Tom, right?").
   */
  static final Pattern THIS_IS =
      Pattern.compile(
          "(?=[TtIi])(?<!(?i:and)\\s)(?i:\\bthis\\s+is|\\bit['’]s|\\bit\\s+is)\\s+(?>"
              + NAME
              + COMPANY
              + ")(?![\\p{L}'-])(?!(?!\\s*,\\s*(?i:(?:can|could|do|did|are|have|would|will) you\\b"
              + "|is (?:this|now|that) (?:a good|still|okay|ok|alright|good)))"
              + AddressRule.IN_SENTENCE
              + "\\?)");

  private static final Pattern THIS_IS_ANY_CASE =
      Pattern.compile(
          "(?i:\\bthis\\s+is|\\bit['’]s|\\bit\\s+is)\\s+([\\p{L}'-]+)(?!"
              + AddressRule.IN_SENTENCE
              + "\\?)");

  /**
   * A full name with a company opening a sentence of one's first turns: "Renata Okafor from
   * Quillstone, for anyone new", "That's me, Noor Castellanos from Quillstone".
   */
  static final Pattern NAMED_FROM =
      Pattern.compile(
          "(?:^|[.!?]\\s+|(?i:that['’]s me|it['’]s me),\\s*)(?:(?i:hi|hello|hey|morning)\\s*[,!.]?\\s+)?"
              + "(\\p{Lu}[\\p{L}'-]+\\s+\\p{Lu}[\\p{L}'-]+)\\s+(?:from|at|with|over at)\\s+"
              + NAME);

  static final Pattern HERE =
      Pattern.compile("^[\\p{Punct}\\s]*" + NAME + COMPANY + ",?\\s+here\\b");

  /** A name someone gave for themselves. */
  private record Introduction(Turn turn, List<String> name, List<String> company) {}

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    java.util.Set<String> someoneElses = hint.possessors();
    List<String> wanted =
        hint.contentWords().stream().filter(w -> !someoneElses.contains(w)).toList();
    if (wanted.isEmpty()) {
      return RuleResult.none();
    }
    Map<String, List<Introduction>> byPerson = new LinkedHashMap<>();
    Map<String, Integer> turnsSoFar = new LinkedHashMap<>();
    for (Turn turn : conversation.personTurns()) {
      int nth = turnsSoFar.merge(turn.speaker().id(), 1, Integer::sum);
      for (Introduction intro : introductions(turn, nth <= OPENING_TURNS, hint)) {
        byPerson.computeIfAbsent(turn.speaker().id(), id -> new ArrayList<>()).add(intro);
      }
    }
    List<Scored> scored = new ArrayList<>();
    for (List<Introduction> all : byPerson.values()) {
      Map<String, Boolean> addressed = new java.util.HashMap<>(); // once per name given
      List<Introduction> intros =
          all.stream()
              .filter(
                  i ->
                      !addressed.computeIfAbsent(
                          i.name().get(0), n -> addressesOwnName(i, conversation)))
              .toList();
      Set<String> distinctNames = new LinkedHashSet<>();
      intros.forEach(i -> distinctNames.add(i.name().get(0)));
      Introduction best = null;
      double bestScore = 0;
      for (Introduction intro : intros) {
        double score = score(wanted, intro);
        if (score > bestScore) {
          best = intro;
          bestScore = score;
        }
      }
      if (best != null) {
        Entity who = best.turn().speaker();
        String description =
            "introduces themselves as "
                + String.join(" ", best.name())
                + (distinctNames.size() > 1
                    ? " (but gives " + distinctNames.size() + " different names)"
                    : "");
        scored.add(
            new Scored(
                who,
                bestScore / distinctNames.size(),
                "self_introduction",
                List.of(best.turn().evidence(description))));
      }
    }
    return RuleResult.of(scored);
  }

  /**
   * A person who addresses X ("Beth, what is your last name?") has not introduced themselves as X.
   */
  private static boolean addressesOwnName(Introduction intro, HintConversation conversation) {
    String name = intro.name().get(0);
    return conversation.personTurns().stream()
        .filter(t -> t.speaker().id().equals(intro.turn().speaker().id()))
        .anyMatch(t -> AddressRule.addresses(Tokens.fold(t.utterance().text()), name));
  }

  /**
   * Words of a hint that say only that someone is of the company it names ("the Hoarfrost rep",
   * "the person from Quillstone"): they take nothing from a match of the company alone.
   */
  private static final Set<String> ANYONE_FROM =
      Set.of(
          "rep",
          "reps",
          "representative",
          "person",
          "guy",
          "lady",
          "woman",
          "man",
          "one",
          "someone",
          "somebody",
          "contact",
          "people",
          "side");

  private static double score(List<String> wanted, Introduction intro) {
    Set<String> hintWords = new HashSet<>(wanted);
    long names = intro.name().stream().filter(hintWords::contains).count();
    if (names == 0) {
      Set<String> telling = new HashSet<>(hintWords);
      telling.removeAll(ANYONE_FROM);
      long company = intro.company().stream().distinct().filter(telling::contains).count();
      return COMPANY_ONLY * company / Math.max(1, telling.size());
    }
    Set<String> known = new HashSet<>(intro.name());
    known.addAll(intro.company());
    long covered = hintWords.stream().filter(known::contains).count();
    return FULL * (0.5 + 0.5 * covered / hintWords.size());
  }

  private static List<Introduction> introductions(Turn turn, boolean opening, HintText hint) {
    String text = turn.utterance().text();
    List<Introduction> found = new ArrayList<>();
    Matcher my = MY_NAME.matcher(text);
    while (my.find()) {
      List<String> name = new ArrayList<>();
      for (String w : Tokens.split(Tokens.fold(my.group(1)))) {
        if (HintText.isStopWord(w)) {
          break;
        }
        name.add(w);
      }
      if (!name.isEmpty()) {
        found.add(new Introduction(turn, name, List.of()));
      }
    }
    collect(I_AM.matcher(text), turn, found);
    if (opening) {
      collect(THIS_IS.matcher(text), turn, found);
      collect(HERE.matcher(text), turn, found);
      collect(NAMED_FROM.matcher(text), turn, found);
      if (found.isEmpty() && hint.isProperName()) {
        lowerCaseIntroduction(turn, hint).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * Speech-to-text output often writes names in lower case ("This is donna, i'll be assisting
   * you"). When the hint is a proper name, "this is x" in an opening turn counts for a word of it.
   */
  private static Optional<Introduction> lowerCaseIntroduction(Turn turn, HintText hint) {
    Matcher m = THIS_IS_ANY_CASE.matcher(turn.utterance().text());
    while (m.find()) {
      String word = Tokens.fold(m.group(1));
      if (!HintText.isStopWord(word) && hint.contentWords().contains(word)) {
        return Optional.of(new Introduction(turn, List.of(word), List.of()));
      }
    }
    return Optional.empty();
  }

  /**
   * A name and a comma just before a match ("Noor, this is Ines"): the speaker introduces someone
   * to Noor, not themselves. A greeting before the comma ("Hi, this is Maria") is no such name.
   */
  private static final Pattern ADDRESSED_BEFORE = Pattern.compile("\\b(\\p{Lu}[\\p{L}'-]+),\\s*$");

  /**
   * "It's" after a name and a comma names the speaker, as on the phone ("Kia ora Graeme, it's Aroha
   * from Paddock Pulse"); only "this is" presents someone else to the one addressed.
   */
  private static final Pattern IT_IS = Pattern.compile("(?i:it['’]s|it\\s+is)\\b");

  private static final java.util.Set<String> NOT_ADDRESSEES =
      java.util.Set.of(
          "hi",
          "hello",
          "hey",
          "morning",
          "afternoon",
          "evening",
          "yes",
          "yeah",
          "yep",
          "okay",
          "ok",
          "so",
          "right",
          "well",
          "sorry",
          "great",
          "thanks",
          "oh",
          "um",
          "uh",
          "anyway");

  /**
   * "For anyone who hasn't met her yet, this is ...", "I'd like to introduce ...", "please welcome
   * ...": words before "this is" that present someone else.
   */
  private static final Pattern PRESENTS_ANOTHER =
      Pattern.compile(
          "(?i)\\b(?:(?:hasn't|haven't|has not|have not|hasn’t|haven’t) (?:met|meet) (?:her|him|them)"
              + "|introduce|welcome)\\b");

  /**
   * Whether a "this is" match introduces someone else: to a person just named ("Noor, this is
   * Ines"), or after words that present someone ("for anyone who hasn't met her yet, this is ...").
   */
  static boolean introducesAnother(String text, int matchStart) {
    String before = text.substring(Math.max(0, matchStart - LOOK_BACK), matchStart);
    Matcher addressed = ADDRESSED_BEFORE.matcher(before);
    boolean itIs = IT_IS.matcher(text).region(matchStart, text.length()).lookingAt();
    return (!itIs
            && addressed.find()
            && !NOT_ADDRESSEES.contains(addressed.group(1).toLowerCase(java.util.Locale.ROOT)))
        || (!itIs && OUR_POST.matcher(text).region(matchStart, text.length()).lookingAt())
        || presentsAnother(text, matchStart);
  }

  /**
   * "This is Ola Brekke, our solutions engineer", "This is Lina Sayegh, who started on Monday",
   * "This is Shanice, she's our HR business partner": a name given with a post of the speaker's
   * side or told of in the third person, someone else's ("this is Maria, your account manager" is
   * the speaker's own).
   */
  private static final Pattern OUR_POST =
      Pattern.compile(
          "(?i:this\\s+is)\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2}\\s*,\\s+(?i:our\\s|my\\s+(?!apologies"
              + "\\b)|who\\s+(?:\\p{Ll}+(?:s|ed)|runs|does|has|is|was|joined|started|leads|looks)\\b"
              + "|(?:she|he)(?:['’]s|['’]ll|\\s+is|\\s+was|\\s+will|\\s+runs|\\s+looks|\\s+leads)\\b)");

  /** Whether words before a "this is" match present someone to the room (see above). */
  static boolean presentsAnother(String text, int matchStart) {
    return PRESENTS_ANOTHER
        .matcher(text.substring(Math.max(0, matchStart - LOOK_BACK), matchStart))
        .find();
  }

  /**
   * How many characters before a "this is" the words that make it someone else's are looked for: a
   * sentence or two, and a bounded read per match however long the turn.
   */
  private static final int LOOK_BACK = 300;

  /**
   * A word of two to five capitals before a word of a post ("QA supervisor", "HR manager", "IT
   * lead"): an initialism naming a department, not a given name ("I'm AJ, I run the warehouse",
   * "I'm JJ from Brightline").
   */
  private static final Pattern INITIALISM =
      Pattern.compile(
          "\\p{Lu}{2,5}\\s+(?!(?:from|and|here|at|with|by|in|on|of|speaking|i|the)\\b)\\p{Ll}");

  private static void collect(Matcher m, Turn turn, List<Introduction> found) {
    while (m.find()) {
      if (m.pattern() == THIS_IS && introducesAnother(turn.utterance().text(), m.start())) {
        continue;
      }
      String text = turn.utterance().text();
      if (INITIALISM.matcher(text).region(m.start(1), text.length()).lookingAt()) {
        continue; // "So I'm QA supervisor at Hartwell": a post, not a name
      }
      List<String> name = Tokens.split(Tokens.fold(m.group(1)));
      List<String> company = m.group(2) == null ? List.of() : Tokens.split(Tokens.fold(m.group(2)));
      if (!name.isEmpty() && !HintText.isStopWord(name.get(0))) {
        found.add(new Introduction(turn, name, company));
      }
    }
  }
}
