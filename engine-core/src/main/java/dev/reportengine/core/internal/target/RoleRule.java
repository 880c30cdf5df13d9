package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.spi.Resolution.Evidence;
import dev.reportengine.core.internal.target.RoleLexicon.Behaviour;
import dev.reportengine.core.internal.target.RoleLexicon.Group;
import dev.reportengine.core.internal.target.RoleLexicon.Unit;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rule (d): organisation and role words. Four stages; the first that scores anyone answers:
 *
 * <ol>
 *   <li>{@code role_attribute}: the hint's units (role phrases and other words) against entity
 *       attributes ({@code role}, {@code company}, {@code title}, ...): a unit found verbatim
 *       counts 1, a role found through a synonym 0.7 (an exact match must beat a synonym by more
 *       than the near-tie margin); the score is 0.95 times the average;
 *   <li>{@code role_self_description} 0.8 and {@code role_described} 0.75 times the average: the
 *       same units (words compared by stem) in what a person says of themselves ("I'm Dana Brooks,
 *       engineering manager", "I run QA") or another speaker says of them ("Hannah, you run
 *       operations", "Tomasz ... he's one of our senior engineers"), see {@link RoleDescriptions};
 *   <li>{@code role_behaviour}: a role that asks (interviewer, host, ...) or answers (candidate,
 *       guest, ...) against who asks the questions and who answers them; a seller or buyer against
 *       who offers terms and who says what their side pays and approves (falling back to asking and
 *       answering); see {@link ConversationRoles}, times the role's share of the hint's units
 *       (behaviour says nothing about the other words of "the customer who complained about the
 *       parrot").
 *   <li>{@code role_vocabulary} 0.6: a hint that is only a role with a vocabulary in the lexicon
 *       ("the finance person", "the designer") against the words each speaker uses ("budget",
 *       "invoice", "excess"), see {@link #byVocabulary}.
 * </ol>
 */
final class RoleRule implements HintRule {

  static final double ATTRIBUTE = 0.95;
  static final double SYNONYM = 0.7;
  static final double SELF_DESCRIPTION = 0.8;
  static final double DESCRIBED = 0.75;

  /** The score of {@code role_vocabulary}: what someone talks about says less than a title. */
  static final double VOCABULARY = 0.6;

  /** The fewest different words of a role's vocabulary its holder must use. */
  static final int MIN_TERMS = 3;

  private final RoleLexicon lexicon;

  RoleRule(RoleLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    List<Unit> units = lexicon.units(hint);
    if (units.isEmpty()) {
      return RuleResult.none();
    }
    List<Scored> byAttribute = attributes(units, conversation);
    if (!byAttribute.isEmpty()) {
      return RuleResult.of(byAttribute);
    }
    List<RoleDescriptions.Description> described = RoleDescriptions.all(conversation);
    List<String> hintWords = Tokens.split(Tokens.fold(hint.original()));
    List<Scored> bySelfDescription = descriptions(units, hintWords, described);
    Optional<RoleDescriptions.Absent> absent =
        absentHolder(units, hintWords, conversation, described);
    if (absent.isPresent()) {
      RoleDescriptions.Absent a = absent.get();
      return RuleResult.conclusive(
          List.of(),
          "the call says this of "
              + a.name()
              + ", who is not one of its speakers (\""
              + HintConversation.quote(a.turn().utterance().text())
              + "\")");
    }
    if (!bySelfDescription.isEmpty()) {
      return RuleResult.of(bySelfDescription);
    }
    List<Unit> roles = withoutModifiers(units);
    List<List<Scored>> byBehaviour = new ArrayList<>();
    for (Unit unit : roles) {
      // a role of two behaviours ("the hiring manager" asks and runs the interview) is the one
      // person who does both, within the share of the hint the role covers
      List<List<Scored>> forUnit = new ArrayList<>();
      for (Group g : unit.groups()) {
        if (g.behaviour() == null || g.behaviour() == Behaviour.NONE) {
          continue;
        }
        String why =
            "\""
                + unit.text()
                + "\" is a role that "
                + g.behaviour().name().toLowerCase(Locale.ROOT);
        double covered = 1.0 / roles.size();
        List<Scored> scored =
            switch (g.behaviour()) {
              case ASKS -> scaled(ConversationRoles.askers(conversation, why), covered);
              case ANSWERS -> scaled(ConversationRoles.answerers(conversation, why), covered);
              case LATE -> ConversationRoles.latecomers(conversation, why);
              case EARLY -> ConversationRoles.leavers(conversation, why);
              case SELLS, BUYS ->
                  scaled(
                      ConversationRoles.side(conversation, why, g.behaviour() == Behaviour.SELLS),
                      covered);
              case RUNS -> ConversationRoles.organisers(conversation, why);
              case NONE -> List.of();
            };
        forUnit.add(scored);
      }
      if (forUnit.size() == 1) {
        byBehaviour.add(forUnit.get(0));
      } else if (forUnit.size() > 1) {
        byBehaviour.add(scaled(together(forUnit, forUnit.size()), 1.0 / roles.size()));
      }
    }
    if (byBehaviour.size() == 1) {
      return RuleResult.of(byBehaviour.get(0));
    }
    if (byBehaviour.size() > 1) {
      return RuleResult.of(together(byBehaviour, roles.size()));
    }
    return byVocabulary(roles, conversation);
  }

  /**
   * Stage {@code role_vocabulary}: a hint that is one role and nothing else ("the finance person",
   * "the designer"), whose holder no one names, against the words each speaker brings to the call:
   * the speaker who is first to use at least {@link #MIN_TERMS} different words of the role's
   * vocabulary, and at least twice as many as anyone else, scores {@link #VOCABULARY}; the others
   * in proportion. Not for a post the call names in the hint's words ("there's a finance officer,
   * Gloria"): its holder may be absent.
   */
  private static RuleResult byVocabulary(List<Unit> units, HintConversation conversation) {
    // "the QA lead", "the finance manager": the rank qualifies the field, which has the words.
    List<Unit> roles = units.size() > 1 ? units.stream().filter(u -> !isRank(u)).toList() : units;
    if (roles.size() != 1 || !roles.get(0).isRole()) {
      return RuleResult.none();
    }
    Unit role = roles.get(0);
    // A post the call names ("there's a finance officer, Gloria") is known by who holds it, which
    // the earlier stages read; what people talk about must not give it to a speaker.
    List<String> post = units.stream().flatMap(u -> u.words().stream()).toList();
    for (HintConversation.Turn turn : conversation.turns()) {
      if (HintText.containsPhrase(turn.text().words(), post)) {
        return RuleResult.none();
      }
    }
    java.util.Set<String> vocabulary = new java.util.HashSet<>();
    role.groups().forEach(g -> vocabulary.addAll(g.vocabulary()));
    if (vocabulary.isEmpty()) {
      return RuleResult.none();
    }
    // Each word counts for whoever says it first: a chair who repeats the engineer's "compressor"
    // in a summary does not become the engineer.
    Map<Entity, java.util.Set<String>> used = new LinkedHashMap<>();
    Map<Entity, HintConversation.Turn> first = new LinkedHashMap<>();
    java.util.Set<String> said = new java.util.HashSet<>();
    for (HintConversation.Turn turn : conversation.personTurns()) {
      for (String word : turn.text().words()) {
        String stem = HintText.stem(word);
        if (vocabulary.contains(stem) && said.add(stem)) {
          used.computeIfAbsent(turn.speaker(), e -> new java.util.TreeSet<>()).add(stem);
          first.putIfAbsent(turn.speaker(), turn);
        }
      }
    }
    List<Map.Entry<Entity, java.util.Set<String>>> ranked = new ArrayList<>(used.entrySet());
    ranked.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
    if (ranked.isEmpty()) {
      return RuleResult.none();
    }
    int best = ranked.get(0).getValue().size();
    int second = ranked.size() > 1 ? ranked.get(1).getValue().size() : 0;
    if (best < MIN_TERMS || best < 2 * second) {
      return RuleResult.none();
    }
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<Entity, java.util.Set<String>> e : ranked) {
      scored.add(
          new Scored(
              e.getKey(),
              VOCABULARY * e.getValue().size() / best,
              "role_vocabulary",
              List.of(
                  first
                      .get(e.getKey())
                      .evidence(
                          "is first to use "
                              + e.getValue().size()
                              + " words of the vocabulary of ["
                              + role.text()
                              + "]: "
                              + String.join(", ", e.getValue())))));
    }
    return RuleResult.of(scored);
  }

  /**
   * A rank or a post noun rather than a field: "lead", "head", "officer" in "the grants officer",
   * or a word of the manager group.
   */
  private static boolean isRank(Unit unit) {
    return (unit.words().size() == 1
            && (MODIFIERS.contains(unit.words().get(0)) || POSTS.contains(unit.words().get(0))))
        || unit.groups().stream().anyMatch(g -> g.name().equals("manager"));
  }

  /** Nouns for a post in a field, which the field's words describe: "the grants officer". */
  private static final java.util.Set<String> POSTS =
      java.util.Set.of(
          "officer",
          "coordinator",
          "specialist",
          "administrator",
          "assistant",
          "advisor",
          "adviser",
          "expert",
          "rep",
          "representative",
          "team");

  /** Words that only qualify the role after them: "the lead seller", "the senior engineer". */
  private static final java.util.Set<String> MODIFIERS =
      java.util.Set.of("lead", "senior", "junior", "main", "principal", "head", "chief", "other");

  /** {@code units} without a modifier that stands just before a role ("lead" in "lead seller"). */
  static List<Unit> withoutModifiers(List<Unit> units) {
    List<Unit> kept = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      boolean modifier =
          u.words().size() == 1
              && MODIFIERS.contains(u.words().get(0))
              && i + 1 < units.size()
              && units.get(i + 1).isRole();
      if (!modifier) {
        kept.add(u);
      }
    }
    return kept;
  }

  private static List<Scored> attributes(List<Unit> units, HintConversation conversation) {
    List<Scored> scored = new ArrayList<>();
    for (Entity e : conversation.people()) {
      double sum = 0;
      List<Evidence> evidence = new ArrayList<>();
      for (Unit unit : units) {
        for (Map.Entry<String, String> attribute : e.attributes().entrySet()) {
          double match = match(unit, HintText.of(attribute.getValue()).words());
          if (match > 0) {
            sum += match;
            evidence.add(
                Evidence.of(
                    "attribute "
                        + attribute.getKey()
                        + " \""
                        + attribute.getValue()
                        + "\" matches \""
                        + unit.text()
                        + "\""
                        + (match < 1 ? " as a synonym" : "")));
            break;
          }
        }
      }
      if (sum > 0) {
        scored.add(new Scored(e, ATTRIBUTE * sum / units.size(), "role_attribute", evidence));
      }
    }
    return scored;
  }

  /**
   * The best description of each person in words of the hint: their own (0.8) or another speaker's
   * about them (0.75), see {@link RoleDescriptions}. A description with a lesser rank than the hint
   * says ({@link #RANKS}: "I'm the deputy for the technical manager") is not of the post.
   */
  private static List<Scored> descriptions(
      List<Unit> units, List<String> hintWords, List<RoleDescriptions.Description> described) {
    Map<String, Scored> best = new LinkedHashMap<>();
    for (RoleDescriptions.Description d : described) {
      if (ranksBelow(d.words(), hintWords)) {
        continue;
      }
      double sum = units.stream().mapToDouble(u -> match(u, d.words())).sum();
      if (sum == 0) {
        continue;
      }
      int counted = units.size();
      if (d.area()) {
        counted -=
            (int) units.stream().filter(u -> match(u, d.words()) == 0 && isJobNoun(u)).count();
      } else if (InCharge.opens(d.words())
          && units.stream().allMatch(u -> isHeadNoun(u) || match(u, d.words()) == 1)) {
        counted -=
            (int) units.stream().filter(u -> match(u, d.words()) == 0 && isHeadNoun(u)).count();
      }
      boolean self = d.person() == RoleDescriptions.Person.SELF;
      double score = (self ? SELF_DESCRIPTION : DESCRIBED) * Math.min(1, sum / counted);
      Scored old = best.get(d.who().id());
      if (old == null || score > old.score()) {
        best.put(
            d.who().id(),
            new Scored(
                d.who(),
                score,
                self ? "role_self_description" : "role_described",
                List.of(d.turn().evidence(d.person().words + " in words of the hint"))));
      }
    }
    return List.copyOf(best.values());
  }

  /**
   * Job nouns that an area stands for: "the backend engineer" is whoever answers for backend, so a
   * description by area ("Felix, do you want to start with backend?") covers them.
   */
  private static final java.util.Set<String> JOB_NOUNS =
      java.util.Set.of("engineer", "developer", "dev", "programmer", "specialist", "analyst");

  private static boolean isJobNoun(Unit unit) {
    return unit.words().size() == 1 && JOB_NOUNS.contains(unit.words().get(0));
  }

  /**
   * Nouns for whoever is in charge of something: "the fleet manager" is whoever says "I look after
   * the fleet", "the service manager" whoever says "I run the service side", when every other word
   * of the hint is in the description as it is (not "finance" for "I look after new accounts").
   */
  private static final java.util.Set<String> HEAD_NOUNS =
      java.util.Set.of("manager", "head", "lead", "director", "coordinator", "supervisor", "boss");

  private static boolean isHeadNoun(Unit unit) {
    return unit.words().size() == 1 && HEAD_NOUNS.contains(unit.words().get(0));
  }

  /**
   * Whether a description ranks its speaker below the hint's post: a word of {@link #RANKS} the
   * hint does not say, up to four words before a word the hint does say ("I'm the deputy for the
   * technical manager", "assistant manager"); not a rank word elsewhere ("the store manager at the
   * Co-op", "the ward manager for the trainee nurses", "the headteacher at Oakfield Junior").
   */
  private static boolean ranksBelow(List<String> words, List<String> hintWords) {
    int post = words.size();
    for (int k = 0; k < words.size(); k++) {
      if (saysAHintWord(words.get(k), hintWords)) {
        post = k;
        break;
      }
    }
    for (int i = 0; i < post; i++) {
      if (!RANKS.contains(words.get(i)) || hintWords.contains(words.get(i))) {
        continue;
      }
      for (int j = i + 1; j < words.size() && j <= i + 4; j++) {
        if (saysAHintWord(words.get(j), hintWords) || TopicRule.isPersonNoun(words.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code word} is a content word of the hint, as said or from its root. */
  private static boolean saysAHintWord(String word, List<String> hintWords) {
    return !HintText.isStopWord(word)
        && hintWords.stream().anyMatch(h -> HintText.stem(h).equals(HintText.stem(word)));
  }

  /**
   * Words that make a post a lesser one than the post without them: "vice-chair" is not "the
   * chair", "deputy head" not "the head".
   */
  private static final java.util.Set<String> RANKS =
      java.util.Set.of(
          "vice", "deputy", "assistant", "associate", "co", "sub", "junior", "trainee");

  /**
   * A person who is not a speaker and whom the call describes in every word of the hint ("Helen
   * Marsh, our CFO" for "the CFO"), when no speaker is described as fully: the hint means someone
   * absent. Every word as the hint says it or from its root ("Walt, he owns the group" for "the
   * owner of the group"), not a synonym: "Janice, she's our box office supervisor" is not "the box
   * office manager" nor "the executive director".
   */
  private static Optional<RoleDescriptions.Absent> absentHolder(
      List<Unit> units,
      List<String> hintWords,
      HintConversation conversation,
      List<RoleDescriptions.Description> described) {
    double bestSpeaker = 0;
    for (RoleDescriptions.Description d : described) {
      bestSpeaker =
          Math.max(bestSpeaker, units.stream().mapToDouble(u -> match(u, d.words())).sum());
    }
    if (bestSpeaker >= units.size()) {
      return Optional.empty();
    }
    for (RoleDescriptions.Absent a : RoleDescriptions.absent(conversation)) {
      if (a.words().stream().anyMatch(w -> RANKS.contains(w) && !hintWords.contains(w))) {
        continue; // "Tom Birch, our vice-chair" does not hold "the chair"
      }
      boolean all = units.stream().allMatch(u -> asSaid(u, a.words()) > 0);
      double sum = units.stream().mapToDouble(u -> match(u, a.words())).sum();
      if (all && sum > bestSpeaker) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Two behaviours in one hint ("the interviewer who left early"): each person scores the sum of
   * their scores for each behaviour, each as its share of the hint's units, so the one who both
   * asks and left early outscores those who only ask; the evidence is all of theirs.
   */
  private static List<Scored> together(List<List<Scored>> byBehaviour, int units) {
    Map<String, Entity> who = new LinkedHashMap<>();
    Map<String, Double> sum = new LinkedHashMap<>();
    Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    Map<String, String> rule = new LinkedHashMap<>();
    for (List<Scored> scored : byBehaviour) {
      double max = scored.stream().mapToDouble(Scored::score).max().orElse(0);
      for (Scored x : scored) {
        String id = x.entity().id();
        who.putIfAbsent(id, x.entity());
        rule.putIfAbsent(id, x.rule());
        // each behaviour counts as one unit of the hint, whatever scale its scorer used
        double share = max == 0 ? 0 : x.score() / max / units;
        sum.merge(id, share * FULL_BEHAVIOUR, Double::sum);
        evidence.computeIfAbsent(id, k -> new ArrayList<>()).addAll(x.evidence());
      }
    }
    List<Scored> out = new ArrayList<>();
    who.forEach(
        (id, e) ->
            out.add(new Scored(e, sum.get(id), rule.get(id), List.copyOf(evidence.get(id)))));
    return out;
  }

  /** The score of a person who shows every behaviour of a hint naming two ({@link #together}). */
  static final double FULL_BEHAVIOUR = 0.8;

  /** Behaviour explains only the role word: the rest of the hint lowers the score in proportion. */
  private static List<Scored> scaled(List<Scored> scored, double factor) {
    return scored.stream()
        .map(x -> new Scored(x.entity(), x.score() * factor, x.rule(), x.evidence()))
        .toList();
  }

  private static List<String> stems(List<String> words) {
    return words.stream().map(HintText::stem).toList();
  }

  /**
   * 1 when the unit's words occur in {@code words}, {@link #SYNONYM} when a synonym does, else 0.
   */
  private static double match(Unit unit, List<String> words) {
    List<String> stems = stems(words);
    double said = asSaid(unit, words, stems);
    if (said > 0) {
      return said;
    }
    for (Group g : unit.groups()) {
      for (List<String> synonym : g.phrases()) {
        if (HintText.containsPhrase(stems, stems(synonym))) {
          return SYNONYM;
        }
      }
    }
    return 0;
  }

  /**
   * How {@code words} say the unit without its synonyms: 1 for its words (by stem), {@link
   * #SYNONYM} for a word of the same root ("he owns the group" for "the owner"), else 0.
   */
  private static double asSaid(Unit unit, List<String> words) {
    return asSaid(unit, words, stems(words));
  }

  /** {@link #asSaid(Unit, List)} with the words' stems already taken. */
  private static double asSaid(Unit unit, List<String> words, List<String> stems) {
    if (HintText.containsPhrase(stems, stems(unit.words()))) {
      return 1;
    }
    if (unit.words().size() == 1) {
      String root = HintText.root(unit.words().get(0));
      if (root.length() >= 3 && words.stream().map(HintText::root).anyMatch(root::equals)) {
        return SYNONYM;
      }
    }
    return 0;
  }
}
