package dev.reportengine.core.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names for ids and keys: a plain id names its file directly ({@code job_42.json}); anything
 * else (and every idempotency key, which the caller chooses) is named by its SHA-256, so no id can
 * escape the directory or exceed a file-name limit.
 */
final class FileNames {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  private FileNames() {}

  static String of(String id) {
    return (PLAIN.matcher(id).matches() ? id : "sha256-" + sha256(id)) + ".json";
  }

  /**
   * The file of a report's rendered document: the report's name with the media type as extension,
   * such as {@code rep_42.application-pdf}; a media type that is not plain is hashed as well.
   */
  static String ofArtifact(String reportId, String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT).replace('/', '-');
    String id = of(reportId);
    return id.substring(0, id.length() - ".json".length())
        + "."
        + (PLAIN.matcher(type).matches() ? type : "sha256-" + sha256(mediaType));
  }

  static String ofKey(String key) {
    return "sha256-" + sha256(key) + ".json";
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
