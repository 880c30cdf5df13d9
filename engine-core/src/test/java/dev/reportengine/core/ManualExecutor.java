package dev.reportengine.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor that runs nothing until a test says so, on the test's own thread.
 *
 * <p>engine-testkit has the public, documented version; engine-core's tests keep this copy because
 * they cannot depend on engine-testkit (it depends on engine-core: a reactor cycle).
 */
public final class ManualExecutor extends AbstractExecutorService {

  private final Deque<Runnable> tasks = new ArrayDeque<>();
  private boolean shutdown;

  @Override
  public synchronized void execute(Runnable command) {
    if (shutdown) {
      throw new java.util.concurrent.RejectedExecutionException("shut down");
    }
    tasks.add(command);
  }

  /** How many tasks wait. */
  public synchronized int pending() {
    return tasks.size();
  }

  /** Runs the oldest waiting task. */
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
