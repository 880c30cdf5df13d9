package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptText;
import java.util.regex.Pattern;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's own media JSON format, {@code report-engine.media.v1} (see {@code
 * docs/media-format.md}): recognition, strict reading and writing.
 */
public final class MediaJson extends BuiltInFormat {

  public MediaJson() {
    super(Match.CERTAIN);
  }

  /** The value of the {@code format} field. */
  public static final String FORMAT = "report-engine.media.v1";

  private static final Pattern FORMAT_FIELD =
      Pattern.compile("\"format\"\\s*:\\s*\"" + Pattern.quote(FORMAT) + "\"");

  /** The deepest nesting of arrays and objects any transcript format needs, with room to spare. */
  static final int MAX_NESTING_DEPTH = 64;

  /** Immutable and thread-safe; duplicate keys and trailing content are errors. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  @Override
  public String name() {
    return "report-engine";
  }

  @Override
  public String description() {
    return "report-engine.media.v1 JSON (an object with \"format\": \"" + FORMAT + "\")";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source.text().stripLeading().startsWith("{")
        && FORMAT_FIELD.matcher(source.text()).find();
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    return MediaJsonReader.read(
            mediaId, source.fileName(), source.requireJson(), source.cancellation())
        .withSource(name(), false);
  }

  /** The media as a pretty-printed {@code report-engine.media.v1} document. */
  public static String write(Media media) {
    return MediaJsonWriter.write(media);
  }
}
