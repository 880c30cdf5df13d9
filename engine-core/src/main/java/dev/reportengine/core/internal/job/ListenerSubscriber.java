package dev.reportengine.core.internal.job;

import dev.reportengine.api.JobEvent;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/** Adapts a {@link Consumer} listener to a subscriber with unbounded demand. */
final class ListenerSubscriber implements Flow.Subscriber<JobEvent> {

  private final Consumer<JobEvent> listener;

  ListenerSubscriber(Consumer<JobEvent> listener) {
    this.listener = listener;
  }

  private static final System.Logger LOG = System.getLogger(ListenerSubscriber.class.getName());

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(JobEvent event) {
    try {
      listener.accept(event);
    } catch (RuntimeException e) {
      // A listener's failure must not stop its later events (documented on JobHandle.onEvent);
      // it is logged so that it leaves a trace.
      LOG.log(
          System.Logger.Level.WARNING,
          "job event listener failed on " + event.status() + " of job " + event.jobId(),
          e);
    }
  }

  @Override
  public void onError(Throwable error) {
    // Listeners request unbounded demand, so the publisher never signals an error to them.
  }

  @Override
  public void onComplete() {
    // The terminal event was the last one the listener saw.
  }
}
