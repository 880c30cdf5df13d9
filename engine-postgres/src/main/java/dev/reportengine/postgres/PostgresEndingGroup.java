package dev.reportengine.postgres;

import dev.reportengine.api.spi.JobClaims.Ending;
import dev.reportengine.api.spi.JobClaims.EndingAndClaims;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Group commit of job ends, per store (so per engine): the ends that workers save while another
 * end's commit is in flight are written together in the next transaction, and share its WAL flush,
 * instead of waiting for one flush each.
 *
 * <p>A worker that ends a job while fewer than {@link #MAX_IN_FLIGHT} transactions of ends are
 * being written becomes a leader: it takes every end waiting (its own first, up to {@link
 * #MAX_BATCH}), runs each one's statement ({@link PostgresEnding}: the fenced update of its row,
 * its events, report and delivery, and the claim riding on it) on one connection in one
 * transaction, commits, and wakes the waiters, each with the result of its own statement: fencing
 * stays per job, since each statement has its own {@code WHERE id = ? AND owner = ? AND attempt = ?
 * AND status = 'running'}, so a job whose lease was lost is saved by none of it and returns false
 * while the others of its batch are saved. A batch of ends that claim nothing is one statement
 * ({@link Together}: each end's CTEs numbered, each still fenced by its own job's owner and
 * attempt), one round trip instead of one per end. The workers that end jobs while {@link
 * #MAX_IN_FLIGHT} transactions are in flight wait for one of them to commit, then one of them leads
 * the next batch, with all the others that waited. Nothing sleeps to gather a batch: an end alone
 * is written at once, in its own single statement as before; batches form exactly when ends arrive
 * while a commit waits for the disk, which is when sharing its flush pays.
 *
 * <p>A statement that fails in a batch (a deadlock with another engine's requeue, say) rolls the
 * batch back, and each of its ends is then written alone, in its own transaction, so that one bad
 * end fails only its own worker. A failure of the commit itself is reported to every end of the
 * batch: the commit may have happened, and writing an end again would find it fenced out. Why not
 * PostgreSQL's own {@code commit_delay} and {@code commit_siblings}: they are server settings
 * ({@code commit_delay} needs a superuser) that a host embedding the engine often cannot change,
 * and they make every commit sleep when enough backends are active, whereas this waits only for a
 * flush that is already in flight.
 *
 * <p>An end may also be {@linkplain #submit submitted} without waiting: it joins the same queue,
 * and a writer thread of the group (at most {@link #MAX_IN_FLIGHT}, daemon threads that stop when
 * idle) writes it with the others waiting, as a leader would, and completes its future once the
 * transaction committed or failed. A worker that submits its job's end goes on to its next job
 * meanwhile, so the ends of jobs finishing during one flush share the next one, however few workers
 * the engine has. Waiting and submitted ends share the queue and the transaction slots: either kind
 * of writer takes both. A writer gives its slot back before it settles its batch's futures, whose
 * dependents (handles, callbacks chained on them) may block or wait for other ends.
 */
final class PostgresEndingGroup {

  /** The most ends one transaction writes; the rest wait for the next. */
  static final int MAX_BATCH = 64;

  /**
   * How many transactions of ends may be in flight at once. Two, not one: with one, an end that
   * arrives while another commits waits for that commit before its own statement even starts, so
   * two workers ending jobs in turn never overlap (measured: 1 engine with 2 workers fell from
   * about 300 to about 140 jobs/s), whereas PostgreSQL alone runs the second statement while the
   * first waits for its flush, and lets commits that reach the flush together share it. With two, a
   * store's first two concurrent ends behave exactly as without grouping; ends arriving while both
   * are in flight wait and are then written together.
   */
  static final int MAX_IN_FLIGHT = 2;

  /** One end's statement on the batch's connection, inside its transaction. */
  @FunctionalInterface
  interface Step {
    EndingAndClaims run(Connection c) throws SQLException;
  }

  /**
   * The ends of a batch that claim nothing, in one statement on the batch's connection, inside its
   * transaction ({@link PostgresEnding#saveAll}); whether each was saved.
   */
  @FunctionalInterface
  interface Together {
    boolean[] run(Connection c, List<Ending> endings) throws SQLException;
  }

  private final DataSource dataSource;
  private final ExecutorService writers =
      // At most MAX_IN_FLIGHT drain at once (the transaction slots); a thread finishing its last
      // batch may still be busy when the next drain starts, so the pool itself is not bounded.
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          r -> {
            Thread t = new Thread(r, "reportengine-postgres-end-writer");
            t.setDaemon(true);
            return t;
          });
  private final Object lock = new Object();
  private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
  private int writing;
  private long transactions;
  private long ends;

  private final Together together;

  PostgresEndingGroup(DataSource dataSource, Together together) {
    this.dataSource = dataSource;
    this.together = together;
  }

  /**
   * Saves one end: with the ends waiting alongside it in one transaction, or, when it is alone,
   * with {@code alone} (its own statement in auto-commit mode). Returns its own result, or throws
   * its own failure, once its transaction committed or failed.
   *
   * @param what what the end is, for error messages
   * @param step the end's statement on the batch's connection
   * @param alone the end saved on its own, in its own transaction
   */
  EndingAndClaims save(String what, Step step, Supplier<EndingAndClaims> alone) {
    return save(what, null, step, alone);
  }

  /**
   * Like {@link #save(String, Step, Supplier)}, for an end that claims nothing ({@code ending},
   * whose statement {@code step} is): a batch of such ends is written in one statement ({@link
   * Together}).
   */
  EndingAndClaims save(String what, Ending ending, Step step, Supplier<EndingAndClaims> alone) {
    Pending mine = new Pending(what, ending, step, alone);
    List<Pending> batch = new ArrayList<>();
    boolean interrupted = false;
    synchronized (lock) {
      waiting.add(mine);
      // An end another leader took is written by that leader: it waits for it even when a
      // transaction slot is free, or it would be written twice.
      while (!mine.done && (mine.taken || writing >= MAX_IN_FLIGHT)) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          // The end is being written by another worker's transaction; its result must be known.
          interrupted = true;
        }
      }
      if (!mine.done) {
        writing++;
        waiting.remove(mine);
        batch.add(mine);
        while (batch.size() < MAX_BATCH && !waiting.isEmpty()) {
          batch.add(waiting.poll());
        }
        for (Pending p : batch) {
          p.taken = true;
        }
      }
    }
    if (!batch.isEmpty()) {
      boolean drain = false;
      try {
        write(batch);
      } finally {
        synchronized (lock) {
          for (Pending p : batch) {
            p.done = true;
          }
          writing--;
          lock.notifyAll();
          // Submitted ends left waiting have no worker to lead them: a writer takes them, before
          // this batch's futures are settled (what they run may wait for one of those ends).
          if (!waiting.isEmpty() && writing < MAX_IN_FLIGHT) {
            writing++;
            drain = true;
          }
        }
        if (drain) {
          startDrain();
        }
        settle(batch);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return mine.outcome();
  }

  /**
   * Submits one end without waiting for it: it is written with the ends waiting alongside it, by a
   * writer thread of the group (or by a worker leading a batch with {@link #save}), and the future
   * completes with its own result, or its own failure, once its transaction committed or failed.
   *
   * @param what what the end is, for error messages
   * @param ending the end, which claims nothing
   * @param step the end's statement on the batch's connection
   * @param alone the end saved on its own, in its own transaction
   */
  CompletableFuture<EndingAndClaims> submit(
      String what, Ending ending, Step step, Supplier<EndingAndClaims> alone) {
    Pending mine = new Pending(what, ending, step, alone);
    mine.future = new CompletableFuture<>();
    boolean drain = false;
    synchronized (lock) {
      waiting.add(mine);
      if (writing < MAX_IN_FLIGHT) {
        writing++;
        drain = true;
      }
    }
    if (drain) {
      startDrain();
    }
    return mine.future;
  }

  /**
   * Runs {@link #drain} on a writer thread; in the caller's thread if none can start (refused, or
   * an error such as a thread the JVM cannot create), so the slot taken for it is always given back
   * and the ends waiting are written.
   */
  private void startDrain() {
    try {
      writers.execute(this::drain);
    } catch (RejectedExecutionException | Error e) {
      drain();
    }
  }

  /**
   * Holds one transaction slot (taken by the caller), writes one batch of the ends waiting, then
   * gives the slot back before settling the batch's futures: what they run (a job's handle, the
   * callbacks chained on it) may block, or wait for another end, which must not keep a slot from
   * the ends still waiting. When ends are still waiting and a slot is free, another writer takes
   * them before this one settles.
   */
  private void drain() {
    List<Pending> batch = new ArrayList<>();
    synchronized (lock) {
      while (batch.size() < MAX_BATCH && !waiting.isEmpty()) {
        Pending p = waiting.poll();
        p.taken = true;
        batch.add(p);
      }
      if (batch.isEmpty()) {
        writing--;
        lock.notifyAll();
        return;
      }
    }
    Error error = null;
    try {
      write(batch);
    } catch (RuntimeException | Error e) {
      for (Pending p : batch) {
        if (p.result == null && p.failure == null) {
          p.failure =
              new PostgresStoreException(
                  "cannot save the end of " + p.what + ": " + e.getMessage(), e);
        }
      }
      if (e instanceof Error err) {
        error = err;
      }
    }
    boolean next = false;
    synchronized (lock) {
      for (Pending p : batch) {
        p.done = true;
      }
      writing--;
      lock.notifyAll();
      // Also after an error: the ends waiting would otherwise wait for an end yet to come.
      if (!waiting.isEmpty() && writing < MAX_IN_FLIGHT) {
        writing++;
        next = true;
      }
    }
    if (next) {
      startDrain();
    }
    settle(batch);
    if (error != null) {
      throw error;
    }
  }

  /** Completes the futures of the submitted ends of a written batch, outside the lock. */
  private static void settle(List<Pending> batch) {
    for (Pending p : batch) {
      if (p.future == null) {
        continue;
      }
      try {
        p.future.complete(p.outcome());
      } catch (RuntimeException e) {
        p.future.completeExceptionally(e);
      }
    }
  }

  private void write(List<Pending> batch) {
    if (batch.size() == 1) {
      alone(batch.get(0));
      count(1);
      return;
    }
    RuntimeException atCommit = null;
    boolean committed = false;
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        if (batch.stream().allMatch(p -> p.ending != null)) {
          // One round trip for the batch: its ends' statements as one.
          List<Ending> endings = new ArrayList<>(batch.size());
          for (Pending p : batch) {
            endings.add(p.ending);
          }
          boolean[] saved = together.run(c, endings);
          for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result = new EndingAndClaims(saved[i], List.of());
          }
        } else {
          for (Pending p : batch) {
            p.result = p.step.run(c);
          }
        }
      } catch (SQLException | RuntimeException e) {
        rollBack(c, e);
        c.setAutoCommit(autoCommit);
        fallBack(batch);
        return;
      }
      try {
        c.commit();
        committed = true;
        count(batch.size());
      } catch (SQLException e) {
        atCommit = Jdbc.failed("commit the ends of " + batch.size() + " claimed jobs", e);
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      if (atCommit == null && !committed) {
        // No connection, or none usable before the commit: each end tries on its own. After a
        // commit (a failure to reset or close the connection) the ends are saved: never again.
        fallBack(batch);
        return;
      }
    }
    if (atCommit != null) {
      for (Pending p : batch) {
        p.result = null;
        // Each worker gets its own exception, naming its job; the cause is the commit's.
        p.failure =
            new PostgresStoreException(
                "cannot save the end of " + p.what + ": " + atCommit.getMessage(), atCommit);
      }
    }
  }

  private static void rollBack(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Writes each end of a batch that failed before its commit on its own. */
  private void fallBack(List<Pending> batch) {
    for (Pending p : batch) {
      p.result = null;
      alone(p);
      count(1);
    }
  }

  private static void alone(Pending p) {
    try {
      p.result = p.alone.get();
    } catch (RuntimeException e) {
      p.failure = e;
    }
  }

  private void count(int batchEnds) {
    synchronized (lock) {
      transactions++;
      ends += batchEnds;
    }
  }

  /** Transactions written so far, batches and ends alone; for tests. */
  long transactions() {
    synchronized (lock) {
      return transactions;
    }
  }

  /** Ends waiting for a transaction; for tests. */
  int waiting() {
    synchronized (lock) {
      return waiting.size();
    }
  }

  /** Ends written so far; for tests. */
  long ends() {
    synchronized (lock) {
      return ends;
    }
  }

  /** An end waiting to be written, then its result or failure. */
  private static final class Pending {
    final String what;
    // The end, when it claims nothing (written with the others of its batch in one statement).
    final Ending ending;
    final Step step;
    final Supplier<EndingAndClaims> alone;
    // Set for an end submitted without waiting (submit); null for one a worker waits for (save).
    CompletableFuture<EndingAndClaims> future;
    boolean taken;
    boolean done;
    EndingAndClaims result;
    RuntimeException failure;

    Pending(String what, Ending ending, Step step, Supplier<EndingAndClaims> alone) {
      this.what = what;
      this.ending = ending;
      this.step = step;
      this.alone = alone;
    }

    EndingAndClaims outcome() {
      if (failure != null) {
        throw failure;
      }
      if (result == null) {
        throw new IllegalStateException("the end of " + what + " was not written");
      }
      return result;
    }
  }
}
