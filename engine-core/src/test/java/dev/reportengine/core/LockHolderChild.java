package dev.reportengine.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of {@link FileStoreLockTest}: builds an engine on a file store directory and says
 * {@code locked}, then holds it until its standard input ends and exits without closing the engine
 * (so the operating system, not {@code close()}, frees the lock). When the build is refused it says
 * {@code refused: <message>} and exits with status 3. Not a test.
 */
public final class LockHolderChild {

  static final String LOCKED = "locked";
  static final String REFUSED = "refused: ";
  static final int REFUSED_STATUS = 3;

  private LockHolderChild() {}

  /** Argument: the store directory. */
  public static void main(String[] args) throws IOException {
    try {
      ReportEngine.builder()
          .parallelism(1)
          .store(ReportStores.directory(Path.of(args[0])))
          .mediaSource(MediaSources.inMemory(List.of()))
          .build();
    } catch (IllegalStateException e) {
      System.out.println(REFUSED + e.getMessage());
      System.out.flush();
      System.exit(REFUSED_STATUS);
    }
    System.out.println(LOCKED);
    System.out.flush();
    while (System.in.read() != -1) {
      // holds the engine until the parent closes this process's standard input
    }
    System.exit(0);
  }
}
