package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.text.Stopwords;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every analysis of one conversation about one target, each computed on first use and then kept, so
 * the sections and metrics of a report share one computation. Language-dependent analyses (those
 * needing the {@link LanguagePack} lexicons) are empty for a language without lexicons; {@link
 * #unavailableMetrics()} names them. Build one per job; not thread-safe.
 */
public final class ConversationAnalysis {

  /** Metric keys that need lexicons, reported as unavailable without them. */
  public static final List<String> LANGUAGE_METRICS =
      List.of(
          "open_question_count",
          "closed_question_count",
          "backchannel_count",
          "filler_rate",
          "hedging_rate",
          "i_rate",
          "we_rate",
          "you_rate",
          "specificity_rate",
          "sentiment_score",
          "action_item_count",
          "decision_count");

  private static final int KEYWORDS = 30;

  private final Media media;
  private final Entity target;
  private final CancellationToken cancellation;
  private final Optional<LanguagePack> language;
  private final Stopwords stopwords;
  private final KeywordExtractor extractor;

  private final Lazy<List<SpeakerStats>> stats;
  private final Lazy<List<Turn>> turns;
  private final Lazy<Monologues> monologues;
  private final Lazy<QuestionStats> questions;
  private final Lazy<Dynamics> dynamics;
  private final Lazy<Optional<LexicalRates>> rates;
  private final Lazy<Optional<Specificity>> specificity;
  private final Lazy<Double> richness;
  private final Lazy<KeywordScores> keywords;
  private final Lazy<List<Chapter>> chapters;
  private final Lazy<Optional<List<Item>>> items;
  private final Lazy<Optional<Sentiment>> sentiment;
  private final Lazy<List<Answer>> answers;
  private final Lazy<List<Excerpt>> targetSentences;
  private final Lazy<SentenceIndex> sentenceIndex;

  /** The analysis of {@code media} about {@code target}, with English stopwords when they apply. */
  public ConversationAnalysis(Media media, Entity target) {
    this(media, target, CancellationToken.NONE);
  }

  /**
   * The analysis of {@code media} about {@code target} for a job that may stop: {@code
   * cancellation} is polled before each analysis is computed.
   */
  public ConversationAnalysis(Media media, Entity target, CancellationToken cancellation) {
    this.media = Objects.requireNonNull(media, "media");
    this.target = Objects.requireNonNull(target, "target");
    this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
    this.language = LanguagePack.forMedia(media);
    this.stopwords = Stopwords.appliesTo(media.language()) ? Stopwords.english() : Stopwords.none();
    this.extractor = new KeywordExtractor(stopwords);
    Optional<Lexicon> backchannels = language.map(l -> l.lexicon("backchannels"));
    String id = target.id();
    stats = new Lazy<>(() -> TalkTime.perEntity(media));
    turns = new Lazy<>(() -> Turns.of(media, backchannels, cancellation));
    monologues = new Lazy<>(() -> Monologues.of(turns(), id));
    questions = new Lazy<>(() -> QuestionStats.of(media, id, language));
    dynamics = new Lazy<>(() -> Dynamics.of(media, turns(), id, backchannels));
    rates = new Lazy<>(() -> language.map(l -> LexicalRates.of(media, id, l)));
    specificity = new Lazy<>(() -> language.map(l -> Specificity.of(media, id, l)));
    richness = new Lazy<>(() -> VocabularyRichness.of(media, id));
    keywords = new Lazy<>(() -> extractor.score(media, id));
    chapters = new Lazy<>(() -> Chapters.of(media, stopwords, cancellation));
    items = new Lazy<>(() -> language.map(l -> Items.of(media, l, cancellation)));
    sentiment = new Lazy<>(() -> language.map(l -> Sentiment.of(media, id, l)));
    answers = new Lazy<>(() -> Answers.of(turns(), id, language, cancellation));
    sentenceIndex = new Lazy<>(() -> SentenceIndex.of(media, cancellation));
    targetSentences =
        new Lazy<>(
            () ->
                turns().stream()
                    .filter(t -> t.entityId().equals(id))
                    .flatMap(t -> t.sentences().stream())
                    .toList());
  }

  /** The analysis for a template's context. */
  public static ConversationAnalysis of(TemplateContext context) {
    return new ConversationAnalysis(context.media(), context.target(), context.cancellation());
  }

  /** The conversation. */
  public Media media() {
    return media;
  }

  /** The entity the report is about. */
  public Entity target() {
    return target;
  }

  /** The lexicons of the media's language, when it has them. */
  public Optional<LanguagePack> language() {
    return language;
  }

  /** The metric keys that cannot be computed for this media's language; empty for English. */
  public List<String> unavailableMetrics() {
    return language.isPresent() ? List.of() : LANGUAGE_METRICS;
  }

  /** A participant's display name; the target's uses its (possibly overridden) label. */
  public String name(String entityId) {
    if (entityId.equals(target.id())) {
      return target.displayName();
    }
    return media.entity(entityId).map(Entity::displayName).orElse(entityId);
  }

  /** Everyone's talk statistics, most talk first. */
  public List<SpeakerStats> speakers() {
    return stats.get();
  }

  /** The target's talk statistics. */
  public SpeakerStats targetStats() {
    return statsOf(target.id());
  }

  /** One entity's talk statistics; zero when it did not speak. */
  public SpeakerStats statsOf(String entityId) {
    return speakers().stream()
        .filter(s -> s.entityId().equals(entityId))
        .findFirst()
        .orElse(SpeakerStats.silent(entityId));
  }

  /** The turns, back-channels merged away. */
  public List<Turn> turns() {
    return turns.get();
  }

  /** The target's longest monologue and the longest story by others. */
  public Monologues monologues() {
    return monologues.get();
  }

  /** The target's questions. */
  public QuestionStats questions() {
    return questions.get();
  }

  /** Patience, interactivity, interruptions and back-channels. */
  public Dynamics dynamics() {
    return dynamics.get();
  }

  /** Filler, hedging and pronoun rates; empty without lexicons. */
  public Optional<LexicalRates> rates() {
    return rates.get();
  }

  /** Numbers, names and examples; empty without lexicons. */
  public Optional<Specificity> specificity() {
    return specificity.get();
  }

  /** The moving-window type-token ratio of the target's words. */
  public double vocabularyRichness() {
    return richness.get();
  }

  /** The TF-IDF scores of the target's terms. */
  public KeywordScores keywordScores() {
    return keywords.get();
  }

  /** The target's best keywords. */
  public List<Keyword> keywords(int limit) {
    return keywordScores().top(Math.min(limit, KEYWORDS));
  }

  /** The topical chapters of the whole conversation. */
  public List<Chapter> chapters() {
    return chapters.get();
  }

  /** The conversation's key sentences (not cached: the limit varies). */
  public List<Excerpt> keySentences(int limit) {
    cancellation.throwIfCanceled();
    return KeySentences.of(media, stopwords, limit, cancellation);
  }

  /** Next steps, action items, decisions, open questions and risks; empty without lexicons. */
  public Optional<List<Item>> items() {
    return items.get();
  }

  /** Lexicon sentiment of the target; empty without lexicons. */
  public Optional<Sentiment> sentiment() {
    return sentiment.get();
  }

  /** The target's answers (its turns), with their prompting questions and STAR parts. */
  public List<Answer> answers() {
    return answers.get();
  }

  /** Every sentence the target said, in time order, each timed by its utterance. */
  public List<Excerpt> targetSentences() {
    return targetSentences.get();
  }

  /** Every sentence of the conversation, split once. */
  public SentenceIndex sentenceIndex() {
    return sentenceIndex.get();
  }

  /** Every sentence, by a speaker {@code speakers} accepts, holding an entry of {@code lexicon}. */
  public List<Excerpt> mentions(Lexicon lexicon, java.util.function.Predicate<String> speakers) {
    cancellation.throwIfCanceled();
    return sentenceIndex().mentions(lexicon, speakers);
  }

  /** The stopwords used for keywords, chapters and key sentences. */
  public Stopwords stopwords() {
    return stopwords;
  }

  /**
   * Returns when the job may go on; sections that loop over many sentences call it per step.
   *
   * @throws dev.reportengine.api.spi.JobCanceledException when the job was canceled or timed out
   */
  public void checkpoint() {
    cancellation.throwIfCanceled();
  }

  /** A value computed on first use, after a cancellation check. Not thread-safe. */
  private final class Lazy<T> {
    private final Supplier<T> supplier;
    private T value;

    Lazy(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      if (value == null) {
        cancellation.throwIfCanceled();
        value = supplier.get();
      }
      return value;
    }
  }
}
