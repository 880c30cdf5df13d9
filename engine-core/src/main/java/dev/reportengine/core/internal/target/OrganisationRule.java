package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule (d2), after the role rule found nobody: a hint that names an organisation ("Lumenary", "the
 * person from Pellham Home") means the speaker who speaks of it as their own: in a sentence with
 * "I", "we" or "our" ("I've been an analyst at Pellham Home", "at Pellham we had ...", "let me show
 * you Lumenary Dispatch"), and not as something they buy, use, compare or leave ("we got a quote
 * from Pathwise", "we use Relay", "switching from Relay"). The organisation is the hint's
 * capitalised words that are no speaker's name; its first word must be said in the call. Each
 * sentence that ties it to its speaker (see {@link #ownership}) counts one for them; the score is
 * {@link #SCORE} times the speaker's share of them. A bare name is taken for an organisation only
 * when the call puts it after "at", "of" or "join"; a hint that says "from" or "at" it is one. A
 * sentence in which a speaker states another post than the hint's ("I'm the controller at
 * Northshore" for "the director of operations at Northshore") ties nobody. A sentence that names a
 * speaker with it ("We've got Marcus from Tarnside Water, Sunita from Northmoor Gas") ties it to
 * that speaker (the one other than its speaker with the name; a name two share ties nobody), and
 * not to the speaker who says it, and shows it is an organisation. A hint that asks only for a post
 * there ("the Helix salesperson", "the general manager at Gull Rock Inns") when no speaker speaks
 * of it as their own, nor from the inside (a pitch of it, one of its sites: {@link #insider}), ends
 * the cascade as a miss: its holder is not on the call.
 */
final class OrganisationRule implements HintRule {

  static final double SCORE = 0.75;

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    List<String> organisation = organisation(hint, conversation);
    if (organisation.isEmpty()
        || !(FROM.matcher(hint.original()).find()
            || isOrganisation(organisation, conversation)
            || BEFORE_POST.matcher(hint.original()).lookingAt()
                && post(hint)
                && organisation.stream().noneMatch(OrganisationRule::titleOrInitialism))) {
      return RuleResult.none();
    }
    Pattern said =
        Pattern.compile("(?<![\\p{L}'])" + Pattern.quote(organisation.get(0)) + "(?![\\p{L}])");
    Pattern own = ownership(organisation.get(0));
    List<String> post = post(hint, organisation);
    Map<String, List<Turn>> byOwner = new LinkedHashMap<>();
    Map<String, Entity> who = new LinkedHashMap<>();
    int total = 0;
    Pattern introduced = introduced(organisation.get(0));
    for (Turn t : conversation.personTurns()) {
      for (String sentence : t.utterance().text().split("(?<=[.!?])\\s+")) {
        if (!said.matcher(sentence).find()) {
          continue;
        }
        String lower = lower(sentence);
        List<Entity> named = namedWithIt(sentence, introduced, t.speaker(), conversation);
        if (named.isEmpty() && own.matcher(lower).find() && !anotherPost(lower, post)) {
          byOwner.computeIfAbsent(t.speaker().id(), k -> new ArrayList<>()).add(t);
          who.put(t.speaker().id(), t.speaker());
          total++;
        }
        for (Entity e : named) {
          byOwner.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(t);
          who.put(e.id(), e);
          total++;
        }
      }
    }
    // the hint's own words first: only a post's hint needs the scan of every turn
    if (byOwner.isEmpty()
        && outsidersPost(hint, organisation, conversation)
        && !saidFromInside(organisation.get(0), conversation)) {
      return RuleResult.conclusive(
          List.of(),
          "the call speaks of "
              + String.join(" ", organisation)
              + " but no speaker as one of its people, and the hint asks for a post there");
    }
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, List<Turn>> e : byOwner.entrySet()) {
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

  /** "the Helix salesperson", "the FibreNest rep": a capitalised word before a post. */
  private static final Pattern BEFORE_POST = Pattern.compile("(?i:the)\\s+\\p{Lu}");

  /** Words of a title, not of an organisation: "the Lord Mayor". */
  private static final java.util.Set<String> TITLE_WORDS =
      java.util.Set.of(
          "lord",
          "lady",
          "mayor",
          "sir",
          "dame",
          "dr",
          "doctor",
          "mr",
          "mrs",
          "ms",
          "miss",
          "professor",
          "councillor",
          "reverend",
          "father",
          "sister",
          "chief",
          "head");

  /** Whether a capitalised word of a hint is a title or an initialism ("the HR guy"). */
  private static boolean titleOrInitialism(String word) {
    return TITLE_WORDS.contains(Tokens.fold(word))
        || word.equals(word.toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether a hint's head noun names a post ({@link TopicRule#namesAPerson}) or a salesperson. */
  private static boolean post(HintText hint) {
    String head = TopicRule.headWord(hint);
    return head != null && (TopicRule.namesAPerson(hint) || SELLERS.contains(head));
  }

  /**
   * Whether some sentence of the call speaks of the organisation from the inside ({@link
   * #insider}): a speaker who pitches it ("So Helix was built for care agencies") or runs one of
   * its sites ("The Bradford depot lost two drivers") may be its holder, and other rules decide.
   */
  private static boolean saidFromInside(String organisation, HintConversation conversation) {
    Pattern other = insider(organisation);
    return conversation.personTurns().stream()
        .anyMatch(t -> other.matcher(lower(t.utterance().text())).find());
  }

  /**
   * Whether a hint asks only for a post at the organisation ("the Helix salesperson", "the general
   * manager at Gull Rock Inns"): its head noun names a post (not "the person from ..."), it says
   * nothing of what the person did ("who", "calling from", "used to work at"), every organisation
   * word is a word and not an initialism ("the HSEQ manager" names a post), and no speaker's label
   * carries it. Such a hint about an organisation no speaker speaks of as their own names someone
   * who is not on the call.
   */
  private static boolean outsidersPost(
      HintText hint, List<String> organisation, HintConversation conversation) {
    String head = TopicRule.headWord(hint);
    if (!post(hint) || GENERIC_PERSON.contains(head) && !head.equals("rep")) {
      return false;
    }
    if (hint.words().stream().anyMatch(DEED_WORDS::contains)) {
      return false;
    }
    if (organisation.stream().anyMatch(w -> w.equals(w.toUpperCase(java.util.Locale.ROOT)))) {
      return false;
    }
    return conversation.people().stream()
        .map(e -> e.label().map(Tokens::fold).orElse(""))
        .noneMatch(
            label ->
                organisation.stream().anyMatch(w -> Tokens.split(label).contains(Tokens.fold(w))));
  }

  /** Nouns for a company's salespeople that {@link TopicRule#namesAPerson} does not know. */
  private static final java.util.Set<String> SELLERS =
      java.util.Set.of("salesperson", "salesman", "saleswoman", "salespeople");

  /** Words of a hint that say what someone did or does, not only their post. */
  private static final java.util.Set<String> DEED_WORDS =
      java.util.Set.of(
          "who",
          "whoever",
          "whom",
          "whose",
          "that",
          "which",
          "when",
          "where",
          "about",
          "used",
          "worked",
          "works",
          "did",
          "does",
          "calling",
          "dialling",
          "dialing",
          "phoning",
          "ringing",
          "joining",
          "joined",
          "leaving",
          "left",
          "going",
          "sitting",
          "standing",
          "driving",
          "waiting",
          "coming");

  /**
   * A sentence that speaks of the organisation from the inside, as its seller or as one of its
   * sites: "So Helix was built for care agencies like yours", "Helix lets you ...", "The Bradford
   * depot lost two drivers". The organisation's first word is {@code name}.
   */
  private static Pattern insider(String name) {
    String n = Pattern.quote(name.toLowerCase(java.util.Locale.ROOT));
    return Pattern.compile(
        "\\b"
            + n
            + " (depot|site|branch|office|team|store|shop|plant|yard|warehouse|clinic|practice|centre"
            + "|center|unit|ward|kitchen|line|crew|side)\\b|\\b"
            + n
            + " (was|is|'s) (built|designed|made)\\b|\\b"
            + n
            + " (lets|gives|helps|saves) (you|your)\\b|\\bwith "
            + n
            + ",? (you|your)\\b");
  }

  /**
   * The post a hint names besides the organisation ("the director of operations at Northshore"
   * gives [director, operations]), folded; empty when its head noun names no post or trade.
   */
  private static List<String> post(HintText hint, List<String> organisation) {
    if (!TopicRule.namesAPerson(hint)) {
      return List.of();
    }
    List<String> org = organisation.stream().map(Tokens::fold).toList();
    return hint.contentWords().stream()
        .filter(HintText::hasLetter)
        .filter(w -> !org.contains(w))
        .filter(w -> !GENERIC_PERSON.contains(w))
        .toList();
  }

  /** Person nouns that name no particular post: "the person from X", "the guy at X". */
  private static final java.util.Set<String> GENERIC_PERSON =
      java.util.Set.of("person", "guy", "woman", "man", "one", "people", "someone", "lady", "rep");

  /** A speaker stating their own post ("I'm the controller at Northshore"). */
  private static final Pattern OWN_POST =
      Pattern.compile("\\b(?:i'm|i am|i work as) (?:the|a|an|their|our)\\b");

  /**
   * Whether a (lower-cased) sentence states its speaker's own post and it is not the hint's {@code
   * post}: "I'm the controller at Northshore" is no evidence for "the director of operations at
   * Northshore".
   */
  private static boolean anotherPost(String lower, List<String> post) {
    if (post.isEmpty() || !OWN_POST.matcher(lower).find()) {
      return false;
    }
    List<String> words = Tokens.split(Tokens.fold(lower)).stream().map(HintText::stem).toList();
    return post.stream().map(HintText::stem).noneMatch(words::contains);
  }

  /**
   * A speaker named with the organisation by someone else: "We've got Marcus from Tarnside Water,
   * Sunita from Northmoor Gas", "Ruth at Halden will send it" (group 1: the name).
   */
  private static Pattern introduced(String organisation) {
    return Pattern.compile(
        "(?<![\\p{L}'-])(\\p{Lu}[\\p{L}']*+) (?:from|at) (?:the )?"
            + Pattern.quote(organisation)
            + "(?![\\p{L}])");
  }

  /**
   * The speakers {@code sentence} names with the organisation ({@link #introduced}): for each name
   * said, the one speaker other than {@code speaker} who has it ("Marcus" said by Marcus Lee names
   * Marcus Webb); a name two other speakers share names nobody.
   */
  private static List<Entity> namedWithIt(
      String sentence, Pattern introduced, Entity speaker, HintConversation conversation) {
    List<Entity> out = new ArrayList<>();
    Matcher m = introduced.matcher(sentence);
    while (m.find()) {
      List<Entity> others =
          conversation.speakersNamed(m.group(1)).stream()
              .filter(e -> !e.id().equals(speaker.id()))
              .toList();
      if (others.size() == 1 && !out.contains(others.get(0))) {
        out.add(others.get(0));
      }
    }
    return out;
  }

  /** "the person from Pellham Home", "the guy at Brixbee": the hint says it is a place. */
  private static final Pattern FROM =
      Pattern.compile("\\b(?i:from|at|with)\\s+(?:the\\s+)?\\p{Lu}");

  /**
   * Whether the call speaks of the name as a place, not a person: after "at", "of" (not "in front
   * of", "on behalf of", ...) or "join" ("an analyst at Pellham Home", "a short piece of Lumenary
   * Dispatch").
   */
  private static boolean isOrganisation(List<String> organisation, HintConversation conversation) {
    Pattern place =
        Pattern.compile(
            "\\b(?:(?i:at|join|joined|joining)|(?<!(?i:front|behalf|charge|care|ahead) )(?i:of))\\s+(?:(?i:the)\\s+)?"
                + Pattern.quote(organisation.get(0))
                + "\\b");
    Pattern introduced = introduced(organisation.get(0));
    return conversation.turns().stream()
        .map(t -> t.utterance().text())
        .filter(text -> text.contains(organisation.get(0)))
        .anyMatch(
            text ->
                place.matcher(text).find()
                    || introduced
                        .matcher(text)
                        .results()
                        .anyMatch(m -> conversation.isSpeakerName(m.group(1))));
  }

  /** The hint's capitalised words that are no speaker's name, as typed; empty when none. */
  private static List<String> organisation(HintText hint, HintConversation conversation) {
    List<String> words = new ArrayList<>();
    for (String word : hint.original().split("[^\\p{L}\\p{N}'-]+")) {
      if (word.length() > 1
          && Character.isUpperCase(word.codePointAt(0))
          && !HintText.isStopWord(Tokens.fold(word))
          && !conversation.isSpeakerName(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * What makes a (lower-cased) sentence tie the name to its speaker: "I've been an analyst at
   * Pellham Home", "when I was at the Lakeside", "at Pellham we had", "our Pellham office", "Owen
   * from Corvane here", "Lachlan here, from Plumline", "I'm Owen from Corvane", "let me show you
   * Lumenary Dispatch", "I look after the labs at Quillon", "Yvonne Castellano, head of property
   * services at Linden Vale" (a name and a post opening the sentence). A sentence that only has
   * "we" and the name ("we got a quote from Pathwise", "Banfield still haven't confirmed, and we
   * need ...") does not.
   */
  private static Pattern ownership(String name) {
    String n = Pattern.quote(name.toLowerCase(java.util.Locale.ROOT));
    return Pattern.compile(
        "\\b(i|i'm|i've|i was|i am|we|we're|we've|we were|we are)\\b([^.,;?!]{0,40}?)\\b(at|for)"
            + " (the )?"
            + n
            + "\\b"
            + "|\\bat (the )?"
            + n
            + "\\b( [a-z'-]+){0,2}?,? (i|we|our|my)\\b"
            + "|\\b(our|my) "
            + n
            + "\\b"
            + "|\\b"
            + n
            + " and i\\b"
            + "|\\b(i'm|i am|we're|we are|it's|this is) ([a-z'-]+ ){0,2}from (the )?"
            + n
            + "\\b"
            + "|\\bfrom (the )?"
            + n
            + " here\\b"
            + "|^(?:[a-z'-]+ ){0,3}?[a-z'-]+ here, from (the )?"
            + n
            + "\\b"
            + "|\\b(i'm|i am|i was|i've been) (a|an|the) [^.,;?!]{0,60}?\\b(at|for) (the )?"
            + n
            + "\\b"
            + "|\\bi (look after|run|manage|lead|head up|head|handle|work on|work with)\\b[^.,;?!]{0,50}\\b(at|for) (the )?"
            + n
            + "\\b"
            + "|^(?!(?:right|so|well|okay|ok|yes|yeah|no|and|but|honestly|look|oh|now|also|sorry)\\b)"
            + "[a-z'-]+( [a-z'-]+)?, (?!(?:the|their|our|your|his|her|my|a|an|its)\\b)(?:([a-z'-]+ ){0,3}(?:"
            + SpeakerNames.JOB_TITLE_HEADS
            + ")|head of( [a-z'-]+){1,3}) at (the )?"
            + n
            + "\\b"
            + "|\\b(show|demo|walk) you\\b[^.?!]{0,40}\\b"
            + n
            + "\\b");
  }

  private static String lower(String sentence) {
    return sentence.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
  }
}
