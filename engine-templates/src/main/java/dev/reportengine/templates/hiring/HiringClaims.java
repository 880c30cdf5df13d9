package dev.reportengine.templates.hiring;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.templates.analysis.Answer;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.Learned;
import dev.reportengine.templates.analysis.Prompts;
import dev.reportengine.templates.analysis.StarCheck;
import dev.reportengine.templates.analysis.Turn;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The claims of the hiring report, each with its rule: the interviewers' prompts ({@code
 * question}), the STAR parts of each answer about experience ({@code star}), the vague answers
 * ({@code vague_answer}) and each competency's state ({@code competency}).
 */
final class HiringClaims {

  private HiringClaims() {}

  static List<Finding> of(HiringFacts f) {
    ConversationAnalysis a = f.a();
    List<Finding> out = new ArrayList<>();
    List<Turn> turns = a.turns();
    for (int i = 0; i < turns.size(); i++) {
      Turn t = turns.get(i);
      if (t.entityId().equals(a.target().id())) {
        continue;
      }
      List<Excerpt> sentences = t.sentences();
      for (int k = 0; k < sentences.size(); k++) {
        Excerpt e = sentences.get(k);
        if (Prompts.isPrompt(e.text())
            && !(k == sentences.size() - 1 && answeredByAnotherInterviewer(a, turns, i))) {
          out.add(
              Finding.of(
                  "question",
                  e,
                  Sentences.isQuestion(e.text()) ? "question.question_mark" : "question.request"));
        }
      }
    }
    for (Answer x : f.assessed()) {
      String parts = f.parts(x);
      String learned = learnedParts(x, parts);
      Finding star =
          Finding.of(
                  "star",
                  x.turn().opening(),
                  learned.isEmpty() ? "star.cues" : "star.cues_and_classifier")
              .with("parts", parts)
              .with("answer", JsonValue.of(x.index()))
              .with("question", x.question().orElseThrow().quoted());
      out.add(learned.isEmpty() ? star : star.with("classifier", learned));
    }
    for (Answer x : vague(f)) {
      out.add(
          Finding.of("vague_answer", x.turn().opening(), "vague_answer.no_specifics")
              .with("answer", JsonValue.of(x.index()))
              .with("question", x.question().orElseThrow().quoted()));
    }
    for (CompetencyRating r : f.ratings()) {
      Finding claim =
          new Finding(
                  "competency",
                  r.quotes().stream().findFirst(),
                  r.learned().isPresent()
                      ? "competency.classifier"
                      : "competency.prompt_or_answer_keywords",
                  r.learned().map(Learned::score),
                  Map.of())
              .with("id", r.competency().id())
              .with("observed", r.observed());
      Finding ranked = r.ranked().map(l -> claim.with("quote_chosen_by", l.label())).orElse(claim);
      out.add(r.learned().map(l -> ranked.with("terms", l.joinedTerms())).orElse(ranked));
    }
    return List.copyOf(out);
  }

  /**
   * Whether another interviewer answers the question that ends turn {@code i} ("Where are you up
   * to?" to a colleague who joins late): the next turn is by a named speaker who is neither the
   * candidate nor the asker, and it neither asks nor adds to the question ("And it can be from any
   * club.", "And would you be able to relocate?" put it to the candidate too).
   */
  private static boolean answeredByAnotherInterviewer(
      ConversationAnalysis a, List<Turn> turns, int i) {
    if (i + 1 >= turns.size()) {
      return false;
    }
    Turn next = turns.get(i + 1);
    String who = next.entityId();
    String text = next.sentences().isEmpty() ? "" : next.sentences().get(0).text();
    return !who.equals(a.target().id())
        && !who.equals(turns.get(i).entityId())
        && a.media().entity(who).flatMap(e -> e.label()).isPresent()
        && !Sentences.isQuestion(text)
        && !ADDS.matcher(text).lookingAt()
        && next.sentences().stream().noneMatch(x -> Sentences.isQuestion(x.text()));
  }

  /** The opening of a turn that adds to the question before it: "And ...", "Also ...". */
  private static final java.util.regex.Pattern ADDS =
      java.util.regex.Pattern.compile("(?i)(?:and|also|plus|or|oh,? and)\\b");

  /**
   * The answers assessed for STAR: substantive answers to a prompt about what the candidate did
   * (not "how would you design ..."; "how do you deal with ..." only when the answer tells what
   * happened), that are not themselves questions ({@link #asksBack}).
   */
  static List<Answer> assessed(ConversationAnalysis a, java.util.function.Predicate<Answer> vague) {
    return a.answers().stream()
        .filter(x -> x.star().isPresent() && x.question().isPresent())
        .filter(
            x ->
                !(Prompts.isHypothetical(x.question().get().text())
                        || Prompts.isHabitual(x.question().get().text()))
                    || StarCheck.narratesThePast(x.sentences()))
        .filter(x -> !asksBack(x))
        .toList();
  }

  /**
   * Whether an answer is itself a question to the interviewer: its first sentence of three words or
   * more asks what the interviewer means ({@link #CLARIFIES}: "Right. Do you mean at work or
   * outside? Because at work ..."), or it ends with a question that is not retold ("... but is that
   * the kind of thing you mean?", not "... and said, why didn't we do this a year ago?"). A
   * question told inside the story, or one that opens a story it goes on to tell ("What do you do
   * when your best operator stops turning up? I sat him down ..."), does not make it one.
   */
  private static boolean asksBack(Answer x) {
    List<Excerpt> s = x.sentences();
    if (s.isEmpty()) {
      return false;
    }
    int first = 0;
    while (first < s.size() - 1 && Tokens.wordCount(s.get(first).text()) < 3) {
      first++;
    }
    String last = s.get(s.size() - 1).text();
    String opening = s.get(first).text();
    return (Sentences.isQuestion(opening) && CLARIFIES.matcher(opening).find())
        || (Sentences.isQuestion(last) && !RETOLD.matcher(last).find());
  }

  /** An opening question that asks what the interviewer means: "Do you mean at work or outside?" */
  private static final java.util.regex.Pattern CLARIFIES =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:do you mean|you mean|are you asking|what do you mean|is that what you|in what"
              + " sense|like what|sorry, what|which one)\\b");

  /** A question retold in a story: "... and said, why didn't we do this a year ago?" */
  private static final java.util.regex.Pattern RETOLD =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:said|says|asked|asks|goes|went|like|thinking|thought),\\s");

  /** The answers with no specifics, in time order. */
  static List<Answer> vague(HiringFacts f) {
    return f.a().answers().stream().filter(f::isVague).toList();
  }

  /**
   * The parts among {@code parts} that the classifier found and no cue did, with why: "R
   * (classifier 0.81: ended up, since)"; empty when the cues found them all.
   */
  static String learnedParts(Answer x, String parts) {
    return x.star().orElseThrow().learned().entrySet().stream()
        .filter(e -> parts.indexOf(e.getKey()) >= 0)
        .map(e -> e.getKey() + " (" + e.getValue().label() + ")")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * The STAR letters an answer shows, such as {@code SAR}; none for a vague answer, and only
   * situation and task for an answer about the candidate's current role or background (see {@link
   * Prompts#isAboutTheRole}), which tells no episode: "I moved across into their data team" there
   * is a career, not an action.
   */
  static String parts(Answer x, boolean vague) {
    if (vague) {
      return "";
    }
    StarCheck s = x.star().orElseThrow();
    boolean episode = x.question().map(q -> !Prompts.isAboutTheRole(q.text())).orElse(true);
    return (s.situation() ? "S" : "")
        + (s.task() ? "T" : "")
        + (s.action() && episode ? "A" : "")
        + (s.result() && episode ? "R" : "");
  }
}
