package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptText;
import dev.reportengine.media.internal.TranscriptBuilder.Part;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads QMSum meeting-corpus JSON: {@code meeting_transcripts[]} of {@code {speaker, content}},
 * with no times at all, so every time is estimated. Speakers are role designations ({@code Project
 * Manager} in AMI, {@code Professor D} in ICSI): the label is kept as written and the entity's
 * {@code role} is the label without a trailing one-letter participant code. The corpus's
 * tokenization ({@code That 's}, {@code it ,}) is undone and its markup ({@code {disfmarker}})
 * removed.
 */
final class QmsumImporter extends BuiltInFormat {

  QmsumImporter() {
    super(Match.SOLID);
  }

  private static final Pattern PARTICIPANT_CODE = Pattern.compile("\\s+[A-Z]$");
  // Starts only at the first space of a run, and takes the run possessively: " +" alone retried
  // every start in a run of n spaces, each scanning the rest of it, O(n^2) (a 100 KB fuzzed file
  // took 90 s).
  private static final Pattern SPLIT_CLITIC =
      Pattern.compile("(?<! ) ++('(?:s|re|ve|ll|d|m|t)\\b|n't\\b)", Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "qmsum";
  }

  @Override
  public String description() {
    return "QMSum JSON (meeting_transcripts[] of {speaker, content})";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source.json().map(root -> root.path("meeting_transcripts").isArray()).orElse(false);
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    JsonReads json = new JsonReads(source);
    JsonNode turns = json.array(source.requireJson(), "meeting_transcripts", "");
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    for (JsonNode turn : turns) {
      String name = json.text(turn, "speaker").orElse(null);
      String speaker =
          name == null || name.isBlank()
              ? builder.unknownSpeaker()
              : builder.speaker(
                  name, Map.of("role", PARTICIPANT_CODE.matcher(name.strip()).replaceAll("")));
      String content = json.text(turn, "content").orElse("");
      builder.parts(speaker, List.of(Part.untimed(SPLIT_CLITIC.matcher(content).replaceAll("$1"))));
    }
    return builder.build(mediaId);
  }
}
