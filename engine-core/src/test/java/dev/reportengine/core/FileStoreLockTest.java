package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.spi.ReportStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One engine at a time per file store directory, across processes and within one JVM: a second
 * engine fails at {@code build()} saying who holds the directory, and the lock is free again once
 * the holder closes or its process ends. Other processes are real JVMs ({@link LockHolderChild}).
 */
class FileStoreLockTest {

  @TempDir Path dir;

  private Process child;

  @AfterEach
  void stopChild() throws InterruptedException {
    if (child != null) {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void doesRefuseAnEngineWhileAnotherProcessHoldsTheDirectoryAndAcceptItOnceThatProcessEnds()
      throws Exception {
    BufferedReader holder = startChild();
    assertThat(holder.readLine()).isEqualTo(LockHolderChild.LOCKED);

    assertThatThrownBy(this::engine)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("store directory " + dir)
        .hasMessageContaining("another process (pid " + child.pid() + ") holds");

    child.getOutputStream().close();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isZero();
    engine().close();
  }

  @Test
  @SuppressWarnings("try") // the engine is held open, not used
  void doesRefuseASecondEngineOnTheSameDirectoryInThisJvm() {
    try (ReportEngine first = engine()) {
      assertThatThrownBy(this::engine)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("store directory " + dir)
          .hasMessageContaining("another engine in this JVM holds");
    }
  }

  @Test
  @SuppressWarnings("try") // the engine is held open, not used
  void doesRefuseASecondEngineOnTheSameStoreObject() {
    ReportStore store = ReportStores.directory(dir);
    try (ReportEngine first = builder().store(store).build()) {
      assertThatThrownBy(() -> builder().store(store).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("another engine in this JVM holds");
    }
  }

  @Test
  @SuppressWarnings("try") // the engine is held open, not used
  void doesKeepTheDirectoryLockedForOtherProcessesAfterRefusingASecondEngineHere()
      throws Exception {
    try (ReportEngine first = engine()) {
      assertThatThrownBy(this::engine).isInstanceOf(IllegalStateException.class);

      BufferedReader other = startChild();

      assertThat(other.readLine())
          .startsWith(LockHolderChild.REFUSED)
          .contains("another process (pid " + ProcessHandle.current().pid() + ") holds");
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).isEqualTo(LockHolderChild.REFUSED_STATUS);
    }
  }

  @Test
  void doesFreeTheDirectoryWhenTheEngineIsClosed() throws Exception {
    engine().close();

    engine().close();
    BufferedReader other = startChild();
    assertThat(other.readLine()).isEqualTo(LockHolderChild.LOCKED);
  }

  private ReportEngineBuilder builder() {
    return ReportEngine.builder()
        .parallelism(1)
        .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())));
  }

  private ReportEngine engine() {
    return builder().store(ReportStores.directory(dir)).build();
  }

  /** Starts a {@link LockHolderChild} on the directory and returns its standard output. */
  private BufferedReader startChild() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolderChild.class.getName(),
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    return new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }
}
