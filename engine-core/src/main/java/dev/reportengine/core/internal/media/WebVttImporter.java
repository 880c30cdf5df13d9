package dev.reportengine.core.internal.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads WebVTT transcripts with {@code <v Name>} voice spans. Each voice span becomes one
 * utterance; when a cue holds several spans, the cue's time is split between them in proportion to
 * their word counts, in order. Text outside any voice span belongs to the entity {@code unknown}.
 * The media lasts until the latest cue end.
 */
public final class WebVttImporter implements MediaFormat {

  @Override
  public String description() {
    return "WebVTT (text starting with WEBVTT)";
  }

  @Override
  public boolean recognizes(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return WebVttParser.isHeader(withoutBom.lines().findFirst().orElse(""));
  }

  @Override
  public Media read(String mediaId, String fileName, String text) {
    SpeakerRegistry speakers = new SpeakerRegistry();
    List<Utterance> utterances = new ArrayList<>();
    long endMillis = 0;
    for (WebVttCue cue : WebVttParser.parse(fileName, text)) {
      endMillis = Math.max(endMillis, cue.endMillis());
      utterances.addAll(split(cue, WebVttCueText.spans(cue.payload()), speakers));
    }
    return new Media(
        mediaId,
        endMillis / 1000.0,
        Optional.empty(),
        Optional.empty(),
        speakers.entities(),
        utterances,
        List.of());
  }

  /** One utterance per span; each span gets a share of the cue's time by its word count. */
  private static List<Utterance> split(
      WebVttCue cue, List<VoiceSpan> spans, SpeakerRegistry speakers) {
    int totalWords = spans.stream().mapToInt(VoiceSpan::wordCount).sum();
    double start = cue.startMillis() / 1000.0;
    double end = cue.endMillis() / 1000.0;
    List<Utterance> result = new ArrayList<>();
    int wordsBefore = 0;
    for (int i = 0; i < spans.size(); i++) {
      VoiceSpan span = spans.get(i);
      double spanStart = start + (end - start) * wordsBefore / totalWords;
      wordsBefore += span.wordCount();
      double spanEnd =
          i == spans.size() - 1 ? end : start + (end - start) * wordsBefore / totalWords;
      result.add(Utterance.of(speakers.idFor(span.voice()), spanStart, spanEnd, span.text()));
    }
    return result;
  }
}
