package dev.reportengine.core.internal.media;

import dev.reportengine.api.media.Media;
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
public final class MediaJson implements MediaFormat {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "report-engine.media.v1";

  private static final Pattern FORMAT_FIELD =
      Pattern.compile("\"format\"\\s*:\\s*\"" + Pattern.quote(FORMAT) + "\"");

  /** The deepest nesting of arrays and objects any transcript format needs, with room to spare. */
  static final int MAX_NESTING_DEPTH = 64;

  /** Immutable and thread-safe; duplicate keys and trailing content are errors. */
  static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  @Override
  public String id() {
    return "report-engine";
  }

  @Override
  public String description() {
    return "report-engine.media.v1 JSON (an object with \"format\": \"" + FORMAT + "\")";
  }

  @Override
  public boolean recognizes(SourceText source) {
    return source.text().stripLeading().startsWith("{")
        && FORMAT_FIELD.matcher(source.text()).find();
  }

  @Override
  public Media read(String mediaId, SourceText source) {
    return MediaJsonReader.read(
            mediaId, source.fileName(), source.requireJson(), source.cancellation())
        .withSource(id(), false);
  }

  /** The media as a pretty-printed {@code report-engine.media.v1} document. */
  public static String write(Media media) {
    return MediaJsonWriter.write(media);
  }
}
