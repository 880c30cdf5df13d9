package dev.reportengine.core.internal.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaUnreadableException;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
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

  /** Immutable and thread-safe; duplicate keys and trailing content are errors. */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  @Override
  public String description() {
    return "report-engine.media.v1 JSON (an object with \"format\": \"" + FORMAT + "\")";
  }

  @Override
  public boolean recognizes(String text) {
    return text.stripLeading().startsWith("{") && FORMAT_FIELD.matcher(text).find();
  }

  @Override
  public Media read(String mediaId, String fileName, String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where =
          at == null || at.getLineNr() < 1
              ? ""
              : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new MediaUnreadableException(
          fileName + ": " + where + "not valid JSON: " + e.getOriginalMessage(), e);
    }
    return MediaJsonReader.read(mediaId, fileName, root);
  }

  /** The media as a pretty-printed {@code report-engine.media.v1} document. */
  public static String write(Media media) {
    return MediaJsonWriter.write(media);
  }
}
