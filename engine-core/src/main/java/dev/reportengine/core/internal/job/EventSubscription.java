package dev.reportengine.core.internal.job;

import dev.reportengine.api.JobEvent;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber's view of an {@link EventLog}: a cursor into the history and the demand the
 * subscriber signalled. Signals run serially on the delivery executor (a work-in-progress counter
 * makes sure at most one drain runs at a time), never on the thread that appended an event.
 */
final class EventSubscription implements Flow.Subscription {

  private static final System.Logger LOG = System.getLogger(EventSubscription.class.getName());

  private final EventLog log;
  private final Flow.Subscriber<? super JobEvent> subscriber;
  private final Executor delivery;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger wip = new AtomicInteger();
  private volatile boolean canceled;
  private volatile boolean badRequest;
  private volatile long badN;
  private boolean subscribed;
  private boolean done;
  private int next;

  EventSubscription(EventLog log, Flow.Subscriber<? super JobEvent> subscriber, Executor delivery) {
    this.log = log;
    this.subscriber = subscriber;
    this.delivery = delivery;
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      badN = n;
      badRequest = true;
    } else {
      demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
    }
    signal();
  }

  @Override
  public void cancel() {
    canceled = true;
    log.remove(this);
  }

  /** Schedules a drain unless one is running; the running one sees the new state. */
  void signal() {
    if (wip.getAndIncrement() == 0) {
      try {
        delivery.execute(this::drain);
      } catch (RejectedExecutionException e) {
        // The engine has closed its event threads; nothing more is delivered.
        cancel();
      }
    }
  }

  private void drain() {
    int missed = 1;
    do {
      try {
        deliver();
      } catch (RuntimeException e) {
        // A subscriber must not throw (Reactive Streams 2.13); one that does is dropped, and
        // logged so that it leaves a trace.
        LOG.log(System.Logger.Level.WARNING, "job event subscriber failed and was dropped", e);
        cancel();
      }
      missed = wip.addAndGet(-missed);
    } while (missed != 0);
  }

  private void deliver() {
    if (!subscribed) {
      subscribed = true;
      subscriber.onSubscribe(this);
    }
    if (canceled || done) {
      return;
    }
    if (badRequest) {
      done = true;
      cancel();
      subscriber.onError(
          new IllegalArgumentException(
              "request(n) needs a positive n (Reactive Streams 3.9), got " + badN));
      return;
    }
    while (!canceled && demand.get() > 0 && next < log.size()) {
      JobEvent event = log.get(next++);
      if (demand.get() != Long.MAX_VALUE) {
        demand.decrementAndGet();
      }
      subscriber.onNext(event);
      if (event.status().isTerminal()) {
        done = true;
        log.remove(this);
        subscriber.onComplete();
        return;
      }
    }
  }
}
