package dev.reportengine.core.internal.store;

import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.Violation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads store files and says in plain words why one is bad ("empty file", "permission denied", "not
 * valid UTF-8 at byte offset 12 (0xFF)", "invalid JSON at line 1, column 5: ..."), naming it
 * relative to the store directory, never by its absolute path.
 */
final class StoreFiles {

  private StoreFiles() {}

  /**
   * The bytes of a file; empty when there is none.
   *
   * @param name the file relative to the store directory, for messages
   * @throws StoreFileException when it is a directory or cannot be read
   */
  static Optional<byte[]> readBytes(Path file, String name) {
    if (Files.isDirectory(file)) {
      throw StoreFileException.unreadable(name, "is a directory", null);
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw StoreFileException.unreadable(name, reason(e, file, name), e);
    }
  }

  /**
   * The text of a file, strictly decoded as UTF-8; empty when there is no file.
   *
   * @throws StoreFileException also when the file is empty or not UTF-8
   */
  static Optional<String> readText(Path file, String name) {
    return readBytes(file, name)
        .map(
            bytes -> {
              if (bytes.length == 0) {
                throw StoreFileException.unreadable(name, "empty file", null);
              }
              return utf8(bytes, name);
            });
  }

  /**
   * Why an operation on {@code file} failed, with the file named as {@code name}: the operating
   * system's reason ("permission denied", "read-only file system"), never the absolute path.
   */
  static String reason(IOException e, Path file, String name) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory that is not empty is in the way";
    }
    String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    if (text == null || text.isBlank()) {
      return e.getClass().getSimpleName();
    }
    text = text.replace(file.toAbsolutePath().toString(), name).replace(file.toString(), name);
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * Why decoded text is not a valid {@code kind}: the JSON syntax error with line and column, or
   * every violation of the contract.
   */
  static String invalid(String kind, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidRequestException invalid) {
        List<Violation> violations = invalid.violations();
        if (violations.size() == 1 && violations.get(0).code().equals("invalid_json")) {
          return violations.get(0).message();
        }
        return "not a valid "
            + kind
            + ": "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
      }
    }
    return "not a valid "
        + kind
        + ": "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static String utf8(byte[] bytes, String name) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more chars than it has bytes, so the buffer cannot overflow.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      throw StoreFileException.unreadable(
          name,
          String.format(
              Locale.ROOT, "not valid UTF-8 at byte offset %d (0x%02X)", at, bytes[at] & 0xFF),
          null);
    }
    return out.flip().toString();
  }
}
