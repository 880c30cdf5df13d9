package dev.reportengine.spring;

import dev.reportengine.api.spi.EngineObserver;
import java.util.List;

/** Tells several observers, in order: the engine takes one, the context may hold several. */
final class CompositeEngineObserver implements EngineObserver {

  private final List<EngineObserver> observers;

  CompositeEngineObserver(List<EngineObserver> observers) {
    this.observers = List.copyOf(observers);
  }

  /** One observer as it is, several combined, none as {@link EngineObserver#NONE}. */
  static EngineObserver of(List<EngineObserver> observers) {
    return switch (observers.size()) {
      case 0 -> EngineObserver.NONE;
      case 1 -> observers.get(0);
      default -> new CompositeEngineObserver(observers);
    };
  }

  @Override
  public void attached(EngineState state) {
    observers.forEach(o -> o.attached(state));
  }

  @Override
  public StageScope stageStarted(StageContext context) {
    List<StageScope> scopes = observers.stream().map(o -> o.stageStarted(context)).toList();
    return error -> scopes.forEach(s -> s.ended(error));
  }

  @Override
  public void jobEnded(JobEndContext context) {
    observers.forEach(o -> o.jobEnded(context));
  }

  @Override
  public void webhookAttempted(WebhookContext context) {
    observers.forEach(o -> o.webhookAttempted(context));
  }

  @Override
  public String toString() {
    return "CompositeEngineObserver" + observers;
  }
}
