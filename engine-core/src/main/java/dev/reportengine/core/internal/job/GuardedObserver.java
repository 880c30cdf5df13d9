package dev.reportengine.core.internal.job;

import dev.reportengine.api.spi.EngineObserver;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * Calls the host's observer; what it throws while jobs run is logged, never passed on to a job or a
 * delivery.
 */
public final class GuardedObserver implements EngineObserver {

  private static final System.Logger LOG = System.getLogger(GuardedObserver.class.getName());

  private final EngineObserver observer;

  /** Guards {@code observer}. */
  public GuardedObserver(EngineObserver observer) {
    this.observer = observer;
  }

  /** Not guarded: it runs in {@code build()}, which fails with what it throws. */
  @Override
  public void attached(EngineState state) {
    observer.attached(state);
  }

  @Override
  public StageScope stageStarted(StageContext context) {
    StageScope scope = call("stageStarted", () -> observer.stageStarted(context));
    if (scope == null) {
      return StageScope.NONE;
    }
    return error -> run("StageScope.ended", () -> scope.ended(error));
  }

  @Override
  public void jobEnded(JobEndContext context) {
    run("jobEnded", () -> observer.jobEnded(context));
  }

  @Override
  public void webhookAttempted(WebhookContext context) {
    run("webhookAttempted", () -> observer.webhookAttempted(context));
  }

  private void run(String method, Runnable call) {
    call(
        method,
        () -> {
          call.run();
          return null;
        });
  }

  private <T> T call(String method, Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "engine observer " + observer + " failed in " + method, e);
      return null;
    }
  }
}
