package dev.reportengine.templates.profile;

/** How much evidence the target's speech gives for a profile item. */
enum Level {
  /** A first-person claim and at least three supporting sentences. */
  STRONG(1.0),
  /** A first-person claim, or at least two supporting sentences. */
  MODERATE(2.0 / 3),
  /** One supporting sentence and no claim. */
  LIMITED(1.0 / 3),
  /** No supporting sentence. */
  NOT_OBSERVED(0);

  private final double value;

  Level(double value) {
    this.value = value;
  }

  /** The level's value in the weighted alignment, 0..1. */
  double value() {
    return value;
  }

  /** The level one step lower (a limited level stays limited). */
  Level lower() {
    return switch (this) {
      case STRONG -> MODERATE;
      case MODERATE, LIMITED -> LIMITED;
      case NOT_OBSERVED -> NOT_OBSERVED;
    };
  }

  /** The name shown: {@code strong}, {@code not observed}. */
  String text() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
