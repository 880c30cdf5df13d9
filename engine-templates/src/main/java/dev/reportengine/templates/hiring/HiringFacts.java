package dev.reportengine.templates.hiring;

import dev.reportengine.templates.analysis.Answer;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.templates.analysis.Lexicon;
import dev.reportengine.templates.analysis.QuestionStats;
import dev.reportengine.templates.analysis.SentenceClassifier;
import dev.reportengine.templates.analysis.SpeakerStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the hiring report shows, computed once from the shared analysis.
 *
 * @param a the shared analysis
 * @param ratings each competency rated on its anchors
 * @param details practical-detail mentions per category (empty without lexicons)
 * @param interviewers everyone else who spoke, with their question statistics
 * @param vague the vague answers, by identity (see {@link Vagueness})
 * @param assessed the answers assessed for STAR, in time order
 */
record HiringFacts(
    ConversationAnalysis a,
    List<CompetencyRating> ratings,
    List<Detail> details,
    List<Interviewer> interviewers,
    Set<Answer> vague,
    List<Answer> assessed) {

  /**
   * The mentions of one kind of practical detail.
   *
   * @param category such as {@code notice period}
   * @param mentions the sentences, by anyone, in time order
   */
  record Detail(String category, List<Excerpt> mentions) {}

  /**
   * Someone other than the candidate who spoke.
   *
   * @param stats their talk statistics
   * @param questions their questions
   */
  record Interviewer(SpeakerStats stats, QuestionStats questions) {}

  static HiringFacts of(ConversationAnalysis a, List<Competency> competencies) {
    Set<Answer> vague = Collections.newSetFromMap(new IdentityHashMap<>());
    a.answers().stream().filter(Vagueness::isVague).forEach(vague::add);
    Optional<SentenceClassifier> model = a.language().flatMap(l -> l.classifier("competencies"));
    // The model learned the default competencies: a custom one, even under a default's id, is not
    // one of them.
    List<Competency> defaults = a.language().map(Competencies::defaults).orElse(List.of());
    Map<Excerpt, SentenceClassifier.Vector> read = new IdentityHashMap<>();
    List<CompetencyRating> ratings =
        competencies.stream()
            .map(
                c -> {
                  CompetencyRating r = CompetencyRating.of(c, a.answers(), vague::contains);
                  if (model.isEmpty() || !defaults.contains(c)) {
                    return r;
                  }
                  return r.observed()
                      ? r.rankedBy(model.get(), read)
                      : CompetencyRating.learned(c, a.answers(), model.get(), read).orElse(r);
                })
            .toList();
    List<Detail> details = new ArrayList<>();
    a.language().ifPresent(l -> details.addAll(details(a, l)));
    List<Interviewer> interviewers =
        a.speakers().stream()
            .filter(s -> !s.entityId().equals(a.target().id()) && s.turns() > 0)
            .map(s -> new Interviewer(s, QuestionStats.of(a.media(), s.entityId(), a.language())))
            .toList();
    return new HiringFacts(
        a, ratings, details, interviewers, vague, HiringClaims.assessed(a, vague::contains));
  }

  private static List<Detail> details(ConversationAnalysis a, LanguagePack l) {
    List<Detail> out = new ArrayList<>();
    for (String line : l.lines("practical-details")) {
      int tab = line.indexOf('\t');
      Lexicon phrases = Lexicon.of(Arrays.asList(line.substring(tab + 1).split("\\|")));
      out.add(new Detail(line.substring(0, tab), a.mentions(phrases, id -> true)));
    }
    return out;
  }

  long observed() {
    return ratings.stream().filter(CompetencyRating::observed).count();
  }

  /** The answers assessed for STAR: see {@link HiringClaims#assessed}. */
  List<Answer> starAnswers() {
    return assessed;
  }

  /** Whether {@code x} is one of the vague answers (see {@link Vagueness}). */
  boolean isVague(Answer x) {
    return vague.contains(x);
  }

  /** The STAR letters {@code x} shows; none for a vague answer. */
  String parts(Answer x) {
    return HiringClaims.parts(x, isVague(x));
  }

  long starComplete() {
    return starAnswers().stream().filter(x -> parts(x).length() == 4).count();
  }

  double starMean() {
    List<Answer> s = starAnswers();
    return s.isEmpty()
        ? 0
        : s.stream().mapToDouble(x -> parts(x).length() / 4.0).average().orElse(0);
  }

  double answerMeanSeconds() {
    return a.answers().stream().mapToDouble(x -> x.turn().durationSeconds()).average().orElse(0);
  }

  double answerMeanWords() {
    return a.answers().stream().mapToInt(x -> x.turn().words()).average().orElse(0);
  }

  Optional<Answer> longestAnswer() {
    Answer best = null;
    for (Answer x : a.answers()) {
      if (best == null || x.turn().durationSeconds() > best.turn().durationSeconds()) {
        best = x;
      }
    }
    return Optional.ofNullable(best);
  }

  int detailMentions() {
    return details.stream().mapToInt(d -> d.mentions().size()).sum();
  }

  int interviewerQuestions() {
    return interviewers.stream().mapToInt(i -> i.questions().count()).sum();
  }

  double interviewerShare() {
    return interviewers.stream().mapToDouble(i -> i.stats().share()).sum();
  }
}
