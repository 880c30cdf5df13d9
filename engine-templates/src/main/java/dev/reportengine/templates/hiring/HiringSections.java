package dev.reportengine.templates.hiring;

import static dev.reportengine.templates.layout.MetricText.count;

import dev.reportengine.api.Block;
import dev.reportengine.api.Block.Card;
import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Illustration;
import dev.reportengine.api.Block.IllustrationVariant;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.templates.analysis.Answer;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.templates.layout.Citations;
import dev.reportengine.templates.layout.Icons;
import dev.reportengine.templates.layout.MetricText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lays out the hiring report's sections from its facts and metrics. */
final class HiringSections {

  /** What the report is and is not; shown first in every hiring report. */
  static final String ABOUT =
      "This report describes what the candidate said in this interview, measured from the"
          + " transcript: which competencies their answers touched and which level anchors they"
          + " reached, how their answers were structured (situation, task, action, result), how"
          + " long and how specific they were, the questions they asked and the practical details"
          + " mentioned. Every rating quotes the words it rests on, with the time they were said."
          + " It is not a hire or no-hire recommendation and gives no overall score. It does not"
          + " judge accent, filler words, grammar or fluency, which say nothing about ability and"
          + " are never scored. \"Not observed\" means the interview did not cover a competency,"
          + " not that the candidate lacks it. Cue phrases find structure, not quality: read the"
          + " quotes, and decide with the whole interview panel.";

  /** The fewest words of the sentence that quotes an answer. */
  static final int LEAD_WORDS = 5;

  private HiringSections() {}

  static String summary(HiringFacts f, Map<String, JsonValue> m) {
    ConversationAnalysis a = f.a();
    String name = a.target().displayName();
    if (a.targetStats().turns() == 0) {
      return name + " did not speak in this interview, so no competency could be observed.";
    }
    StringBuilder out = new StringBuilder();
    List<String> first = new ArrayList<>();
    if (!f.ratings().isEmpty()) {
      List<String> observed =
          f.ratings().stream()
              .filter(CompetencyRating::observed)
              .map(r -> shortVerdict(r))
              .toList();
      List<String> missing =
          f.ratings().stream()
              .filter(r -> !r.observed())
              .map(r -> r.competency().label().toLowerCase(Locale.ROOT))
              .toList();
      first.add(
          observed.isEmpty()
              ? "no competency was observed"
              : "observed " + String.join(", ", observed));
      if (!observed.isEmpty() && !missing.isEmpty()) {
        first.add("not observed: " + String.join(", ", missing));
      }
    }
    long vague = HiringClaims.vague(f).size();
    if (vague > 0) {
      first.add(
          count(vague, "answer had", "answers had")
              + " no specifics (see \"Answers without specifics\")");
    }
    if (!first.isEmpty()) {
      String joined = String.join("; ", first);
      out.append(Character.toUpperCase(joined.charAt(0))).append(joined.substring(1)).append(". ");
    }
    strongest(f)
        .ifPresent(
            r ->
                out.append("Strongest evidence (")
                    .append(r.competency().label().toLowerCase(Locale.ROOT))
                    .append("): \"")
                    .append(r.quotes().get(0).quoted())
                    .append("\" "));
    List<Excerpt> asked = a.questions().questions();
    out.append(name).append(" asked ").append(count(asked.size(), "question", "questions"));
    if (!asked.isEmpty()) {
      out.append(" (first: \"").append(asked.get(0).quoted()).append("\")");
    }
    out.append(" and gave ")
        .append(count(a.answers().size(), "answer", "answers"))
        .append(" over ")
        .append(MetricText.duration(m, "talk_time_seconds"))
        .append(" (")
        .append(MetricText.percent(m, "talk_share"))
        .append(" of all speech)");
    if (a.language().isPresent()) {
      out.append("; ")
          .append(f.starComplete())
          .append(" of ")
          .append(
              count(f.starAnswers().size(), "answer about experience", "answers about experience"))
          .append(" showed all four STAR parts");
    }
    out.append('.');
    return out.toString();
  }

  /** A competency's label with its level: {@code problem solving (level 3 of 3)}. */
  private static String shortVerdict(CompetencyRating r) {
    String label = r.competency().label().toLowerCase(Locale.ROOT);
    return r.level()
        .map(l -> label + " (level " + l.level() + " of " + topLevel(r) + ")")
        .orElse(label + " (on topic)");
  }

  private static int topLevel(CompetencyRating r) {
    List<Competency.Anchor> anchors = r.competency().anchors();
    return anchors.isEmpty() ? 0 : anchors.get(anchors.size() - 1).level();
  }

  /**
   * The observed competency with a quote whose level is the highest share of its top level; ties go
   * to the first in the list.
   */
  private static java.util.Optional<CompetencyRating> strongest(HiringFacts f) {
    CompetencyRating best = null;
    double bestShare = -1;
    for (CompetencyRating r : f.ratings()) {
      if (!r.observed() || r.quotes().isEmpty()) {
        continue;
      }
      int top = topLevel(r);
      double share = top == 0 ? 0 : r.level().map(l -> l.level() / (double) top).orElse(0.0);
      if (share > bestShare) {
        best = r;
        bestShare = share;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  static List<Section> of(HiringFacts f, Map<String, JsonValue> m) {
    ConversationAnalysis a = f.a();
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("About this report", Text.of(ABOUT)));
    sections.add(new Section("Overview", new Illustration(IllustrationVariant.ANALYSIS)));
    sections.add(new Section("At a glance", glance(f, m)));
    if (f.ratings().isEmpty()) {
      sections.add(new Section("Competencies", unavailable(a)));
    }
    for (CompetencyRating r : f.ratings()) {
      sections.add(new Section("Competency: " + r.competency().label(), competency(a, r)));
    }
    sections.add(new Section("Questions and answers", questionsAndAnswers(f)));
    sections.add(new Section("STAR completeness", star(f)));
    sections.add(new Section("Answers without specifics", vague(f)));
    sections.add(new Section("Answer lengths", lengths(f, m)));
    sections.add(new Section("Specificity, hedging, I and we", style(a, m)));
    sections.add(
        new Section(
            "The candidate's questions",
            Citations.list(
                a.questions().questions().stream().map(e -> Citations.quote(a, e)).toList(),
                "The candidate asked no questions.")));
    sections.add(new Section("Practical details", details(f)));
    sections.add(new Section("Interviewer statistics", interviewers(f, m)));
    if (!a.unavailableMetrics().isEmpty()) {
      sections.add(new Section("Not available for this language", unavailable(a)));
    }
    return sections;
  }

  private static Text unavailable(ConversationAnalysis a) {
    return Text.of(
        "The transcript's language ("
            + a.media().language().orElse("unknown")
            + ") has no lexicons, so the default competency set, STAR cues, practical details and"
            + " these metrics are not computed: "
            + String.join(", ", a.unavailableMetrics())
            + ". Competencies given as parameters are still rated.");
  }

  private static Grid glance(HiringFacts f, Map<String, JsonValue> m) {
    List<Card> cards = new ArrayList<>();
    cards.add(new Card(Icons.CLOCK, "Talk time", MetricText.duration(m, "talk_time_seconds")));
    cards.add(new Card(Icons.PIE_CHART, "Share of speech", MetricText.percent(m, "talk_share")));
    cards.add(new Card(Icons.MESSAGE, "Answers", MetricText.plain(m, "answer_count")));
    cards.add(
        new Card(
            Icons.HOURGLASS, "Mean answer length", MetricText.duration(m, "answer_mean_seconds")));
    cards.add(
        new Card(
            Icons.TARGET,
            "Competencies observed",
            MetricText.plain(m, "competencies_observed")
                + " of "
                + MetricText.plain(m, "competency_count")));
    if (m.containsKey("star_complete_answer_count")) {
      cards.add(
          new Card(
              Icons.CHECK_CIRCLE,
              "STAR-complete answers",
              MetricText.plain(m, "star_complete_answer_count")
                  + " of "
                  + MetricText.plain(m, "star_assessed_answer_count")));
    }
    cards.add(
        new Card(
            Icons.HELP_CIRCLE, "Candidate's questions", MetricText.plain(m, "question_count")));
    return new Grid(3, cards);
  }

  private static SectionContent competency(ConversationAnalysis a, CompetencyRating r) {
    List<Block> blocks = new ArrayList<>();
    Competency c = r.competency();
    blocks.add(
        new Card(
            r.level().isPresent() ? Icons.CHECK_CIRCLE : Icons.CIRCLE, c.label(), r.verdict()));
    StringBuilder how = new StringBuilder();
    if (!c.description().isEmpty()) {
      how.append(c.description()).append(". ");
    }
    how.append("Anchors: ");
    List<String> anchors = new ArrayList<>();
    for (Competency.Anchor anchor : c.anchors()) {
      anchors.add(anchor.level() + ", " + anchor.label());
    }
    how.append(String.join("; ", anchors)).append(". ");
    if (!r.observed()) {
      how.append(
              "No substantive, specific answer was on topic (its question, or the answer twice,"
                  + " using this competency's keywords: ")
          .append(String.join(", ", c.keywords()))
          .append("), so it is not observed: the interview did not cover it.");
      blocks.add(Text.of(how.toString()));
      return new SectionContent.Blocks(blocks);
    }
    if (r.learned().isPresent()) {
      how.append("No answer used this competency's keywords; the sentence classifier trained on")
          .append(" interviews scored the quote ")
          .append(r.learned().get().score())
          .append(" (words that weighed most: ")
          .append(String.join(", ", r.learned().get().terms()))
          .append(")");
    } else {
      how.append("On topic in ")
          .append(count(r.answers().size(), "answer", "answers"))
          .append(" (keywords heard: ")
          .append(String.join(", ", r.keywords()))
          .append(")");
    }
    if (!r.indicators().isEmpty()) {
      how.append("; the rated anchor's indicators heard: ")
          .append(String.join(", ", r.indicators()));
    }
    r.ranked()
        .ifPresent(
            l ->
                how.append("; the first quote is the candidate's sentence the sentence classifier")
                    .append(" scores highest for it (")
                    .append(l.label())
                    .append(")"));
    how.append('.');
    blocks.add(Text.of(how.toString()));
    for (Excerpt e : r.quotes()) {
      blocks.add(Citations.quote(a, e, "answer " + answerIndex(r.answers(), e)));
    }
    return new SectionContent.Blocks(blocks);
  }

  private static int answerIndex(List<Answer> answers, Excerpt e) {
    for (Answer x : answers) {
      if (x.sentences().contains(e)) {
        return x.index();
      }
    }
    for (Answer x : answers) {
      if (e.startSeconds() >= x.turn().startSeconds()
          && e.startSeconds() <= x.turn().endSeconds()) {
        return x.index();
      }
    }
    throw new IllegalStateException("quote outside its answers at " + e.startSeconds());
  }

  /** Each interviewer prompt that got an answer, with the answer's lead, STAR parts and flags. */
  private static SectionContent questionsAndAnswers(HiringFacts f) {
    ConversationAnalysis a = f.a();
    List<Text> blocks = new ArrayList<>();
    Set<Answer> assessed = Collections.newSetFromMap(new IdentityHashMap<>());
    assessed.addAll(f.assessed());
    for (Answer x : a.answers()) {
      if (x.question().isEmpty()) {
        continue;
      }
      blocks.add(Citations.quote(a, x.question().get(), "question"));
      String note = "answer " + x.index() + ", " + Durations.spoken(x.turn().durationSeconds());
      if (assessed.contains(x)) {
        String parts = f.parts(x);
        note += ", STAR " + (parts.isEmpty() ? "none" : parts);
      }
      if (f.isVague(x)) {
        note += ", no specifics";
      }
      List<String> topics =
          f.ratings().stream()
              .filter(r -> r.answers().contains(x))
              .map(r -> r.competency().label().toLowerCase(Locale.ROOT))
              .toList();
      if (!topics.isEmpty()) {
        note += ", evidence for " + String.join(", ", topics);
      }
      blocks.add(Citations.quote(a, x.turn().lead(LEAD_WORDS), note));
    }
    return Citations.withIntro(
        Text.of(
            "Every question or request of the interviewers (\"Tell me about a time ...\" counts)"
                + " that the candidate answered, followed by the answer's first sentence of "
                + LEAD_WORDS
                + " words or more, its STAR parts when it tells of experience, a flag when it"
                + " has no specifics, and the competencies it is evidence for."),
        blocks,
        "No answered question: the candidate never spoke right after an interviewer's question.");
  }

  /** The answers with no number, name or past action that hedge or generalise. */
  private static SectionContent vague(HiringFacts f) {
    ConversationAnalysis a = f.a();
    List<Text> blocks =
        HiringClaims.vague(f).stream()
            .map(
                x ->
                    Citations.quote(
                        a,
                        x.turn().lead(LEAD_WORDS),
                        "answer " + x.index() + " to: " + x.question().orElseThrow().quoted()))
            .toList();
    return Citations.withIntro(
        Text.of(
            "Answers of "
                + Vagueness.MIN_WORDS
                + " words or more to a question that name no number, person, system or company,"
                + " tell of no action taken, and hedge or generalise (\"I think\", \"it"
                + " depends\", \"usually\", \"nothing comes to mind\"). They get no STAR"
                + " credit. A follow-up question may be worth asking."),
        blocks,
        "None: every answer to a question gave a number, a name or an action.");
  }

  private static SectionContent star(HiringFacts f) {
    ConversationAnalysis a = f.a();
    if (a.language().isEmpty()) {
      return unavailable(a);
    }
    List<Text> quotes = new ArrayList<>();
    for (Answer x : f.starAnswers()) {
      String parts = f.parts(x);
      StringBuilder letters = new StringBuilder();
      for (char p : "STAR".toCharArray()) {
        letters
            .append(letters.length() > 0 ? " " : "")
            .append(parts.indexOf(p) >= 0 ? p : '\u2013');
      }
      String learned = HiringClaims.learnedParts(x, parts);
      quotes.add(
          Citations.quote(
              a,
              x.turn().lead(LEAD_WORDS),
              "answer "
                  + x.index()
                  + ", "
                  + Durations.spoken(x.turn().durationSeconds())
                  + ", STAR "
                  + letters
                  + (learned.isEmpty() ? "" : "; " + learned)));
    }
    return Citations.withIntro(
        Text.of(
            "Each answer of "
                + dev.reportengine.templates.analysis.Answers.STAR_MIN_WORDS
                + " words or more to a question about what the candidate did (not \"how would"
                + " you ...\"; an answer without specifics gets no part) is checked for cue phrases of a situation (S), a task (T), an"
                + " action (A) and a result (R), and a task or result no cue shows by a classifier"
                + " trained on example answers (its score and the words that raised it follow the"
                + " letters); a dash marks a part not found. "
                + f.starComplete()
                + " of "
                + f.starAnswers().size()
                + " such answers show all four. Each answer is quoted by its first sentence of "
                + LEAD_WORDS
                + " words or more."),
        quotes,
        "No answer was long enough to assess.");
  }

  private static SectionContent lengths(HiringFacts f, Map<String, JsonValue> m) {
    ConversationAnalysis a = f.a();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Grid(
            2,
            List.of(
                new Card(Icons.MESSAGE, "Answers", MetricText.plain(m, "answer_count")),
                new Card(
                    Icons.HOURGLASS,
                    "Mean answer length",
                    MetricText.duration(m, "answer_mean_seconds")),
                new Card(
                    Icons.TYPE, "Mean words per answer", MetricText.plain(m, "answer_mean_words")),
                new Card(
                    Icons.MIC,
                    "Longest answer",
                    MetricText.duration(m, "longest_answer_seconds")))));
    f.longestAnswer()
        .ifPresent(
            x ->
                blocks.add(
                    Citations.quote(
                        a, x.turn().lead(LEAD_WORDS), "longest answer, answer " + x.index())));
    return new SectionContent.Blocks(blocks);
  }

  private static SectionContent style(ConversationAnalysis a, Map<String, JsonValue> m) {
    if (a.language().isEmpty()) {
      return unavailable(a);
    }
    LanguagePack l = a.language().get();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Grid(
            2,
            List.of(
                new Card(
                    Icons.HASH, "Specifics per 100 words", MetricText.plain(m, "specificity_rate")),
                new Card(
                    Icons.ALERT_TRIANGLE,
                    "Hedges per 100 words",
                    MetricText.plain(m, "hedging_rate")),
                new Card(Icons.USER, "\"I\" per 100 words", MetricText.plain(m, "i_rate")),
                new Card(Icons.USERS, "\"We\" per 100 words", MetricText.plain(m, "we_rate")))));
    blocks.add(
        Text.of(
            "Specifics are numbers, names and example markers. Hedges are words such as \"maybe\""
                + " and \"I think\". \"I\" and \"we\" show whose work an answer describes; neither"
                + " is better on its own. These rates describe the answers; they are not scores."));
    example(a, l, "hedges", "first hedge").ifPresent(blocks::add);
    example(a, l, "first-person-singular", "first \"I\"").ifPresent(blocks::add);
    example(a, l, "first-person-plural", "first \"we\"").ifPresent(blocks::add);
    return new SectionContent.Blocks(blocks);
  }

  private static java.util.Optional<Text> example(
      ConversationAnalysis a, LanguagePack l, String lexicon, String note) {
    String id = a.target().id();
    return a.mentions(l.lexicon(lexicon), id::equals).stream()
        .findFirst()
        .map(e -> Citations.quote(a, e, note));
  }

  private static SectionContent details(HiringFacts f) {
    ConversationAnalysis a = f.a();
    if (a.language().isEmpty()) {
      return unavailable(a);
    }
    List<Block> blocks = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (HiringFacts.Detail d : f.details()) {
      if (d.mentions().isEmpty()) {
        missing.add(d.category());
      }
      for (Excerpt e : d.mentions()) {
        blocks.add(Citations.quote(a, e, d.category()));
      }
    }
    blocks.add(
        Text.of(
            missing.isEmpty()
                ? "Every kind of practical detail (availability, notice period, location, salary)"
                    + " came up."
                : "Not mentioned: " + String.join(", ", missing) + "."));
    return new SectionContent.Blocks(blocks);
  }

  private static SectionContent interviewers(HiringFacts f, Map<String, JsonValue> m) {
    ConversationAnalysis a = f.a();
    if (f.interviewers().isEmpty()) {
      return Text.of("Nobody else spoke.");
    }
    List<Block> blocks = new ArrayList<>();
    List<Card> cards = new ArrayList<>();
    for (HiringFacts.Interviewer i : f.interviewers()) {
      cards.add(
          new Card(
              Icons.USER,
              a.name(i.stats().entityId()),
              Durations.spoken(i.stats().talkSeconds())
                  + " · "
                  + Decimals.percent(i.stats().share())
                  + " · "
                  + count(i.questions().count(), "question", "questions")
                  + i.questions().open().map(o -> " (" + o + " open)").orElse("")));
    }
    blocks.add(new Grid(cards.size() <= 2 ? 2 : 3, cards));
    blocks.add(
        Text.of(
            "Together the others asked "
                + count(f.interviewerQuestions(), "question", "questions")
                + " and had "
                + MetricText.percent(m, "interviewer_talk_share")
                + " of all speech."));
    return new SectionContent.Blocks(blocks);
  }
}
