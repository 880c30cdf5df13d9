package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Bm25;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rule (g): topic words. Each person's turns together form one document (without the sentences that
 * address or describe someone named, whose words are about that person; a sentence that addresses
 * the next speaker by name counts for them instead); the hint's content words (stemmed alike) are
 * the query; documents are ranked with {@link Bm25}. A person scores 0.9 times their BM25 score
 * over the sum of the top two, so the top needs clearly more than the runner-up (7 : 5 clears both
 * the threshold and the margin). The evidence quotes the person's turn with the most distinct query
 * terms (earliest on ties). A hint that reads as a name ({@link HintText#isProperName()}) is not a
 * topic: a person who is only talked about must not be found as the one who talks about them. A
 * hint that names a post ("the solutions engineer") goes first to the speaker a sentence names as
 * its holder ("I've got Tobias with me again, our solutions engineer"); a post of a person that the
 * call only speaks of as someone else's ("the head teacher has complained") is a conclusive miss;
 * otherwise its noun is left out of the query when other words narrow it ("the QA lead" is asked as
 * "QA"): who says "our supervisor retires" is not the supervisor; a post narrowed only by a
 * modifier ("the new supervisor") is no topic at all. For a hint about what someone does ("whoever
 * is fixing the save bug"), not what they talked about, the one person who says it of themselves in
 * a first-person sentence ("I'll write to Fairburn's today") scores {@link #DEED}; else
 * first-person sentences count twice.
 */
final class TopicRule implements HintRule {

  static final double FULL = 0.9;

  /** The score of the one speaker a sentence names as the holder of the post a hint names. */
  static final double HOLDER = 0.8;

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    List<String> query = terms(hint);
    if (query.isEmpty() || hint.isProperName()) {
      return RuleResult.none();
    }
    List<Entity> people = conversation.people();
    boolean asked = ASKED.matcher(Tokens.fold(hint.original())).find();
    List<String> title = title(hint);
    if (!title.isEmpty()) {
      for (Turn t : conversation.personTurns()) {
        for (String sentence : Sentences.split(t.utterance().text())) {
          if (speaksOfHolder(sentence, title)) {
            Optional<Scored> named = holder(hint, conversation, t, sentence.strip());
            if (named.isPresent()) {
              return RuleResult.of(List.of(named.get()));
            }
          }
        }
      }
    }
    if (title.isEmpty()) {
      Optional<String> another = describedAsAnothers(hint, conversation);
      if (another.isPresent()) {
        return RuleResult.conclusive(
            List.of(),
            "the call says what the hint says of its post of someone other than its speaker (\""
                + another.get()
                + "\") and no speaker says it of themselves");
      }
    }
    boolean deed =
        !asked
            && (hint.words().stream()
                    .anyMatch(w -> CLAUSE_WORDS.contains(w) || w.startsWith("whoever"))
                || doing(hint));
    if (!title.isEmpty() && namesAPerson(hint)) {
      Optional<String> absent = spokenOfOnlyAsAnothers(conversation, core(hint, title));
      if (absent.isPresent()) {
        return RuleResult.conclusive(
            List.of(),
            "the call speaks of the "
                + String.join(" ", title)
                + " only as someone other than its speaker (\""
                + absent.get()
                + "\") and no speaker is named as the holder");
      }
      // the post's noun is no topic (who says "our supervisor retires" is not the supervisor);
      // the words that narrow it are ("the QA lead" is whoever talks about QA)
      String head = HintText.stem(headWord(hint));
      List<String> rest = query.stream().filter(w -> !w.equals(head)).toList();
      if (!rest.isEmpty() && rest.stream().allMatch(MODIFIER_STEMS::contains)) {
        // only a modifier left ("the new supervisor"): no word of the hint is a topic
        return RuleResult.none();
      }
      if (!rest.isEmpty()) {
        query = rest;
      }
    }
    if (deed && hint.words().stream().noneMatch(TALK_WORDS::contains)) {
      Optional<Scored> doer = ownDeed(conversation, query);
      if (doer.isPresent()) {
        return RuleResult.of(List.of(doer.get()));
      }
    }
    List<Credit> credits = credits(conversation, asked, deed);
    java.util.Map<String, List<String>> byPerson = new java.util.HashMap<>();
    for (Credit c : credits) {
      byPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>()).addAll(c.terms());
    }
    List<List<String>> documents = new ArrayList<>();
    for (Entity e : people) {
      documents.add(byPerson.getOrDefault(e.id(), List.of()));
    }
    Bm25 bm25 = new Bm25(documents);
    double[] raw = new double[people.size()];
    for (int i = 0; i < people.size(); i++) {
      raw[i] = bm25.score(i, query);
    }
    double[] sorted = raw.clone();
    Arrays.sort(sorted);
    double topTwo =
        sorted.length == 0
            ? 0
            : sorted[sorted.length - 1] + (sorted.length > 1 ? sorted[sorted.length - 2] : 0);
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      if (raw[i] > 0) {
        Turn best = bestTurn(people.get(i), query, credits);
        String description =
            String.format(
                Locale.ROOT,
                "BM25 %.2f for the words [%s] over their turns and what is asked of them by name",
                raw[i],
                String.join(" ", query));
        scored.add(
            new Scored(
                people.get(i),
                Math.min(1, FULL * raw[i] / topTwo),
                "topic_bm25",
                List.of(best.evidence(description))));
      }
    }
    return RuleResult.of(scored);
  }

  /**
   * Terms a turn gives a person: its speaker's own (only its questions for a hint about what
   * someone asked), or, for a sentence that addresses the next speaker by name, that speaker's.
   */
  private record Credit(Turn turn, String personId, List<String> terms) {}

  /** Every credit of the conversation, in turn order; each turn's sentences are read once. */
  private static List<Credit> credits(HintConversation conversation, boolean asked, boolean deed) {
    List<Credit> out = new ArrayList<>();
    for (Turn t : conversation.personTurns()) {
      if (asked) {
        out.add(new Credit(t, t.speaker().id(), questionTerms(t, setUp(conversation, t))));
        continue;
      }
      java.util.Map<String, List<String>> others = new java.util.LinkedHashMap<>();
      out.add(
          new Credit(
              t, t.speaker().id(), sentenceTerms(t, false, deed, conversation.people(), others)));
      others.forEach((id, terms) -> out.add(new Credit(t, id, terms)));
      if (deed) {
        for (String sentence : Sentences.split(t.utterance().text())) {
          doerNamed(sentence, conversation.people())
              .filter(e -> !e.id().equals(t.speaker().id()))
              .ifPresent(e -> out.add(new Credit(t, e.id(), terms(HintText.of(sentence)))));
        }
      }
      List<String> addressed = addressedTerms(t);
      if (!addressed.isEmpty()) {
        conversation
            .nextSpeaker(t)
            .ifPresent(n -> out.add(new Credit(t, n.speaker().id(), addressed)));
      }
    }
    return out;
  }

  private static Turn bestTurn(Entity who, List<String> query, List<Credit> credits) {
    Set<String> wanted = new HashSet<>(query);
    Turn best = null;
    long bestDistinct = -1;
    long bestCount = -1;
    for (Credit c : credits) {
      if (!c.personId().equals(who.id())) {
        continue;
      }
      long distinct = c.terms().stream().filter(wanted::contains).distinct().count();
      long count = c.terms().stream().filter(wanted::contains).count();
      if (distinct > bestDistinct || distinct == bestDistinct && count > bestCount) {
        best = c.turn();
        bestDistinct = distinct;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * "whoever asked about the API": a hint about what someone asked, so only questions (and requests
   * such as "Walk me through ...") count.
   */
  private static final java.util.regex.Pattern ASKED =
      java.util.regex.Pattern.compile(
          "\\b(asked|asks|asking) (about|for|whether|if|how|what|why)\\b");

  /**
   * A request said as a statement, as interviewers ask most of their questions: "Walk me through
   * how you control food cost.", "And tell me about a time you disagreed with a consultant.", "What
   * about when something goes wrong, tell me about a mistake you've made." (after a comma only
   * behind "what about" or "how about": "and said, explain the budget to me" retells speech)
   */
  private static final java.util.regex.Pattern REQUEST =
      java.util.regex.Pattern.compile(
          "(?:^|^(?i:and |so |okay,? |ok,? |right,? )?(?i:what|how) about\\b[^,]{0,80},\\s*+)"
              + "(?i:(?:(?:and|so|okay|ok|right|now|then|finally|lastly),?\\s++)*+"
              + "(?:tell (?:me|us)|(?:walk|talk|take) (?:me|us)|describe|give (?:me|us) an? example"
              + "|explain)\\b)");

  /** The terms of the questions of a turn, those said as requests included. */
  static List<String> questionTerms(Turn t) {
    return questionTerms(t, "");
  }

  /**
   * The terms of the questions of a turn, those said as requests included, each with the sentence
   * that sets it up ("Suppose the boiler fails at seven on a Monday. What would you do?"); {@code
   * before} is the sentence said just before the turn by the same speaker, if any.
   */
  static List<String> questionTerms(Turn t, String before) {
    List<String> out = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    sentences.add(before);
    sentences.addAll(Sentences.split(t.utterance().text()));
    int taken = -1;
    for (int i = 1; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      if (Sentences.isQuestion(sentence) || REQUEST.matcher(sentence).find()) {
        if (taken < i - 1) {
          out.addAll(terms(HintText.of(sentences.get(i - 1))));
        }
        out.addAll(terms(HintText.of(sentence)));
        taken = i;
      }
    }
    return out;
  }

  /** The last sentence of the turn before {@code t} when the same speaker said it, else "". */
  private static String setUp(HintConversation conversation, Turn t) {
    if (t.index() == 0) {
      return "";
    }
    Turn previous = conversation.turns().get(t.index() - 1);
    if (!previous.speaker().id().equals(t.speaker().id())) {
      return "";
    }
    List<String> sentences = Sentences.split(previous.utterance().text());
    return sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1);
  }

  /**
   * A sentence about someone named rather than about the speaker: it addresses them ("Felix, do you
   * want to start with backend?", "how's infrastructure looking, Kofi?") or describes them in
   * apposition ("Ilse, our solutions engineer, did the mapping", "this is Ines, our controller").
   */
  private static final java.util.regex.Pattern ABOUT_ANOTHER =
      java.util.regex.Pattern.compile(
          "^(?:(?:so|and|okay|ok|right|great|thanks|over to you|now)[,\\s]+)?\\p{Lu}[\\p{L}'-]+,"
              + "|,\\s*\\p{Lu}[\\p{L}'-]+\\s*[?.!]*$"
              + "|\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?,\\s+(?:our|my|your|their|the)\\s+\\p{L}");

  /** "Ilse, our solutions engineer, ...": a name described, not addressed. */
  private static final java.util.regex.Pattern APPOSITION =
      java.util.regex.Pattern.compile("\\s*(?:our|my|your|their|his|her|the)\\s");

  /** Words that start a sentence capitalized without being a name. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "Yes",
          "Yeah",
          "No",
          "Okay",
          "Ok",
          "So",
          "Right",
          "Well",
          "Sure",
          "Great",
          "Thanks",
          "Hi",
          "Hello",
          "Hey",
          "Sorry",
          "Oh",
          "Um",
          "Uh",
          "Honestly",
          "Actually",
          "Also",
          "And",
          "But",
          "Then",
          "Now",
          "Look",
          "Listen",
          "Fine",
          "Good",
          "Perfect",
          "Anyway",
          "Basically");

  /**
   * The terms of a turn in the speaker's own words: sentences that address or describe someone
   * named are left out, since their words are about that person (the role a chair names when
   * handing over belongs to the one handed to).
   */
  static List<String> ownTerms(Turn t) {
    return sentenceTerms(t, false, false);
  }

  /**
   * The terms of a turn's sentences that address the next speaker by name ("Kofi, how's
   * infrastructure looking?", "Tomasz, over to you for engineering."): their words are about the
   * one who answers.
   */
  static List<String> addressedTerms(Turn t) {
    return sentenceTerms(t, true, false);
  }

  /** Words that make a sentence its speaker's own account: "I've got a fix on a branch". */
  private static final Set<String> FIRST_PERSON = Set.of("i", "im", "ive", "ill", "id", "my", "me");

  /**
   * The terms of a turn's sentences: those in the speaker's own words, or those that address the
   * next speaker ({@code addressed}); with {@code deed} (a hint about what someone does or did:
   * "whoever is fixing the save bug") a sentence in the first person ("I've got a fix on a branch")
   * counts twice, since people tell their own deeds in the first person and others' in the third.
   */
  private static List<String> sentenceTerms(Turn t, boolean addressed, boolean deed) {
    return sentenceTerms(t, addressed, deed, List.of(), new java.util.HashMap<>());
  }

  /**
   * {@link #sentenceTerms(Turn, boolean, boolean)}, with the words a sentence says after naming
   * another speaker among {@code people} credited to that speaker in {@code others} instead ("...
   * and this is Tomasz, who runs health and safety": "runs health and safety" is Tomasz's), up to
   * the next such name or a clause the speaker opens in the first person ("I told Marcus I'd fix
   * it").
   */
  private static List<String> sentenceTerms(
      Turn t,
      boolean addressed,
      boolean deed,
      List<Entity> people,
      java.util.Map<String, List<String>> others) {
    List<String> out = new ArrayList<>();
    for (String sentence : Sentences.split(t.utterance().text())) {
      if (deed && !addressed && ANOTHERS_DEED.matcher(sentence).lookingAt()) {
        continue; // "Pat's standing down ...": someone else's deed, credited to them if they speak
      }
      java.util.regex.Matcher m = ABOUT_ANOTHER.matcher(sentence);
      boolean about = false;
      boolean calls = false;
      boolean describes = false;
      while (m.find()) {
        if (!namesSomeone(m)) {
          continue;
        }
        about = true;
        boolean apposition =
            m.group().matches("(?s).*,\\s+(?:our|my|your|their|his|her|the)\\s+\\p{L}$")
                || APPOSITION
                    .matcher(sentence.substring(Math.min(m.end(), sentence.length())))
                    .lookingAt();
        describes |= apposition;
        calls |= !apposition && (m.start() == 0 || m.end() == sentence.length());
      }
      // "Noor, this is Ines Oyelaran, our controller." calls Noor but describes Ines: its words
      // belong to neither the speaker nor the one called.
      boolean vocative = calls && !describes;
      if (addressed ? vocative : !about) {
        List<String> said = terms(HintText.of(sentence));
        if (!addressed && !people.isEmpty()) {
          List<Segment> parts = segments(sentence, t.speaker(), people);
          if (parts.size() != 1 || parts.get(0).who() != null) {
            said = new ArrayList<>();
            for (Segment part : parts) {
              List<String> words = terms(HintText.of(part.text()));
              if (part.nobody()) {
                continue;
              }
              if (part.who() == null) {
                said.addAll(words);
              } else {
                others.computeIfAbsent(part.who().id(), k -> new ArrayList<>()).addAll(words);
              }
            }
          }
        }
        out.addAll(said);
        if (deed
            && !addressed
            && Tokens.split(Tokens.fold(sentence)).stream().anyMatch(FIRST_PERSON::contains)) {
          out.addAll(said);
        }
      }
    }
    return out;
  }

  /**
   * Part of a sentence and whom it is about: another speaker it names, or null for its speaker;
   * {@code nobody} for the words after a name said with 's ("Wes's replacement", "Celia's said
   * ..."), which are of someone's or someone's doing, so neither the speaker's nor surely theirs.
   */
  private record Segment(Entity who, boolean nobody, String text) {}

  /**
   * Where a sentence is cut: whom its words are about from here on (as in {@link Segment}), past
   * the {@code name} characters of the name that cuts it.
   */
  private record Cut(Entity who, boolean nobody, int name) {}

  /**
   * A clause its speaker opens in the first person ("..., I'll send it", "and we decided the
   * catering stays in house"), or a quotation, which is not the named person's own account.
   */
  private static final java.util.regex.Pattern OWN_CLAUSE =
      java.util.regex.Pattern.compile("\\b(?:I|[Ww]e)(?:['’](?:m|ve|ll|d|re))?\\b|[\"“”]");

  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("['’]s\\b");

  /**
   * A sentence cut where it names another speaker (a capitalised word of one other speaker's label,
   * not said to them: see {@link #namesSpeaker}) and where its speaker takes it back in the first
   * person; each part with whom it is about.
   */
  private static List<Segment> segments(String sentence, Entity speaker, List<Entity> people) {
    java.util.TreeMap<Integer, Cut> cuts = new java.util.TreeMap<>();
    java.util.regex.Matcher m = CAPITALISED.matcher(sentence);
    int read = 0; // the characters read for quotation marks so far
    boolean quoting = false; // inside a quotation: not the named person's own account
    while (m.find()) {
      for (; read < m.start(); read++) {
        char c = sentence.charAt(read);
        quoting ^= c == '"' || c == '\u201c' || c == '\u201d';
      }
      String said = m.group();
      boolean possessive = said.endsWith("'s");
      if (m.start() == 0 && !possessive || NOT_NAMES.contains(said)) {
        continue; // a name opening a sentence is left to ABOUT_ANOTHER, unless said with 's
      }
      String word = Tokens.fold(possessive ? said.substring(0, said.length() - 2) : said);
      boolean vocative = closingVocative(sentence, m.start(), m.end());
      if (vocative || word.equals("speaker") || labelHas(speaker, word) || quoting) {
        continue;
      }
      List<Entity> named =
          people.stream().filter(e -> !e.id().equals(speaker.id()) && labelHas(e, word)).toList();
      if (named.size() == 1) {
        cuts.putIfAbsent(
            m.start(),
            new Cut(
                named.get(0),
                possessive
                    || POSSESSIVE.matcher(sentence).region(m.end(), sentence.length()).lookingAt(),
                m.group().length()));
      }
    }
    if (cuts.isEmpty()) {
      return List.of(new Segment(null, false, sentence));
    }
    java.util.regex.Matcher own = OWN_CLAUSE.matcher(sentence);
    while (own.find()) {
      if (own.start() > cuts.firstKey()) {
        cuts.putIfAbsent(own.start(), new Cut(null, false, 0));
      }
    }
    List<Segment> out = new ArrayList<>();
    int from = 0;
    Cut part = new Cut(null, false, 0);
    for (java.util.Map.Entry<Integer, Cut> cut : cuts.entrySet()) {
      // the name itself is no word about its bearer ("Wes's replacement" is not Wes)
      int at = Math.min(from + part.name(), cut.getKey());
      out.add(new Segment(part.who(), part.nobody(), sentence.substring(at, cut.getKey())));
      from = cut.getKey();
      part = cut.getValue();
    }
    from = Math.min(sentence.length(), from + part.name());
    out.add(new Segment(part.who(), part.nobody(), sentence.substring(from)));
    return out;
  }

  /** Whether the last character before {@code at} that is not white space is a comma. */
  private static boolean afterComma(String sentence, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(sentence.charAt(k))) {
      k--;
    }
    return k >= 0 && sentence.charAt(k) == ',';
  }

  /** Whether {@code sentence} holds nothing but white space before {@code at}. */
  private static boolean onlySpaceBefore(String sentence, int at) {
    for (int k = 0; k < at; k++) {
      if (!Character.isWhitespace(sentence.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code sentence} holds no letter or digit from {@code from} on. */
  private static boolean onlyPunctuationFrom(String sentence, int from) {
    for (int k = from; k < sentence.length(); k++) {
      if (Character.isLetterOrDigit(sentence.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a match of {@link #ABOUT_ANOTHER} holds a name, not a word like "So," or "Right,". */
  private static boolean namesSomeone(java.util.regex.Matcher m) {
    String name = nameIn(m);
    return !name.isEmpty() && !NOT_NAMES.contains(name);
  }

  /** The first word of a match of {@link #ABOUT_ANOTHER}, past an opening "So," or "Thanks,". */
  private static String nameIn(java.util.regex.Matcher m) {
    return m.group()
        .replaceAll("^\\W*(?:(?i:so|and|okay|ok|right|great|thanks|over to you|now)[,\\s]+)?", "")
        .replaceAll("[^\\p{L}'-].*$", "");
  }

  /**
   * The holder of a post a sentence speaks of as someone other than its speaker, when the sentence
   * names one speaker besides its own ("I've got Tobias with me again, our solutions engineer").
   */
  private static Optional<Scored> holder(
      HintText hint, HintConversation conversation, Turn turn, String sentence) {
    List<Entity> named =
        conversation.people().stream()
            .filter(e -> !e.id().equals(turn.speaker().id()))
            .filter(e -> namesSpeaker(sentence, e))
            .toList();
    if (named.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(
        new Scored(
            named.get(0),
            HOLDER,
            "topic_post_holder",
            List.of(
                turn.evidence(
                    HintConversation.describe(turn.speaker())
                        + " names them with the "
                        + String.join(" ", hint.contentWords())))));
  }

  /**
   * Whether a capitalised word of {@code sentence} is a word of the entity's label, not said to
   * them ("Tom, ..." or "..., Tom?").
   */
  private static boolean namesSpeaker(String sentence, Entity e) {
    List<String> label = e.label().map(l -> Tokens.split(Tokens.fold(l))).orElse(List.of());
    java.util.regex.Matcher m = CAPITALISED.matcher(sentence);
    while (m.find()) {
      if (openingVocative(sentence, m.start(), m.end())
          || closingVocative(sentence, m.start(), m.end())) {
        continue; // "Tom, can you ask our CFO?" names whom it asks, not the CFO
      }
      String w = Tokens.fold(m.group());
      if (!NOT_NAMES.contains(m.group()) && !w.equals("speaker") && label.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code start}-{@code end} opens the sentence to whom it is said: "Tom,
   * ...".
   */
  private static boolean openingVocative(String sentence, int start, int end) {
    return onlySpaceBefore(sentence, start)
        && end < sentence.length()
        && sentence.charAt(end) == ',';
  }

  /**
   * Whether the word at {@code start}-{@code end} closes the sentence to whom it is said: "...,
   * Tom?".
   */
  private static boolean closingVocative(String sentence, int start, int end) {
    return afterComma(sentence, start) && onlyPunctuationFrom(sentence, end);
  }

  private static final java.util.regex.Pattern CAPITALISED =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'-]*+");

  /** Words that open a clause about what someone did or said, so the hint is not a post. */
  private static final Set<String> CLAUSE_WORDS =
      Set.of("who", "whoever", "whom", "whose", "that", "which", "when", "where", "about");

  /** Possessives that make a post someone else's: "our operations director". */
  private static final Set<String> POSSESSIVES = Set.of("our", "their", "your", "his", "her");

  /** Nouns after a post that make the phrase about the post itself, not its holder. */
  private static final Set<String> POST_NOUNS =
      Set.of(
          "role",
          "roles",
          "position",
          "job",
          "post",
          "team",
          "side",
          "department",
          "function",
          "office",
          "vacancy",
          "opening",
          "interview",
          "meeting",
          "call",
          "seat",
          "title",
          "hat",
          "responsibilities",
          "level",
          "track",
          "remit",
          "brief");

  /** Words between a determiner and a post that do not change whose it is. */
  private static final Set<String> MODIFIERS =
      Set.of(
          "new",
          "current",
          "former",
          "acting",
          "interim",
          "old",
          "previous",
          "last",
          "outgoing",
          "own");

  /** {@link #MODIFIERS} stemmed as query terms are. */
  private static final Set<String> MODIFIER_STEMS =
      MODIFIERS.stream().map(HintText::stem).collect(java.util.stream.Collectors.toSet());

  /**
   * The post a hint names, folded ("the operations director" gives [operations, director]): a noun
   * phrase of one to four content words, with no clause ("whoever ran the meeting", "the nurse who
   * came off nights", "whoever asked about X"); empty for a name or any other hint.
   */
  /** Words for a person that a hint about what they are doing follows: "the person taking ...". */
  private static final Set<String> DOERS =
      Set.of(
          "person", "one", "guy", "woman", "man", "lady", "chap", "bloke", "someone", "somebody");

  /**
   * Whether a hint names someone by what they are doing, a word in -ing right after a word for a
   * person: "the person taking the minutes", "the one building the set", "the guy calling from his
   * truck"; a clause without "who".
   */
  static boolean doing(HintText hint) {
    List<String> w = hint.words();
    for (int i = 1; i < w.size(); i++) {
      if (DOERS.contains(w.get(i - 1)) && w.get(i).length() > 4 && w.get(i).endsWith("ing")) {
        return true;
      }
    }
    return false;
  }

  static List<String> title(HintText hint) {
    if (hint.isProperName()
        || doing(hint)
        || hint.words().stream().anyMatch(w -> CLAUSE_WORDS.contains(w) || w.startsWith("whoever"))
        || ASKED.matcher(Tokens.fold(hint.original())).find()) {
      return List.of();
    }
    List<String> content =
        hint.contentWords().stream()
            .filter(HintText::hasLetter)
            .filter(w -> !w.equals("s")) // "the Fairburn's category manager"
            .toList();
    boolean post = content.stream().anyMatch(w -> !MODIFIERS.contains(w));
    return post && content.size() <= 4 ? content : List.of();
  }

  /** A word written as a name: a capital, then a small letter ("Harrowgate", "FibreNest"). */
  private static final java.util.regex.Pattern NAME_WORD =
      java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}[\\p{L}'-]*+");

  /**
   * The post of a {@link #title} without the words that only narrow it, as a call says it: without
   * a modifier ("the current GM" is said "the GM") and without a name written in the hint ("the
   * FibreNest rep" is "their rep", "the GM at Harrowgate Street" is "the GM"); the title itself
   * when nothing would be left.
   */
  static List<String> core(HintText hint, List<String> title) {
    Set<String> names = new HashSet<>();
    java.util.regex.Matcher m = NAME_WORD.matcher(hint.original());
    while (m.find()) {
      names.add(Tokens.fold(m.group()).replaceAll("'s$", ""));
    }
    List<String> core =
        title.stream().filter(w -> !MODIFIERS.contains(w) && !names.contains(w)).toList();
    return core.isEmpty() ? title : core;
  }

  /**
   * Nouns that name a person by their post or trade; with the endings in {@link #PERSON_ENDINGS}
   * they tell "the head teacher" or "the chair of the committee" (a person) from "the login bug" or
   * "the budget" (a topic).
   */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "rep",
          "head",
          "chair",
          "chairman",
          "chairwoman",
          "chairperson",
          "lead",
          "chief",
          "officer",
          "manager",
          "director",
          "boss",
          "owner",
          "governor",
          "councillor",
          "coordinator",
          "engineer",
          "developer",
          "designer",
          "teacher",
          "nurse",
          "chef",
          "clerk",
          "consultant",
          "accountant",
          "analyst",
          "president",
          "supervisor",
          "administrator",
          "secretary",
          "treasurer",
          "trustee",
          "inspector",
          "surveyor",
          "auditor",
          "lawyer",
          "solicitor",
          "controller",
          "planner",
          "buyer",
          "seller",
          "agent",
          "assistant",
          "representative",
          "partner",
          "founder",
          "gm",
          "cfo",
          "ceo",
          "cto",
          "coo",
          "vp",
          "pm",
          "person",
          "guy",
          "woman",
          "man",
          "member",
          "volunteer",
          "driver",
          "doctor",
          "landlord",
          "contractor",
          "mayor",
          "minister",
          "principal",
          "headteacher",
          "dean",
          "registrar",
          "vicar",
          "chaplain",
          "judge",
          "commissioner",
          "superintendent",
          "matron",
          "chancellor",
          "editor",
          "producer",
          "architect",
          "steward");

  /** Endings of nouns for people: "pharmacist", "technician", "librarian". */
  private static final List<String> PERSON_ENDINGS = List.of("ist", "ian");

  /**
   * {@link #PERSON_NOUNS} and nouns with a {@link #PERSON_ENDINGS} ending as a regular expression
   * of one lower-case word, for rules that read posts in what is said ({@link AbsentPersonRule}).
   */
  static final String PERSON_NOUN =
      "(?:"
          + PERSON_NOUNS.stream().sorted().collect(java.util.stream.Collectors.joining("|"))
          + "|\\p{Ll}{4,}(?:"
          + String.join("|", PERSON_ENDINGS)
          + "))";

  /** Words after the head noun of a post: "the chair of the committee", "the GM at Harrowgate". */
  private static final Set<String> POST_PREPOSITIONS =
      Set.of("of", "at", "from", "for", "in", "on");

  /** The last word of a hint before a post preposition: "chair" in "the chair of the board". */
  static String headWord(HintText hint) {
    String head = null;
    for (String w : hint.words()) {
      if (POST_PREPOSITIONS.contains(w)) {
        break;
      }
      head = w;
    }
    return head;
  }

  /**
   * Whether a folded word names a person by post or trade: one of {@link #PERSON_NOUNS} (or its
   * plural), or a noun with a {@link #PERSON_ENDINGS} ending ("pharmacist", "technician").
   */
  static boolean isPersonNoun(String word) {
    String stem = HintText.stem(word);
    return PERSON_NOUNS.contains(word)
        || PERSON_NOUNS.contains(stem)
        || PERSON_ENDINGS.stream()
            .anyMatch(e -> stem.endsWith(e) && stem.length() > e.length() + 3);
  }

  /** Whether the head noun of a hint names a person by post or trade ("the union rep"). */
  static boolean namesAPerson(HintText hint) {
    String head = headWord(hint);
    if (head == null) {
      return false;
    }
    return isPersonNoun(head);
  }

  /**
   * Words that present someone in the call: "I've brought our controller with me", "we're joined by
   * our head of IT", "let me hand over to our solutions engineer". A post said with them has a
   * holder on the call.
   */
  private static final java.util.regex.Pattern PRESENT =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:with (?:me|us)|joining (?:us|me)|joined by|here (?:today|with|too|as well)"
              + "|on the (?:call|line)|in the room|bring(?:ing)? in|introduce|over to|hand(?:ing)?"
              + " (?:it )?over|pass(?:ing)? (?:you |it )?(?:over )?to)\\b");

  /**
   * The first sentence that says the post {@code title}, when every sentence that says it speaks of
   * its holder as someone other than its speaker ("the head teacher has already complained", "a
   * short presentation to our operations director") and none is addressed to a speaker by name: a
   * post only ever spoken of as another's belongs to someone absent, whom no speaker should be
   * taken for because they talked about the post.
   */
  private static Optional<String> spokenOfOnlyAsAnothers(
      HintConversation conversation, List<String> title) {
    String first = null;
    for (Turn t : conversation.personTurns()) {
      for (String sentence : Sentences.split(t.utterance().text())) {
        Mention said = mention(sentence, title);
        if (said == Mention.NONE || said == Mention.NO_HOLDER) {
          continue;
        }
        if (said == Mention.UNCLEAR || mayBeASpeakers(sentence, conversation)) {
          return Optional.empty();
        }
        if (first == null) {
          first = sentence.strip();
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Whether a sentence that says a post may say it of a speaker: it addresses or describes one by
   * name, names one, or presents someone on the call ("we're joined by our head of IT").
   */
  private static boolean mayBeASpeakers(String sentence, HintConversation conversation) {
    return aboutASpeaker(sentence, conversation.people())
        || conversation.people().stream().anyMatch(e -> namesSpeaker(sentence, e))
        || PRESENT.matcher(sentence).find();
  }

  /**
   * For a hint that names a post and says more of its holder ("the night supervisor who is off
   * sick", "the planner who's retiring", "the coordinator going on maternity leave"), the first
   * sentence that says the post as someone else's together with a word of what the hint says more
   * ("the current night supervisor, Gary, has been off long-term sick", "our current planner,
   * Gordon, is retiring"; the holder singled out by a name or as the current, former or old one),
   * when no sentence says the post otherwise (as the speaker's own) with such a word, and the
   * sentence names no speaker: the hint describes someone absent, whom the one who described them
   * must not be taken for. Empty for any other hint.
   */
  static Optional<String> describedAsAnothers(HintText hint, HintConversation conversation) {
    for (String w : hint.words()) {
      if (DOERS.contains(w) || CLAUSE_WORDS.contains(w)) {
        return Optional.empty(); // "the person who spoke to the trustees": no post leads the hint
      }
      if (isPersonNoun(w)) {
        break;
      }
    }
    List<String> words = hint.contentWords().stream().filter(HintText::hasLetter).toList();
    int post = -1;
    for (int i = 0; i < words.size() && i < 4; i++) {
      if (isPersonNoun(words.get(i))) {
        post = i;
        break;
      }
    }
    if (post < 0 || post == words.size() - 1) {
      return Optional.empty();
    }
    List<String> title = words.subList(0, post + 1);
    Set<String> more = new HashSet<>();
    for (String w : words.subList(post + 1, words.size())) {
      String stem = HintText.stem(w);
      if (!MODIFIER_STEMS.contains(stem) && !CLAUSE_WORDS.contains(w) && w.length() > 2) {
        more.add(stem);
      }
    }
    if (more.isEmpty()) {
      return Optional.empty();
    }
    String first = null;
    for (Turn t : conversation.personTurns()) {
      for (String sentence : Sentences.split(t.utterance().text())) {
        Mention said = mention(sentence, title);
        if (said == Mention.NONE || said == Mention.NO_HOLDER) {
          continue;
        }
        boolean saysMore =
            Tokens.split(Tokens.fold(sentence)).stream()
                .map(HintText::stem)
                .anyMatch(more::contains);
        if (!saysMore) {
          continue;
        }
        if (said == Mention.UNCLEAR || mayBeASpeakers(sentence, conversation)) {
          return Optional.empty();
        }
        if (first == null && SINGLED_OUT.matcher(sentence).find()) {
          first = sentence.strip();
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * A post holder singled out as someone in particular, by a name set off by commas ("our planner,
   * Gordon, is retiring") or as the one now or before ("the current night supervisor", "the old
   * planner"): "Our planner is retiring at Easter" may be said to the planner in the room.
   */
  private static final java.util.regex.Pattern SINGLED_OUT =
      java.util.regex.Pattern.compile(
          ",\\s*+\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?\\s*+,"
              + "|(?i:\\b(?:current|previous|former|old|outgoing|last)\\b)");

  /**
   * Whether a sentence addresses or describes by name ({@link #ABOUT_ANOTHER}) someone who may be a
   * speaker: a name in a speaker's label, or any name while a speaker has none. "Since our last
   * data protection officer, Colin, left in April" speaks of no speaker when none is Colin.
   */
  private static boolean aboutASpeaker(String sentence, List<Entity> people) {
    boolean anonymous =
        people.stream()
            .anyMatch(
                e -> e.label().isEmpty() || Tokens.fold(e.label().get()).startsWith("speaker"));
    java.util.regex.Matcher m = ABOUT_ANOTHER.matcher(sentence);
    while (m.find()) {
      if (!namesSomeone(m)) {
        continue;
      }
      String name = Tokens.fold(nameIn(m));
      if (anonymous || people.stream().anyMatch(e -> labelHas(e, name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence speaks of the holder of {@code title} as one person other than its speaker:
   * the post after a possessive ("a short presentation to our operations director"), after "the"
   * not preceded by "I'm", "I am", "I was" or "I've been" ("anything over ten needs the divisional
   * director to sign it off", "the head chef is staying"), or after a name and "as" ("Helen as
   * general manager"). "I'm the head of support", "As the designer, I ..." and "I'm Lucia, the head
   * of people" are the speaker's own; "a chef", "their executive chef", "no sous chef" and "the
   * governors" name no one holder of the post.
   */
  static boolean speaksOfHolder(String sentence, List<String> title) {
    return mention(sentence, title) == Mention.ANOTHERS;
  }

  /** How a sentence says a post ({@link #mention}). */
  enum Mention {
    /** It does not say the post. */
    NONE,
    /** It says the post of no one holder: "the designer position", "one of our consultants". */
    NO_HOLDER,
    /** It says the post of one person other than its speaker ({@link #speaksOfHolder}). */
    ANOTHERS,
    /** It says the post otherwise: the speaker's own ("I'm the head of support"), or unclear. */
    UNCLEAR
  }

  /**
   * How a sentence says the post {@code title}, whose words may be parted by up to two stop words
   * the hint left out ("the head of digital", "the finance manager at Corrow"): {@link
   * Mention#ANOTHERS} when any saying of it is another's.
   */
  static Mention mention(String sentence, List<String> title) {
    List<String> stems = title.stream().map(HintText::stem).toList();
    List<String> words = withoutPossessive(Tokens.split(Tokens.fold(sentence)));
    List<String> stemmed = words.stream().map(HintText::stem).toList();
    Mention out = Mention.NONE;
    for (int i = 0; i < words.size(); i++) {
      int end = spanEnd(words, stemmed, i, stems);
      if (end < 0) {
        continue;
      }
      String last = words.get(end - 1);
      if (last.endsWith("s") && !title.get(title.size() - 1).endsWith("s")
          || end < words.size() && POST_NOUNS.contains(words.get(end))) {
        // several holders ("the governors"), or the post itself ("the team lead role")
        out = out == Mention.NONE ? Mention.NO_HOLDER : out;
        continue;
      }
      int j = i - 1;
      while (j >= 0 && MODIFIERS.contains(words.get(j))) {
        j--;
      }
      String before = j < 0 ? "" : words.get(j);
      if ((POSSESSIVES.contains(before) || before.equals("the")) && !selfBefore(words, j - 1)
          || before.equals("as")
              && j > 0
              && !words.get(j - 1).equals("i")
              && isName(sentence, words.get(j - 1))) {
        return Mention.ANOTHERS;
      }
      out = Mention.UNCLEAR;
    }
    return out;
  }

  /**
   * The end (exclusive) of the post's words said from {@code i} on, each after at most two stop
   * words; -1 when they are not said there.
   */
  private static int spanEnd(List<String> words, List<String> stemmed, int i, List<String> stems) {
    int k = i;
    for (int s = 0; s < stems.size(); s++) {
      for (int filler = 0;
          s > 0
              && filler < 2
              && k < words.size()
              && HintText.isStopWord(words.get(k))
              && !stemmed.get(k).equals(stems.get(s));
          filler++) {
        k++;
      }
      if (k >= words.size() || !stemmed.get(k).equals(stems.get(s))) {
        return -1;
      }
      k++;
    }
    return k;
  }

  /** Whether {@code word} (folded) is written capitalised in {@code sentence}, past its start. */
  private static boolean isName(String sentence, String word) {
    java.util.regex.Matcher m = CAPITALISED.matcher(sentence);
    while (m.find()) {
      boolean afterSpace = m.start() > 0 && Character.isWhitespace(sentence.charAt(m.start() - 1));
      if (afterSpace && Tokens.fold(m.group()).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Words after "I" that make the post the speaker's: "I'm the ...", "I am ...", "I was ...". */
  private static final Set<String> SELF_VERBS = Set.of("m", "am", "im", "was", "been");

  /**
   * Whether the words up to {@code j} make what follows the speaker's: "I'm", "I am", "I was" or
   * "I've been" within four words before (across an own name: "I'm Lucia, the head of people"), or
   * "as" opening the sentence or following "I" ("As the designer, I ...").
   */
  private static boolean selfBefore(List<String> words, int j) {
    if (j >= 0 && words.get(j).equals("as")) {
      return j == 0 || words.subList(Math.max(0, j - 3), j).contains("i");
    }
    for (int k = j; k >= Math.max(0, j - 3); k--) {
      String w = words.get(k);
      if (SELF_VERBS.contains(w)
          && (w.equals("im")
              || k > 0 && words.get(k - 1).equals("i")
              || k > 1 && words.get(k - 1).equals("ve") && words.get(k - 2).equals("i"))) {
        return true;
      }
    }
    return false;
  }

  /** Words with a possessive {@code 's} taken off: "the mayor's office" speaks of the mayor. */
  private static List<String> withoutPossessive(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(w.length() > 3 && w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
    }
    return out;
  }

  /**
   * A sentence whose subject is someone else, named or "he" or "she": "Pat's standing down as
   * treasurer at the AGM, and as far as I know ..." tells Pat's deed, whatever "I" says later.
   */
  private static final java.util.regex.Pattern ANOTHERS_DEED =
      java.util.regex.Pattern.compile(
          "(?:(?i:and|so|but|well|okay|ok|right|oh|also)[,]?\\s++)*+(?!(?:It|That|There|This|What"
              + "|Here|Which|Who)\\b)(?:(\\p{Lu}\\p{Ll}++)|He|She)(?:['’]s|\\s(?:is|has|will|was"
              + "|said|says))\\b");

  /**
   * The speaker a sentence names as the doer of its deed ("Pat's standing down as treasurer at the
   * AGM"): the one person whose label holds the name its {@link #ANOTHERS_DEED} subject gives.
   */
  private static Optional<Entity> doerNamed(String sentence, List<Entity> people) {
    java.util.regex.Matcher m = ANOTHERS_DEED.matcher(sentence);
    if (!m.lookingAt() || m.group(1) == null) {
      return Optional.empty();
    }
    String name = Tokens.fold(m.group(1));
    List<Entity> named = people.stream().filter(e -> labelHas(e, name)).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** Whether a word of the entity's label is {@code folded} (a folded word). */
  private static boolean labelHas(Entity e, String folded) {
    return e.label().map(l -> Tokens.split(Tokens.fold(l)).contains(folded)).orElse(false);
  }

  /** The score of a deed its doer states in the first person ({@link #ownDeed}). */
  static final double DEED = 0.75;

  /**
   * For a hint about what someone does ("whoever is writing to Fairburn's"), the one person who
   * says it of themselves: a first-person sentence of theirs with every content word of the hint,
   * or every word but one when the hint has four or more ("I'll start moving the templates to
   * Sendwell" for "whoever is moving the email templates to Sendwell"); words meet when one stem
   * begins the other ("writ" and "write"). Empty when nobody or more than one person does.
   */
  private static Optional<Scored> ownDeed(HintConversation conversation, List<String> query) {
    Set<String> wanted = new java.util.LinkedHashSet<>();
    for (String w : query) {
      wanted.add(InCharge.asRun(w));
    }
    if (wanted.size() < 2) {
      return Optional.empty();
    }
    int needed = wanted.size() >= 4 ? wanted.size() - 1 : wanted.size();
    Entity doer = null;
    Scored found = null;
    for (Turn t : conversation.personTurns()) {
      for (String sentence : Sentences.split(t.utterance().text())) {
        if (Tokens.split(Tokens.fold(sentence)).stream().noneMatch(FIRST_PERSON::contains)
            || ANOTHERS_DEED.matcher(sentence).lookingAt()) {
          continue;
        }
        List<String> words = terms(HintText.of(InCharge.asRuns(sentence)));
        long met = wanted.stream().filter(w -> words.stream().anyMatch(x -> meet(w, x))).count();
        if (met < needed) {
          continue;
        }
        if (doer != null && !doer.id().equals(t.speaker().id())) {
          return Optional.empty();
        }
        if (doer == null) {
          doer = t.speaker();
          found =
              new Scored(
                  doer,
                  DEED,
                  "topic_deed",
                  List.of(
                      t.evidence(
                          "says it of themselves in "
                              + met
                              + " of the "
                              + wanted.size()
                              + " words ["
                              + String.join(" ", wanted)
                              + "]")));
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether two stems are one word: equal, or one begins the other, has three letters or more and
   * is at most two shorter ("writ" and "write", not "council" and "councillor").
   */
  private static boolean meet(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return longer.startsWith(shorter)
        && (shorter.equals(longer)
            || shorter.length() >= 3 && longer.length() - shorter.length() <= 2);
  }

  /** Words of a hint about what someone talked about, not what they do. */
  private static final Set<String> TALK_WORDS =
      Set.of(
          "about",
          "talk",
          "talked",
          "talking",
          "spoke",
          "speak",
          "mentioned",
          "mention",
          "discussed",
          "said",
          "raised",
          "brought");

  private static List<String> terms(HintText text) {
    return text.contentWords().stream().filter(HintText::hasLetter).map(HintText::stem).toList();
  }
}
