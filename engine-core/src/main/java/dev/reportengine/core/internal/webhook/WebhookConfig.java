package dev.reportengine.core.internal.webhook;

import dev.reportengine.api.spi.WebhookSender;
import dev.reportengine.core.WebhookRetrySchedule;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What a {@link WebhookNotifier} works with. Built by name with {@link #builder()}; a null, a
 * missing part or a value out of range throws an {@link IllegalArgumentException} that names the
 * part.
 *
 * @param sender posts one attempt
 * @param ownsSender whether close closes the sender (the engine's default one)
 * @param signer signs events, when the host configured a secret
 * @param requestTimeout how long an attempt waits for response headers, positive
 * @param schedule when failed attempts are retried
 * @param guard the address policy, applied before every attempt
 * @param scheduler runs attempts off the job workers
 * @param clock for event and attempt times
 * @param ids the unique part of event ids ({@code msg_} is prefixed)
 * @param random uniform values in [0, 1) for retry jitter
 * @param nanoTime a monotonic clock for attempt durations
 */
public record WebhookConfig(
    WebhookSender sender,
    boolean ownsSender,
    Optional<WebhookSigner> signer,
    Duration requestTimeout,
    WebhookRetrySchedule schedule,
    AddressGuard guard,
    DeliveryScheduler scheduler,
    Clock clock,
    Supplier<String> ids,
    DoubleSupplier random,
    LongSupplier nanoTime) {

  /**
   * Checks that every required part is set.
   *
   * @throws IllegalArgumentException naming every part that is null, or a value out of range
   */
  public WebhookConfig {
    List<String> missing = new ArrayList<>();
    Object[] values = {
      sender, signer, requestTimeout, schedule, guard, scheduler, clock, ids, random, nanoTime
    };
    String[] names = {
      "sender",
      "signer",
      "requestTimeout",
      "schedule",
      "guard",
      "scheduler",
      "clock",
      "ids",
      "random",
      "nanoTime"
    };
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        missing.add(names[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("WebhookConfig: not set: " + String.join(", ", missing));
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException(
          "WebhookConfig: requestTimeout must be positive, was " + requestTimeout);
    }
  }

  /** A builder with nothing set but the defaults named on its setters. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sets each part of the notifier by name; a null is refused at once, a missing part at {@link
   * #build}, both with an {@link IllegalArgumentException} naming the part.
   */
  public static final class Builder {

    private WebhookSender sender;
    private boolean ownsSender;
    private Optional<WebhookSigner> signer = Optional.empty();
    private Duration requestTimeout = WebhookNotifier.REQUEST_TIMEOUT;
    private WebhookRetrySchedule schedule;
    private AddressGuard guard;
    private DeliveryScheduler scheduler;
    private Clock clock;
    private Supplier<String> ids;
    private DoubleSupplier random;
    private LongSupplier nanoTime;

    private Builder() {}

    /** Sets {@code sender}: posts one attempt; required. */
    public Builder sender(WebhookSender value) {
      this.sender = notNull(value, "sender");
      return this;
    }

    /**
     * Sets {@code ownsSender}: whether close closes the sender (the engine's default one); default
     * false.
     */
    public Builder ownsSender(boolean value) {
      this.ownsSender = value;
      return this;
    }

    /** Sets {@code signer}: signs events, when the host configured a secret; default empty. */
    public Builder signer(Optional<WebhookSigner> value) {
      this.signer = notNull(value, "signer");
      return this;
    }

    /**
     * Sets {@code requestTimeout}: how long an attempt waits for response headers, positive;
     * default {@link WebhookNotifier#REQUEST_TIMEOUT}.
     */
    public Builder requestTimeout(Duration value) {
      if (notNull(value, "requestTimeout").isNegative() || value.isZero()) {
        throw new IllegalArgumentException(
            "WebhookConfig: requestTimeout must be positive, was " + value);
      }
      this.requestTimeout = value;
      return this;
    }

    /** Sets {@code schedule}: when failed attempts are retried; required. */
    public Builder schedule(WebhookRetrySchedule value) {
      this.schedule = notNull(value, "schedule");
      return this;
    }

    /** Sets {@code guard}: the address policy, applied before every attempt; required. */
    public Builder guard(AddressGuard value) {
      this.guard = notNull(value, "guard");
      return this;
    }

    /** Sets {@code scheduler}: runs attempts off the job workers; required. */
    public Builder scheduler(DeliveryScheduler value) {
      this.scheduler = notNull(value, "scheduler");
      return this;
    }

    /** Sets {@code clock}: for event and attempt times; required. */
    public Builder clock(Clock value) {
      this.clock = notNull(value, "clock");
      return this;
    }

    /** Sets {@code ids}: the unique part of event ids ({@code msg_} is prefixed); required. */
    public Builder ids(Supplier<String> value) {
      this.ids = notNull(value, "ids");
      return this;
    }

    /** Sets {@code random}: uniform values in [0, 1) for retry jitter; required. */
    public Builder random(DoubleSupplier value) {
      this.random = notNull(value, "random");
      return this;
    }

    /** Sets {@code nanoTime}: a monotonic clock for attempt durations; required. */
    public Builder nanoTime(LongSupplier value) {
      this.nanoTime = notNull(value, "nanoTime");
      return this;
    }

    /** The WebhookConfig; see the record's constructor for what it checks. */
    public WebhookConfig build() {
      return new WebhookConfig(
          sender,
          ownsSender,
          signer,
          requestTimeout,
          schedule,
          guard,
          scheduler,
          clock,
          ids,
          random,
          nanoTime);
    }

    private static <T> T notNull(T value, String name) {
      if (value == null) {
        throw new IllegalArgumentException("WebhookConfig: " + name + " must not be null");
      }
      return value;
    }
  }
}
