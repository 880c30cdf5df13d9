package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.spi.Resolution.Evidence;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who asks the questions and who answers them. A question is a turn that ends with a question mark;
 * an answer is the next turn by another person after it. Askers are scored by questions asked,
 * answerers by words spoken in answers; either way the score is 0.8 times the person's count over
 * the sum of the top two counts, so a clear leader reaches the threshold and two similar people do
 * not.
 */
final class ConversationRoles {

  static final double FULL = 0.8;

  private static final Pattern TRAILING_QUESTION = Pattern.compile("\\?[\\s\"'’”)\\]]*$");

  private ConversationRoles() {}

  /** The people who ask the questions, by questions asked. */
  static List<Scored> askers(HintConversation c, String why) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Turn> example = new LinkedHashMap<>();
    long all = 0;
    for (Turn t : c.personTurns()) {
      if (isQuestion(t)) {
        counts.merge(t.speaker().id(), 1L, Long::sum);
        example.putIfAbsent(t.speaker().id(), t);
        all++;
      }
    }
    long total = all;
    return scores(
        c,
        counts,
        (id, n) ->
            example
                .get(id)
                .evidence(
                    why
                        + ": asks "
                        + n
                        + " of the "
                        + total
                        + " questions, first at "
                        + TimeExpressions.clock(example.get(id).start())));
  }

  /** The people who answer others' questions, by words spoken in answers. */
  static List<Scored> answerers(HintConversation c, String why) {
    Map<String, Long> words = new LinkedHashMap<>();
    Map<String, Turn> longest = new LinkedHashMap<>();
    long all = 0;
    for (Turn t : c.personTurns()) {
      if (!isQuestion(t)) {
        continue;
      }
      Optional<Turn> answer = c.nextSpeaker(t);
      if (answer.isPresent()) {
        Turn a = answer.get();
        long n = a.text().words().size();
        words.merge(a.speaker().id(), n, Long::sum);
        longest.merge(
            a.speaker().id(),
            a,
            (x, y) -> y.text().words().size() > x.text().words().size() ? y : x);
        all += n;
      }
    }
    long total = all;
    return scores(
        c,
        words,
        (id, n) ->
            longest
                .get(id)
                .evidence(
                    why
                        + ": speaks "
                        + n
                        + " of the "
                        + total
                        + " words said in answer to questions; longest answer quoted"));
  }

  /**
   * A speaker's first turns, in which an apology for lateness says they joined late; later ("In
   * February. Anyway, I'm here now, and I've found my notes." in a third turn) it is a manner of
   * speaking.
   */
  static final int APOLOGY_TURNS = 2;

  /** Seconds of others' speech before a first turn that make it a late arrival. */
  static final double LATE_AFTER_SECONDS = 60;

  private static final Pattern LATE_CUE =
      Pattern.compile(
          "\\b(sorry (i'm|i am|for being|to be) late|sorry,? (just )?joining|just joined"
              + "|apologies for (being late|the delay)|running late|(meeting|call|bank|train|bus"
              + "|session|appointment) (ran|overran|went) (over|late)|got held up|sorry,? sorry,? i'm"
              + " here|i'm here now|just got here|finally made it)\\b");

  private static final Pattern LEAVE_CUE =
      Pattern.compile(
          "\\b((have|need|got) to (dash|go|leave|run|jump(?! through| in| on)|head off|drop off|hop off|shoot off)"
              + "|i'm going to (have to )?(dash|head off|drop off|jump off|hop off|shoot off)"
              + "|i'll (have to )?(dash|drop off|jump off|hop off|head off)|i must (go|dash|leave))\\b");

  /**
   * The person who left early: whoever stops speaking first, at least {@value #LATE_AFTER_SECONDS}
   * seconds before the others stop, and whoever says in their last two turns that they must go
   * ("I'm going to have to dash, sorry everyone"), a vote each.
   */
  static List<Scored> leavers(HintConversation c, String why) {
    Map<String, Turn> lastOf = new LinkedHashMap<>();
    Map<String, Turn> beforeLast = new LinkedHashMap<>();
    for (Turn t : c.personTurns()) {
      Turn previous = lastOf.put(t.speaker().id(), t);
      if (previous != null) {
        beforeLast.put(t.speaker().id(), previous);
      }
    }
    Votes votes = new Votes();
    List<Turn> lasts = new ArrayList<>(lastOf.values());
    lasts.sort(Comparator.comparingDouble(Turn::start));
    if (lasts.size() >= 2 && lasts.get(1).start() - lasts.get(0).start() >= LATE_AFTER_SECONDS) {
      votes.add(lasts.get(0));
    }
    for (Map<String, Turn> m : List.of(lastOf, beforeLast)) {
      for (Turn t : m.values()) {
        if (LEAVE_CUE.matcher(Tokens.fold(t.utterance().text())).find()) {
          votes.add(t);
        }
      }
    }
    return votes.scores(
        c,
        (t, n) ->
            why
                + ": last speaks at "
                + TimeExpressions.clock(t.start())
                + ", before everyone else, or says they must go");
  }

  private static final Pattern RUNS_CUE =
      Pattern.compile(
          "\\b(agenda|let's (get started|start|kick off|begin|dive in|move on|wrap up)"
              + "|plan for today|first up|next up|next item|moving on|over to you|any updates"
              + "|to wrap up|before we wrap|that's (it|all) for today|thanks,? everyone"
              + "|let's get going)\\b");

  /**
   * The person who joined late: whoever first speaks last, at least {@value #LATE_AFTER_SECONDS}
   * seconds after someone else first spoke, or apologises for being late in their first turns.
   */
  static List<Scored> latecomers(HintConversation c, String why) {
    Votes votes = new Votes();
    List<Turn> first = c.firstTurns();
    if (first.size() >= 2) {
      Turn last = first.get(first.size() - 1);
      if (last.start() - first.get(0).start() >= LATE_AFTER_SECONDS) {
        votes.add(last);
      }
    }
    Map<String, Integer> turnsSoFar = new LinkedHashMap<>();
    for (Turn t : c.personTurns()) {
      int nth = turnsSoFar.merge(t.speaker().id(), 1, Integer::sum);
      if (nth <= APOLOGY_TURNS && LATE_CUE.matcher(Tokens.fold(t.utterance().text())).find()) {
        votes.add(t);
      }
    }
    return votes.scores(
        c,
        (t, n) ->
            why
                + ": first speaks at "
                + TimeExpressions.clock(t.start())
                + ", after everyone else, or apologises for joining late");
  }

  /**
   * The person who ran the meeting: one vote for speaking first, and one for each turn that steers
   * it ("agenda", "let's get started", "moving on", "over to you", "thanks, everyone").
   */
  static List<Scored> organisers(HintConversation c, String why) {
    Votes votes = new Votes();
    List<Turn> first = c.firstTurns();
    if (!first.isEmpty()) {
      votes.add(first.get(0));
    }
    for (Turn t : c.personTurns()) {
      if (RUNS_CUE.matcher(Tokens.fold(t.utterance().text())).find()) {
        votes.add(t);
      }
    }
    return votes.scores(c, (t, n) -> why + ": opens the call or steers it in " + n + " turns");
  }

  /** A vote per turn for its speaker, the first turn that voted for each kept as the evidence. */
  private static final class Votes {
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, Turn> example = new LinkedHashMap<>();

    void add(Turn t) {
      counts.merge(t.speaker().id(), 1L, Long::sum);
      example.putIfAbsent(t.speaker().id(), t);
    }

    /** The scores of {@link ConversationRoles#scores}, the evidence said of the example turn. */
    List<Scored> scores(
        HintConversation c, java.util.function.BiFunction<Turn, Long, String> describe) {
      return ConversationRoles.scores(
          c, counts, (id, n) -> example.get(id).evidence(describe.apply(example.get(id), n)));
    }
  }

  /**
   * What a seller says: offers and terms ("I can do twelve percent", "our pricing", "I'll send you
   * the order form", "a demo for your team").
   */
  private static final Pattern SELLS =
      Pattern.compile(
          "\\b(our (product|platform|pricing|price|list price|standard (price|rate|terms)|solution"
              + "|software|implementation|onboarding|customers|contract)|(we|i) (can|could) (offer"
              + "|do|give|include|throw in|waive|go to|extend|discount)|(i'll|i will|we'll|we will)"
              + " send (you |over )?(the |a |an |our )?(proposal|quote|pricing|price list|contract|order"
              + " form|case study|agreement|terms|trial|licence|license)|(a|the) (demo|proposal|order form|quote|trial|pilot) (for|to)"
              + " (you|your)|discount|list price)\\b");

  /**
   * What a buyer says: what their side pays, uses and must approve ("we pay", "our budget", "we
   * use", "signs off", "procurement").
   */
  private static final Pattern BUYS =
      Pattern.compile(
          "\\b(we pay|we're paying|we are paying|we spend|our budget|my budget|the budget|we use"
              + "|we're using|we currently|our current (vendor|provider|tool|system|contract)"
              + "|signs? off|sign-off|approv\\w*|procurement|our (cfo|board|finance)|my (cfo|boss"
              + "|manager)|capital committee|too expensive|over my limit|a tough sell)\\b");

  /**
   * The seller ({@code sells} true) or the buyer: by sentences of their own side's acts (offers and
   * terms for the seller; what they pay, use and must approve for the buyer) minus the other
   * side's. When the two most are as many, each count is weighed by the person's turns: of two
   * people on the selling side, the seller is the one who holds the conversation (the account lead
   * with 62 turns, not the specialist with 32 who explains the product in long answers), and of the
   * buying side the main contact. With no such acts, the seller is whoever asks most and the buyer
   * whoever answers most.
   */
  static List<Scored> side(HintConversation c, String why, boolean sells) {
    Map<String, Long> net = new LinkedHashMap<>();
    Map<String, Turn> example = new LinkedHashMap<>();
    for (Turn t : c.personTurns()) {
      long own = 0;
      long other = 0;
      for (String sentence : Sentences.split(t.utterance().text())) {
        if (Sentences.isQuestion(sentence)) {
          continue; // "Who signs off on this?" asks about the other side's acts
        }
        String text = Tokens.fold(sentence);
        own += count(sells ? SELLS : BUYS, text);
        other += count(sells ? BUYS : SELLS, text);
      }
      if (own + other > 0) {
        net.merge(t.speaker().id(), own - other, Long::sum);
      }
      if (own > 0) {
        example.putIfAbsent(t.speaker().id(), t);
      }
    }
    Map<String, Long> ahead = new LinkedHashMap<>();
    net.forEach(
        (id, n) -> {
          if (n > 0) {
            ahead.put(id, n);
          }
        });
    if (ahead.isEmpty()) {
      return sells ? askers(c, why) : answerers(c, why);
    }
    Map<String, Long> turns = new LinkedHashMap<>();
    c.personTurns().forEach(t -> turns.merge(t.speaker().id(), 1L, Long::sum));
    List<Long> top = ahead.values().stream().sorted(Comparator.reverseOrder()).limit(2).toList();
    boolean tied = top.size() == 2 && top.get(0).equals(top.get(1));
    Map<String, Long> weight = new LinkedHashMap<>();
    ahead.forEach((id, n) -> weight.put(id, tied ? n * turns.getOrDefault(id, 0L) : n));
    return scores(
        c,
        weight,
        (id, w) ->
            example
                .get(id)
                .evidence(
                    why
                        + (sells
                            ? ": offers the product and its terms"
                            : ": says what their side pays, uses or must approve")
                        + " in "
                        + ahead.get(id)
                        + " more sentences than the other side's, over "
                        + turns.get(id)
                        + " turns; first quoted"));
  }

  private static long count(Pattern p, String text) {
    return p.matcher(text).results().count();
  }

  private interface Describe {
    Evidence of(String id, long count);
  }

  private static List<Scored> scores(HintConversation c, Map<String, Long> counts, Describe d) {
    List<Long> top = counts.values().stream().sorted(Comparator.reverseOrder()).limit(2).toList();
    long sum = top.stream().mapToLong(Long::longValue).sum();
    List<Scored> scored = new ArrayList<>();
    for (Entity e : c.people()) {
      Long n = counts.get(e.id());
      if (n != null && n > 0 && sum > 0) {
        scored.add(
            new Scored(e, Math.min(1, FULL * n / sum), "role_behaviour", List.of(d.of(e.id(), n))));
      }
    }
    return scored;
  }

  /**
   * A turn that ends with a question hands the floor over; a question inside a monologue ("Why? I
   * see that ...") is rhetorical and asks nobody.
   */
  private static boolean isQuestion(Turn t) {
    return TRAILING_QUESTION.matcher(t.utterance().text()).find();
  }
}
