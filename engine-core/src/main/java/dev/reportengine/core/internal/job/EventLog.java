package dev.reportengine.core.internal.job;

import dev.reportengine.api.JobEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

/**
 * A job's events, kept in order, published to any number of subscribers. Appending never waits for
 * a subscriber: each subscription reads the history at its own pace on the delivery executor, so a
 * late subscriber gets the whole history and a slow one delays only itself. Thread-safe.
 */
final class EventLog implements Flow.Publisher<JobEvent> {

  private final Executor delivery;
  private final List<JobEvent> history = new ArrayList<>();
  private final List<EventSubscription> subscriptions = new ArrayList<>();

  EventLog(Executor delivery) {
    this.delivery = delivery;
  }

  /** Adds an event and wakes every subscription; after a terminal event nothing more is added. */
  void append(JobEvent event) {
    List<EventSubscription> wake;
    synchronized (this) {
      history.add(event);
      wake = List.copyOf(subscriptions);
      if (event.status().isTerminal()) {
        subscriptions.clear();
      }
    }
    wake.forEach(EventSubscription::signal);
  }

  /** Whether anyone is subscribed to the events still to come. */
  synchronized boolean hasSubscribers() {
    return !subscriptions.isEmpty();
  }

  synchronized int size() {
    return history.size();
  }

  synchronized JobEvent get(int index) {
    return history.get(index);
  }

  synchronized void remove(EventSubscription subscription) {
    subscriptions.remove(subscription);
  }

  @Override
  public void subscribe(Flow.Subscriber<? super JobEvent> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    EventSubscription subscription = new EventSubscription(this, subscriber, delivery);
    synchronized (this) {
      boolean ended = !history.isEmpty() && history.get(history.size() - 1).status().isTerminal();
      if (!ended) {
        subscriptions.add(subscription);
      }
    }
    subscription.signal();
  }
}
