package dev.reportengine.core.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An exclusive lock on a store directory, taken with {@link FileChannel#tryLock()} on its {@value
 * #FILE_NAME} file, so one engine at a time, in this or any other process, uses the directory. The
 * file holds the process id of the holder, for the message another process gets; it is left in
 * place when the lock is released. The operating system frees the lock when the process ends.
 */
final class DirectoryLock implements AutoCloseable {

  static final String FILE_NAME = ".lock";

  /*
   * File locks belong to the whole process, and on POSIX systems closing any channel on the file
   * drops the lock another channel of the same process holds. So this JVM opens at most one channel
   * per lock file: HELD names the lock files locked here (by real path), and a channel refused
   * because a lock was taken outside this class (a copy of it in another class loader) is parked
   * open rather than closed.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
  private static final List<FileChannel> PARKED = new CopyOnWriteArrayList<>();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;
  private final AtomicBoolean released = new AtomicBoolean();

  private DirectoryLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code dir}, an existing directory.
   *
   * @throws IllegalStateException naming the directory when another engine holds it
   * @throws UncheckedIOException when the lock file cannot be opened or locked
   */
  static DirectoryLock acquire(Path dir) {
    Path key;
    try {
      key = dir.toRealPath().resolve(FILE_NAME);
    } catch (IOException e) {
      throw cannotLock(dir, e);
    }
    if (!HELD.add(key)) {
      throw inUse(dir, "another engine in this JVM holds", "close it");
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        String holder = holder(channel).map(pid -> " (pid " + pid + ")").orElse("");
        channel.close();
        HELD.remove(key);
        throw inUse(dir, "another process" + holder + " holds", "stop it");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      return new DirectoryLock(key, channel, lock);
    } catch (OverlappingFileLockException e) {
      PARKED.add(channel);
      HELD.remove(key);
      throw inUse(dir, "another engine in this JVM holds", "close it");
    } catch (IOException e) {
      closeQuietly(channel, e);
      HELD.remove(key);
      throw cannotLock(dir, e);
    }
  }

  /** Releases the lock; idempotent. */
  @Override
  public void close() {
    if (released.compareAndSet(false, true)) {
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the lock on " + key, e);
      } finally {
        HELD.remove(key);
      }
    }
  }

  private static Optional<Long> holder(FileChannel channel) {
    ByteBuffer bytes = ByteBuffer.allocate(24);
    try {
      channel.read(bytes, 0);
    } catch (IOException e) {
      return Optional.empty(); // some systems refuse to read a region another process locked
    }
    String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).trim();
    return text.matches("[0-9]{1,19}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
  }

  private static IllegalStateException inUse(Path dir, String who, String remedy) {
    return new IllegalStateException(
        "the store directory "
            + dir
            + " is in use: "
            + who
            + " its lock file "
            + FILE_NAME
            + ". One engine at a time may use a store directory; "
            + remedy
            + " or give this engine another directory");
  }

  private static UncheckedIOException cannotLock(Path dir, IOException e) {
    return new UncheckedIOException(
        "cannot lock the store directory " + dir + " (" + FILE_NAME + "): " + e.getMessage(), e);
  }

  private static void closeQuietly(FileChannel channel, IOException failure) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException suppressed) {
        failure.addSuppressed(suppressed);
      }
    }
  }
}
