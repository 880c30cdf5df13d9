package dev.reportengine.media.internal;

import dev.reportengine.api.spi.MediaUnreadableException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the one file in a directory that a media id names, with or without its extension. Ids that
 * could reach outside the directory, or hidden files, name nothing. A symbolic link is followed
 * only when its real path lies inside the directory's real path; one leading outside is refused.
 */
public final class MediaFileLocator {

  /** A located file: its name in the directory, for messages, and its real path, to read. */
  public record Located(String name, Path realPath) {}

  private final Path dir;

  public MediaFileLocator(Path dir) {
    this.dir = dir;
  }

  public Optional<Located> locate(String mediaId) {
    if (!isPlainFileName(mediaId)) {
      return Optional.empty();
    }
    List<Path> candidates = candidates(mediaId);
    if (candidates.size() > 1) {
      throw new MediaUnreadableException(
          "media id ["
              + mediaId
              + "] matches several files: "
              + candidates.stream()
                  .map(p -> p.getFileName().toString())
                  .collect(Collectors.joining(", "))
              + "; request one of them with its extension or remove the others");
    }
    return candidates.stream().findFirst().map(this::confined);
  }

  /** The file's real path, which must lie inside the directory's. */
  private Located confined(Path file) {
    String name = file.getFileName().toString();
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(dir.toRealPath())) {
        throw new MediaUnreadableException(
            name + ": the file is a symbolic link that leads outside the media directory; refused");
      }
      return new Located(name, real);
    } catch (IOException e) {
      throw new MediaUnreadableException(
          name + ": the file cannot be resolved: " + e.getClass().getSimpleName(), e);
    }
  }

  /** True when the id is a single file name that stays inside the directory. */
  static boolean isPlainFileName(String id) {
    if (id.isBlank()
        || id.startsWith(".")
        || id.contains("..")
        || id.indexOf('/') >= 0
        || id.indexOf('\\') >= 0
        || id.indexOf('\0') >= 0
        || id.indexOf(':') >= 0) {
      return false;
    }
    try {
      Path p = Path.of(id);
      return !p.isAbsolute() && p.getNameCount() == 1;
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private List<Path> candidates(String mediaId) {
    List<Path> result = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        if (matches(file.getFileName().toString(), mediaId) && Files.isRegularFile(file)) {
          result.add(file);
        }
      }
    } catch (IOException e) {
      throw new MediaUnreadableException(
          "the media directory cannot be listed while looking for ["
              + mediaId
              + "]: "
              + e.getClass().getSimpleName(),
          e);
    }
    result.sort(null);
    return result;
  }

  private static boolean matches(String fileName, String mediaId) {
    return fileName.equals(mediaId)
        || (fileName.startsWith(mediaId)
            && fileName.lastIndexOf('.') == mediaId.length()
            && fileName.length() > mediaId.length() + 1);
  }
}
