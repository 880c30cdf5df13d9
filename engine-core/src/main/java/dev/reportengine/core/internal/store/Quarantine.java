package dev.reportengine.core.internal.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moves a bad store file (or a directory named like one) aside into {@code quarantine/}, under a
 * name that starts with the time and never replaces an earlier one, such as {@code
 * 20260301T100000.000Z-jobs-job_9.json}, and logs its name and what is wrong with it. The content
 * is moved as it is, so nothing is lost.
 */
final class Quarantine {

  static final String DIRECTORY = "quarantine";

  private static final System.Logger LOG = System.getLogger(FileReportStore.class.getName());
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Path root;
  private final Path dir;
  private final Clock clock;

  Quarantine(Path root, Clock clock) {
    this.root = root;
    this.dir = root.resolve(DIRECTORY);
    this.clock = clock;
  }

  /**
   * Moves {@code file}, named {@code name} relative to the store directory, aside. When it cannot
   * be moved it stays where it is; either way the store goes on without it.
   */
  void moveAside(Path file, String name, String reason) {
    String stamp = STAMP.format(clock.instant());
    String flat = name.replace('/', '-');
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(stamp + "-" + flat);
      for (int n = 1; ; n++) {
        try {
          Files.move(file, target);
          break;
        } catch (FileAlreadyExistsException e) {
          target = dir.resolve(stamp + "-" + n + "-" + flat);
        }
      }
      LOG.log(
          Level.WARNING,
          "moved the bad store file "
              + name
              + " to "
              + DIRECTORY
              + "/"
              + target.getFileName()
              + ": "
              + reason
              + " (store "
              + root
              + ")");
    } catch (IOException e) {
      LOG.log(
          Level.ERROR,
          "cannot move the bad store file "
              + name
              + " to "
              + DIRECTORY
              + "/, so it stays in place and is skipped: "
              + reason
              + " (store "
              + root
              + ")",
          e);
    }
  }
}
