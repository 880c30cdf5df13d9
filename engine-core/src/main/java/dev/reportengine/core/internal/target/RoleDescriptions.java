package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences that say what a speaker's job or place is, and about whom: the speaker themselves ("I'm
 * a backend engineer at Pellucid", "I run QA", "As director of operations, I ..."), the person
 * spoken to ("Hannah, you run operations, so ..."), or another speaker named in the sentence
 * ("Tomasz should be joining us, he's one of our senior engineers"). A description of someone who
 * is not a speaker describes nobody: people who are only talked about are never given a role. The
 * words kept are those after the marker, within the sentence and its clause (up to "and", "but",
 * ...), and never after "I'm" plus an activity ("I'm chasing them"); a marker's verb ("run", "look
 * after") is kept too, since it often is the role. A chair handing the floor to a speaker by name
 * and area ("Bea, design?", "Mei, how's QA looking?") describes that speaker by the area.
 */
final class RoleDescriptions {

  /** Words after a marker that can describe a role. */
  static final int WINDOW = 12;

  /** Who a description is about, relative to the one who says it. */
  enum Person {
    SELF("describes themselves"),
    ADDRESSEE("is described by the person talking to them"),
    NAMED("is described by name by another speaker");

    final String words;

    Person(String words) {
      this.words = words;
    }
  }

  /**
   * The words that describe {@code who}, said in {@code turn}.
   *
   * @param area whether the words name a department or area the person answers for ("Felix, do you
   *     want to start with backend?"), rather than a job title
   */
  record Description(Entity who, Person person, Turn turn, List<String> words, boolean area) {
    Description(Entity who, Person person, Turn turn, List<String> words) {
      this(who, person, turn, words, false);
    }
  }

  /**
   * Words that describe someone who is not a speaker ("Helen Marsh, our CFO, chairs it", "Walt
   * Hennessey, he owns the group"): a hint in those words means a person who is absent.
   */
  record Absent(String name, Turn turn, List<String> words) {}

  /** A marker's words; the window starts after the first {@code skip} of them. */
  private record Marker(List<String> words, int skip) {
    static Marker of(String text) {
      String[] parts = text.split("\\|", -1);
      List<String> lead = Tokens.split(parts[0]);
      List<String> kept = parts.length > 1 ? Tokens.split(parts[1]) : List.of();
      List<String> all = new ArrayList<>(lead);
      all.addAll(kept);
      return new Marker(List.copyOf(all), lead.size());
    }
  }

  /** Verbs that open a description of one's role: being in charge, owning, doing the X. */
  private static final List<String> ROLE_VERBS =
      java.util.stream.Stream.concat(
              InCharge.VERBS.stream(), java.util.stream.Stream.of("own", "do the"))
          .toList();

  private static final List<Marker> SELF =
      markers(
          "i m|",
          "i am|",
          "i work as|",
          "my role is|",
          "my title is|",
          "my job is|",
          "i work on|",
          "i work in|",
          "i work at|",
          "i work for|",
          "i ve been at|",
          "i ve taken over|",
          "i ve just taken over|",
          "i took over|",
          "i m taking over|",
          "i m covering|",
          "i m based at|",
          "i");
  private static final List<Marker> ADDRESSEE =
      markers("you re|", "you are|", "you work as|", "you work on|", "you work in|", "you");
  private static final List<Marker> NAMED =
      markers("he s|", "she s|", "he is|", "she is|", "they re|");

  /** Words that start another clause: "I'm chasing them, and we're reusing ..." ends at "and". */
  private static final Set<String> CLAUSE_BREAKS =
      Set.of("and", "but", "so", "because", "though", "although", "while", "if", "when", "then");

  /** "Bea, design?", "Okay. Mei, how's QA looking?": a name, then an area of one to three words. */
  private static final Pattern HANDOVER =
      Pattern.compile(
          "(?:^|[.!?]\\s+)(?:(?i:okay|ok|right|so|and|next|now|then)[,.]?\\s+)?(\\p{Lu}[\\p{L}'-]+),\\s+"
              + "(?:(?i:how(?:'s|’s| is| are| about)|what about|over to you on)\\s+)?"
              + "(?:(?i:the)\\s+)?([\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,2}?)"
              + "(?:\\s+(?i:looking|going|doing|side|front|update|news))?\\s*\\?");

  /**
   * "Felix, do you want to start with backend?", "Mei, anything on QA?", "Ravi, over to you for
   * infra?": a name, words that hand the floor over, and the area, ending the question ("Priyanka,
   * where are we with the organisers?" asks about a topic, not an area).
   */
  private static final Pattern HANDOVER_WITH_AREA =
      Pattern.compile(
          "(?:^|[.!?]\\s+)(?:(?i:okay|ok|right|so|and|next|now|then)[,.]?\\s+)?(\\p{Lu}[\\p{L}'-]+),\\s+"
              + "(?i:do you want to (?:start|go|kick off|begin)|(?:can|could|would) you (?:start|kick off|begin)"
              + "|anything(?: else)?|over to you)\\s+(?i:with|on|from|for)\\s+"
              + "(?:(?i:the)\\s+)?([\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?)"
              + "(?:\\s+(?i:side|front|update|first))?\\s*\\?");

  /**
   * A speaker's post said with "as": "As director of operations, I make the recommendation", "she
   * wrote to me as practice manager last week" (one to four words, the post, before the comma and
   * "I", or after "me as" up to a preposition or the end of the clause).
   */
  private static final Pattern AS_POST =
      Pattern.compile(
          "(?:^|[.!?]\\s+)(?:(?i:and|but|so|well|now)\\s+)?(?i:as)\\s+(?:(?i:the|a|an|our|your)\\s+)?"
              + "(?!(?i:i|we|you|he|she|they|it|if|a result|usual|always|expected|mentioned|discussed"
              + "|agreed|said|promised|well|far|soon|long|much|many)\\b)"
              + "(\\p{L}[\\p{L}'-]*+(?:\\s+\\p{L}[\\p{L}'-]*+){0,3}?)\\s*,\\s*(?:I|I['’]m|I['’]ll|I['’]ve|we)\\b"
              + "|\\b(?i:me)\\s+(?i:as)\\s+(?:(?i:the|a|an|your|their)\\s+)?"
              + "(\\p{Ll}[\\p{L}'-]*+(?:\\s+\\p{Ll}[\\p{L}'-]*+){0,2}?)"
              + "(?=\\s+(?i:last|this|next|on|in|at|about|because|and|but|so|yesterday|today)\\b|\\s*[,.;!?]|$)");

  /**
   * "Helen Marsh, our CFO, chairs it", "this is Suki, one of our senior buyers, she'll ..." (a
   * group closed by a comma: "Suki, one of your drivers rang us" names the group's acts), "Diego,
   * who runs support operations, ...", "Walt Hennessey, he owns the group": a name, a comma, then
   * what the person is; after "our", "my", ... at most four words, and up to two more each after
   * "of", "for", "in" or "at" ("Obinna Achterberg, our director of product for claims"), before the
   * next punctuation ("Ashby, their executive chef owes me a favour" is two clauses, not an
   * apposition).
   */
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?),\\s+(?:(?i:one of\\s+(?:our|my|their|your))\\s+"
              + "(?=(?:[\\p{L}'-]++\\s*+){1,4}[,;:])|(?i:our|my|their|your)\\s+"
              + "(?=(?:[\\p{L}'-]++\\s*+){1,4}(?:(?i:of|for|in|at)\\s++[\\p{L}'-]++\\s*+){0,2}+"
              + "(?:[,;:.!?]|$))|(?i:who|he|she)(?:'s|’s|\\s+is)?\\s+)([^,;:]+)");

  /**
   * "and this is Aileen Baird from our HR team": someone introduced with the team they come from,
   * which describes them (the words up to and with "team", "department", ...).
   */
  private static final Pattern INTRODUCED_FROM_TEAM =
      Pattern.compile(
          "(?i:\\bthis is|\\bmeet|\\bjoined by|\\bhere's)\\s+(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)"
              + "\\s+(?i:from|in|on)\\s+(?i:our|the)\\s+((?:[\\p{L}'-]+\\s+){1,3}"
              + "(?i:team|department|side|office|group))\\b");

  /** "this is Priyanka Nair, who ...": someone introduced to the call is in it, not absent. */
  private static final Pattern INTRODUCED =
      Pattern.compile("(?i:\\bthis is|\\bmeet|\\bwelcome|\\bjoined by|\\bhere'?s)\\s*$");

  /**
   * "It's Priya from Vetmarrow, your account manager": a company after a person's name and "from"
   * (or "at", "with") is where the one described works, not the one described.
   */
  private static final Pattern AFTER_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'-]+\\s+(?:from|at|with|over at|here at)\\s+$");

  /** "Pharmacy, do you want to go first?": a sentence that calls the listener by a common noun. */
  private static final Pattern VOCATIVE =
      Pattern.compile("^(\\p{Lu}\\p{Ll}+),\\s+" + AddressRule.IN_SENTENCE + "\\b(?i:you|your)\\b");

  /** Words said before a comma at the start of a sentence that are not a way to address anyone. */
  private static final Set<String> NOT_VOCATIVES =
      Set.of(
          "okay",
          "ok",
          "right",
          "so",
          "well",
          "yes",
          "yeah",
          "yep",
          "no",
          "nope",
          "sure",
          "thanks",
          "great",
          "good",
          "sorry",
          "honestly",
          "actually",
          "anyway",
          "cool",
          "perfect",
          "alright",
          "fine",
          "hey",
          "hi",
          "hello",
          "look",
          "listen",
          "now",
          "then",
          "also",
          "and",
          "but",
          "oh",
          "um",
          "uh",
          "hmm",
          "true",
          "exactly",
          "absolutely",
          "totally",
          "fair",
          "nice",
          "brilliant",
          "lovely",
          "awesome",
          "wow",
          "agreed",
          "understood",
          "morning",
          "afternoon",
          "evening",
          "everyone",
          "guys",
          "folks",
          "team",
          "all",
          "basically",
          "obviously",
          "otherwise",
          "instead",
          "first",
          "second",
          "finally",
          "again",
          "still",
          "plus",
          "interesting",
          "wonderful",
          "excellent",
          "fantastic",
          "amazing",
          "ah",
          "mm",
          "hm",
          "er",
          "gotcha",
          "meanwhile",
          "personally",
          "realistically",
          "frankly");

  private RoleDescriptions() {}

  private static List<Marker> markers(String... texts) {
    List<Marker> out = new ArrayList<>();
    String subject = texts[texts.length - 1];
    for (int i = 0; i < texts.length - 1; i++) {
      out.add(Marker.of(texts[i]));
    }
    for (String verb : ROLE_VERBS) {
      out.add(Marker.of(subject + "|" + verb));
    }
    return List.copyOf(out);
  }

  /** Every description in the conversation, in time order. */
  static List<Description> all(HintConversation c) {
    List<Description> found = new ArrayList<>();
    for (Turn t : c.personTurns()) {
      java.util.regex.Matcher handover = HANDOVER.matcher(t.utterance().text());
      while (handover.find()) {
        List<String> area = HintText.of(handover.group(2)).words();
        named(HintText.of(handover.group(1)).words(), t, c)
            .ifPresent(n -> found.add(new Description(n, Person.ADDRESSEE, t, area)));
      }
      java.util.regex.Matcher withArea = HANDOVER_WITH_AREA.matcher(t.utterance().text());
      while (withArea.find()) {
        List<String> area = HintText.of(withArea.group(2)).words();
        named(HintText.of(withArea.group(1)).words(), t, c)
            .ifPresent(n -> found.add(new Description(n, Person.ADDRESSEE, t, area, true)));
      }
      for (String sentence : Sentences.split(t.utterance().text())) {
        List<String> words = HintText.of(sentence).words();
        vocative(sentence, t, c)
            .ifPresent(
                v ->
                    c.nextSpeaker(t)
                        .ifPresent(
                            n ->
                                found.add(
                                    new Description(
                                        n.speaker(), Person.ADDRESSEE, t, List.of(v), true))));
        java.util.regex.Matcher apposition = APPOSITIVE.matcher(sentence);
        while (apposition.find()) {
          List<String> said = clause(HintText.of(apposition.group(2)).words());
          named(HintText.of(withoutLeadingStopWords(apposition.group(1))).words(), t, c)
              .ifPresent(n -> found.add(new Description(n, Person.NAMED, t, said)));
        }
        java.util.regex.Matcher fromTeam = INTRODUCED_FROM_TEAM.matcher(sentence);
        while (fromTeam.find()) {
          List<String> said = HintText.of(fromTeam.group(2)).words();
          named(HintText.of(fromTeam.group(1)).words(), t, c)
              .ifPresent(n -> found.add(new Description(n, Person.NAMED, t, said)));
        }
        for (List<String> w : windows(words, SELF)) {
          found.add(new Description(t.speaker(), Person.SELF, t, w));
        }
        java.util.regex.Matcher asPost = AS_POST.matcher(sentence);
        while (asPost.find()) {
          String post = asPost.group(1) != null ? asPost.group(1) : asPost.group(2);
          found.add(new Description(t.speaker(), Person.SELF, t, HintText.of(post).words()));
        }
        List<List<String>> toAddressee = windows(words, ADDRESSEE);
        if (!toAddressee.isEmpty()) {
          Optional<Entity> addressee =
              named(words, t, c).or(() -> c.nextSpeaker(t).map(Turn::speaker));
          addressee.ifPresent(
              a -> toAddressee.forEach(w -> found.add(new Description(a, Person.ADDRESSEE, t, w))));
        }
        List<List<String>> aboutSomeone = windows(words, NAMED);
        if (!aboutSomeone.isEmpty()) {
          named(words, t, c)
              .ifPresent(
                  n ->
                      aboutSomeone.forEach(w -> found.add(new Description(n, Person.NAMED, t, w))));
        }
      }
    }
    return found;
  }

  /** Every description of someone who is not a speaker, in time order. */
  static List<Absent> absent(HintConversation c) {
    List<Absent> found = new ArrayList<>();
    for (Turn t : c.personTurns()) {
      for (String sentence : Sentences.split(t.utterance().text())) {
        java.util.regex.Matcher apposition = APPOSITIVE.matcher(sentence);
        while (apposition.find()) {
          String before = sentence.substring(0, apposition.start());
          if (INTRODUCED.matcher(before).find() || AFTER_NAME.matcher(before).find()) {
            continue;
          }
          String name = withoutLeadingStopWords(apposition.group(1));
          if (name.isEmpty()) {
            continue;
          }
          List<String> nameWords = HintText.of(name).words();
          if (isSpeaker(nameWords.get(0), c) || !isPersonName(name.split("\\s+")[0], c)) {
            continue;
          }
          found.add(new Absent(name, t, clause(HintText.of(apposition.group(2)).words())));
        }
      }
    }
    return found;
  }

  /** "And Kevin" as "Kevin": a name does not start with "and", "so", "okay", ... */
  private static String withoutLeadingStopWords(String name) {
    String[] words = name.split("\\s+");
    int from = 0;
    while (from < words.length
        && (HintText.isStopWord(Tokens.fold(words[from]))
            || NOT_VOCATIVES.contains(Tokens.fold(words[from])))) {
      from++;
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
  }

  /** Whether a folded word is the first word of a person's label. */
  private static boolean isSpeaker(String word, HintConversation c) {
    return c.people().stream()
        .map(e -> e.label().map(l -> HintText.of(l).words()).orElse(List.of()))
        .anyMatch(l -> !l.isEmpty() && l.contains(word));
  }

  /**
   * Whether the call uses {@code word} as a name: capitalised somewhere other than the start of a
   * sentence, and never in lower case.
   */
  private static boolean isPersonName(String word, HintConversation c) {
    return c.capitalisedInside().contains(word)
        && !c.lowerCaseWords().contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The common noun a sentence calls its listener by ("Pharmacy, do you want to go first?"): a
   * capitalised first word before a comma, in a sentence to "you", that the call also says in lower
   * case (so it is not a name) and that is no speaker's name.
   */
  private static Optional<String> vocative(String sentence, Turn t, HintConversation c) {
    java.util.regex.Matcher m = VOCATIVE.matcher(sentence.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String word = Tokens.fold(m.group(1));
    if (NOT_VOCATIVES.contains(word) || HintText.isStopWord(word) || isSpeaker(word, c)) {
      return Optional.empty();
    }
    return c.lowerCaseWords().contains(word) ? Optional.of(word) : Optional.empty();
  }

  /** The words up to the first clause break, at most {@link #WINDOW}. */
  private static List<String> clause(List<String> words) {
    int to = 0;
    while (to < words.size() && to < WINDOW && !CLAUSE_BREAKS.contains(words.get(to))) {
      to++;
    }
    return words.subList(0, to);
  }

  /** The one other speaker whose label's first word the sentence says, if exactly one. */
  private static Optional<Entity> named(List<String> words, Turn t, HintConversation c) {
    List<Entity> hits = new ArrayList<>();
    for (Entity e : c.people()) {
      if (e.id().equals(t.speaker().id()) || e.label().isEmpty()) {
        continue;
      }
      List<String> name = HintText.of(e.label().get()).contentWords();
      if (!name.isEmpty() && name.get(0).length() > 1 && words.contains(name.get(0))) {
        hits.add(e);
      }
    }
    return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
  }

  /**
   * "I'm chasing them", "I'm still going back and forth", "I'm not sure": what someone is doing or
   * feeling, not what they are.
   */
  private static boolean isActivity(String first) {
    return first.endsWith("ing") || NOT_ROLES.contains(first);
  }

  private static final Set<String> NOT_ROLES =
      Set.of(
          "not",
          "still",
          "just",
          "also",
          "really",
          "so",
          "sure",
          "afraid",
          "happy",
          "glad",
          "sorry",
          "going",
          "gonna",
          "trying",
          "looking",
          "hoping",
          "thinking");

  private static List<List<String>> windows(List<String> words, List<Marker> markers) {
    List<List<String>> windows = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (Marker m : markers) {
        int end = i + m.words().size();
        if (end <= words.size() && words.subList(i, end).equals(m.words())) {
          int from = i + m.skip();
          int to = from;
          while (to < words.size()
              && to < from + WINDOW
              && !CLAUSE_BREAKS.contains(words.get(to))) {
            to++;
          }
          if (to > from && !isActivity(words.get(from))) {
            windows.add(words.subList(from, to));
          }
        }
      }
    }
    return windows;
  }
}
