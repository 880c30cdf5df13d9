package dev.reportengine.testkit;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A media source that holds each load at a gate while the gate is closed, so that a test can keep
 * the engine's workers busy (to fill the queue, to cancel a running job) for as long as it wants,
 * with real jobs and without sleeping. Loads pass straight through while the gate is open; a load
 * held longer than two minutes goes on anyway, so a forgotten gate cannot hang a build.
 *
 * <pre>{@code
 * GatedMediaSource media = GatedMediaSource.closed(MediaSources.directory(dir));
 * engine.submit(request);                              // its worker waits in load_media
 * assertThat(media.awaitHeld(1, Duration.ofSeconds(60))).isTrue();
 * media.open();                                        // it goes on
 * }</pre>
 *
 * Thread-safe.
 */
public final class GatedMediaSource implements MediaSource {

  private static final long HOLD_AT_MOST_SECONDS = 120;

  private final MediaSource delegate;
  private final Semaphore held = new Semaphore(0);
  private volatile CountDownLatch gate;

  private GatedMediaSource(MediaSource delegate, boolean open) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.gate = new CountDownLatch(open ? 0 : 1);
  }

  /** A source whose gate is closed: every load waits until {@link #open()}. */
  public static GatedMediaSource closed(MediaSource delegate) {
    return new GatedMediaSource(delegate, false);
  }

  /** A source whose gate is open until {@link #close()}. */
  public static GatedMediaSource open(MediaSource delegate) {
    return new GatedMediaSource(delegate, true);
  }

  /** Closes the gate: loads from now on wait until {@link #open()}. */
  public void close() {
    held.drainPermits();
    if (gate.getCount() == 0) {
      gate = new CountDownLatch(1);
    }
  }

  /** Opens the gate: the held loads go on, and later loads pass straight through. */
  public void open() {
    gate.countDown();
  }

  /**
   * Waits until {@code loads} loads have reached the closed gate since it closed.
   *
   * @return whether they did within {@code timeout}
   */
  public boolean awaitHeld(int loads, Duration timeout) throws InterruptedException {
    return held.tryAcquire(loads, timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public Optional<Media> load(MediaQuery query) {
    CountDownLatch current = gate;
    if (current.getCount() > 0) {
      held.release();
      try {
        current.await(HOLD_AT_MOST_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return delegate.load(query);
  }
}
