package dev.reportengine.postgres;

import dev.reportengine.api.spi.JobClaims.EndingAndClaims;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
 * stays per job, since each statement has its own {@code WHERE id = ? AND owner = ? AND status =
 * 'running'}, so a job whose lease was lost is saved by none of it and returns false while the
 * others of its batch are saved. The workers that end jobs while {@link #MAX_IN_FLIGHT}
 * transactions are in flight wait for one of them to commit, then one of them leads the next batch,
 * with all the others that waited. Nothing sleeps to gather a batch: an end alone is written at
 * once, in its own single statement as before; batches form exactly when ends arrive while a commit
 * waits for the disk, which is when sharing its flush pays.
 *
 * <p>A statement that fails in a batch (a deadlock with another engine's requeue, say) rolls the
 * batch back, and each of its ends is then written alone, in its own transaction, so that one bad
 * end fails only its own worker. A failure of the commit itself is reported to every end of the
 * batch: the commit may have happened, and writing an end again would find it fenced out. Why not
 * PostgreSQL's own {@code commit_delay} and {@code commit_siblings}: they are server settings
 * ({@code commit_delay} needs a superuser) that a host embedding the engine often cannot change,
 * and they make every commit sleep when enough backends are active, whereas this waits only for a
 * flush that is already in flight.
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

  private final DataSource dataSource;
  private final Object lock = new Object();
  private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
  private int writing;
  private long transactions;
  private long ends;

  PostgresEndingGroup(DataSource dataSource) {
    this.dataSource = dataSource;
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
    Pending mine = new Pending(what, step, alone);
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
      try {
        write(batch);
      } finally {
        synchronized (lock) {
          for (Pending p : batch) {
            p.done = true;
          }
          writing--;
          lock.notifyAll();
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return mine.outcome();
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
        for (Pending p : batch) {
          p.result = p.step.run(c);
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

  /** Ends written so far; for tests. */
  long ends() {
    synchronized (lock) {
      return ends;
    }
  }

  /** An end waiting to be written, then its result or failure. */
  private static final class Pending {
    final String what;
    final Step step;
    final Supplier<EndingAndClaims> alone;
    boolean taken;
    boolean done;
    EndingAndClaims result;
    RuntimeException failure;

    Pending(String what, Step step, Supplier<EndingAndClaims> alone) {
      this.what = what;
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
