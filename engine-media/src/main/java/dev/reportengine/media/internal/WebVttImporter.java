package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads WebVTT transcripts: {@code <v Name>} voice spans (Teams, Stream, hand-written files) and
 * {@code Name: text} prefixes (Zoom), see {@link SpeakerPrefix}. Each voice span becomes one
 * utterance; when a cue holds several spans, the cue's time is split between them in proportion to
 * their word counts, in order. Text outside any voice span, in a file that does not follow the
 * prefix convention, belongs to the entity {@code unknown}. The media lasts until the latest cue
 * end.
 */
public final class WebVttImporter extends BuiltInFormat {

  public WebVttImporter() {
    super(Match.CERTAIN);
  }

  @Override
  public String name() {
    return "webvtt";
  }

  @Override
  public String description() {
    return "WebVTT (text starting with WEBVTT)";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return WebVttParser.isHeader(source.text().lines().findFirst().orElse(""));
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    TranscriptBuilder builder = new TranscriptBuilder(name(), false, source.cancellation());
    List<WebVttCue> cues = WebVttParser.parse(source);
    List<List<VoiceSpan>> spans = new ArrayList<>();
    List<String> unvoiced = new ArrayList<>();
    for (WebVttCue cue : cues) {
      source.checkpoint();
      List<VoiceSpan> cueSpans = WebVttCueText.spans(cue.payload());
      spans.add(cueSpans);
      cueSpans.stream()
          .filter(s -> s.voice().isEmpty())
          .forEach(s -> unvoiced.add(firstLine(cue.payload())));
    }
    boolean prefixes = !unvoiced.isEmpty() && SpeakerPrefix.isConvention(unvoiced);
    for (int i = 0; i < cues.size(); i++) {
      WebVttCue cue = cues.get(i);
      builder.duration(cue.endMillis() / 1000.0);
      split(cue, prefixes ? withPrefixes(spans.get(i)) : spans.get(i), builder);
    }
    return builder.build(mediaId);
  }

  private static String firstLine(String payload) {
    int newline = payload.indexOf('\n');
    return WebVttCueText.decode(newline < 0 ? payload : payload.substring(0, newline)).strip();
  }

  /** Spans without a voice take the speaker named by their prefix, if any. */
  private static List<VoiceSpan> withPrefixes(List<VoiceSpan> spans) {
    List<VoiceSpan> result = new ArrayList<>();
    for (VoiceSpan span : spans) {
      Optional<SpeakerPrefix.Split> split =
          span.voice().isEmpty() ? SpeakerPrefix.split(span.text()) : Optional.empty();
      result.add(
          split.map(s -> new VoiceSpan(Optional.of(s.name()), s.text().strip())).orElse(span));
    }
    return result;
  }

  /** One utterance per span; each span gets a share of the cue's time by its word count. */
  private static void split(WebVttCue cue, List<VoiceSpan> spans, TranscriptBuilder builder) {
    int totalWords = spans.stream().mapToInt(VoiceSpan::wordCount).sum();
    double start = cue.startMillis() / 1000.0;
    double end = cue.endMillis() / 1000.0;
    int wordsBefore = 0;
    for (int i = 0; i < spans.size(); i++) {
      VoiceSpan span = spans.get(i);
      double spanStart = start + (end - start) * wordsBefore / totalWords;
      wordsBefore += span.wordCount();
      double spanEnd =
          i == spans.size() - 1 ? end : start + (end - start) * wordsBefore / totalWords;
      String speaker =
          span.voice()
              .map(v -> builder.speaker(v, SpeakerPrefix.attributes(v)))
              .orElseGet(builder::unknownSpeaker);
      builder.timed(speaker, spanStart, spanEnd, span.text(), List.of());
    }
  }
}
