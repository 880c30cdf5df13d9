package dev.reportengine.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * An executor that runs nothing until a test says so, on the test's own thread. Give it to {@link
 * dev.reportengine.core.ReportEngineBuilder#executor} (or use {@link TestEngines#manual}): a
 * submitted job then stays queued until the test calls {@link #runNext()} or {@link #runAll()}, so
 * the test decides the order of events and needs no waiting or sleeping.
 *
 * <p>Thread-safe; tasks run on the thread that calls {@code runNext} or {@code runAll}. After
 * {@link #shutdown()} it refuses new tasks; tasks already waiting can still be run.
 */
public final class ManualExecutor extends AbstractExecutorService {

  /** An executor with no waiting tasks. */
  public ManualExecutor() {}

  private final Deque<Runnable> tasks = new ArrayDeque<>();
  private boolean shutdown;

  @Override
  public synchronized void execute(Runnable command) {
    if (shutdown) {
      throw new RejectedExecutionException("shut down");
    }
    tasks.add(command);
  }

  /** How many tasks wait. */
  public synchronized int pending() {
    return tasks.size();
  }

  /**
   * Runs the oldest waiting task.
   *
   * @throws java.util.NoSuchElementException if no task waits
   */
  public void runNext() {
    Runnable next;
    synchronized (this) {
      next = tasks.removeFirst();
    }
    next.run();
  }

  /** Runs every waiting task, including tasks they submit. */
  public void runAll() {
    while (pending() > 0) {
      runNext();
    }
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown = true;
    List<Runnable> left = List.copyOf(tasks);
    tasks.clear();
    return left;
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown && tasks.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }
}
