package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.media.Word;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.media.internal.TimingEstimator.Piece;
import dev.reportengine.media.internal.TimingEstimator.Timing;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects an importer's turns and makes the media: speakers become entities ({@link
 * SpeakerRegistry}), markup is stripped ({@link Markup}), times the file lacks are estimated
 * ({@link TimingEstimator}) and the media is marked with its format and whether timings were
 * estimated. Turns left without words are dropped, but the times they carry still anchor the
 * estimate. The media lasts until the later of its declared duration and the last utterance end.
 */
final class TranscriptBuilder {

  /** Speaker names that mean "no speaker known". */
  private static final Set<String> UNKNOWN_NAMES =
      Set.of("unknown", "none", "null", "nan", "?", "unk", "speaker_unknown");

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*+");

  private final String format;
  private final boolean stripTags;
  private final CancellationToken cancellation;
  private final SpeakerRegistry speakers = new SpeakerRegistry();
  private final List<Turn> turns = new ArrayList<>();
  private Optional<String> language = Optional.empty();
  private double declaredDuration;

  /**
   * A stretch of one turn with the times the file gives for it.
   *
   * @param text its text, markup still in place
   * @param start its start, when given
   * @param end its end, when given
   */
  record Part(String text, OptionalDouble start, OptionalDouble end) {

    static Part timed(String text, double start, double end) {
      return new Part(text, OptionalDouble.of(start), OptionalDouble.of(end));
    }

    static Part untimed(String text) {
      return new Part(text, OptionalDouble.empty(), OptionalDouble.empty());
    }
  }

  private record Turn(String speakerId, List<Part> parts, List<Word> words) {}

  /** A builder for a format, polling {@code cancellation} once per turn. */
  TranscriptBuilder(String format, CancellationToken cancellation) {
    this(format, true, cancellation);
  }

  /**
   * A builder for a format; {@code stripTags} false keeps text that looks like a tag, for formats
   * whose parser already removed tags and decoded {@code &lt;} into {@code <}.
   */
  TranscriptBuilder(String format, boolean stripTags, CancellationToken cancellation) {
    this.format = format;
    this.stripTags = stripTags;
    this.cancellation = cancellation;
  }

  /** The entity id for a speaker name; blank and "unknown"-like names give {@code unknown}. */
  String speaker(String name) {
    return speakers.idFor(known(name));
  }

  /** The entity id for a named speaker with attributes such as {@code role}. */
  String speaker(String name, Map<String, String> attributes) {
    Optional<String> known = known(name);
    return known.isPresent() ? speakers.idFor(known.get(), attributes) : speakers.idFor(known);
  }

  /** The entity id for text without a speaker. */
  String unknownSpeaker() {
    return speakers.idFor(Optional.empty());
  }

  private static Optional<String> known(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String stripped = name.strip();
    return stripped.isEmpty() || UNKNOWN_NAMES.contains(stripped.toLowerCase(Locale.ROOT))
        ? Optional.empty()
        : Optional.of(stripped);
  }

  /** Sets the language when {@code tag} looks like a BCP 47 tag ({@code en_us} becomes en-us). */
  void language(String tag) {
    String normalized = tag == null ? "" : tag.strip().replace('_', '-');
    if (LANGUAGE.matcher(normalized).matches()) {
      language = Optional.of(normalized);
    }
  }

  /** The recording's length as the file declares it. */
  void duration(double seconds) {
    declaredDuration = Math.max(declaredDuration, seconds);
  }

  /** A turn with both times; {@code words} may be empty. */
  void timed(String speakerId, double start, double end, String text, List<Word> words) {
    cancellation.throwIfCanceled();
    turns.add(new Turn(speakerId, List.of(Part.timed(text, start, end)), words));
  }

  /** A turn made of parts, each with the times the file gives, if any. */
  void parts(String speakerId, List<Part> parts) {
    cancellation.throwIfCanceled();
    turns.add(new Turn(speakerId, List.copyOf(parts), List.of()));
  }

  Media build(String mediaId) {
    List<Piece> pieces = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Turn turn : turns) {
      cancellation.throwIfCanceled();
      for (Part part : turn.parts()) {
        String text = Markup.strip(part.text(), stripTags);
        texts.add(text);
        pieces.add(new Piece(Tokens.wordCount(text), part.start(), part.end()));
      }
    }
    List<Timing> timings = TimingEstimator.estimate(pieces);
    List<Utterance> utterances = new ArrayList<>();
    boolean estimated = false;
    double lastEnd = 0;
    int p = 0;
    for (Turn turn : turns) {
      cancellation.throwIfCanceled();
      StringBuilder text = new StringBuilder();
      double start = Double.POSITIVE_INFINITY;
      double end = 0;
      boolean turnEstimated = false;
      for (int k = 0; k < turn.parts().size(); k++, p++) {
        Timing t = timings.get(p);
        start = Math.min(start, t.start());
        end = Math.max(end, t.end());
        turnEstimated |= t.estimated() && pieces.get(p).words() > 0;
        if (!texts.get(p).isEmpty()) {
          text.append(text.length() == 0 ? "" : " ").append(texts.get(p));
        }
      }
      if (text.length() > 0) {
        estimated |= turnEstimated;
        lastEnd = Math.max(lastEnd, end);
        utterances.add(new Utterance(turn.speakerId(), start, end, text.toString(), turn.words()));
      }
    }
    return new Media(
        mediaId,
        Math.max(declaredDuration, lastEnd),
        Optional.empty(),
        language,
        speakers.entities(),
        utterances,
        List.of(),
        Optional.of(format),
        estimated);
  }
}
