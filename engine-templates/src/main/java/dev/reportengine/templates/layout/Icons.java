package dev.reportengine.templates.layout;

import java.util.List;

/**
 * The icon names cards use, a subset of the Lucide/Feather set so hosts can map them one to one;
 * documented in {@code docs/templates.md}.
 */
public final class Icons {

  public static final String CLOCK = "clock";
  public static final String PIE_CHART = "pie-chart";
  public static final String GAUGE = "gauge";
  public static final String REPEAT = "repeat";
  public static final String HELP_CIRCLE = "help-circle";
  public static final String TYPE = "type";
  public static final String USER = "user";
  public static final String USERS = "users";
  public static final String MIC = "mic";
  public static final String HOURGLASS = "hourglass";
  public static final String ACTIVITY = "activity";
  public static final String TARGET = "target";
  public static final String CHECK_CIRCLE = "check-circle";
  public static final String CIRCLE = "circle";
  public static final String FLAG = "flag";
  public static final String ALERT_TRIANGLE = "alert-triangle";
  public static final String MESSAGE = "message-circle";
  public static final String BOOK = "book-open";
  public static final String HASH = "hash";
  public static final String SMILE = "smile";

  /** Every icon name used. */
  public static final List<String> ALL =
      List.of(
          CLOCK,
          PIE_CHART,
          GAUGE,
          REPEAT,
          HELP_CIRCLE,
          TYPE,
          USER,
          USERS,
          MIC,
          HOURGLASS,
          ACTIVITY,
          TARGET,
          CHECK_CIRCLE,
          CIRCLE,
          FLAG,
          ALERT_TRIANGLE,
          MESSAGE,
          BOOK,
          HASH,
          SMILE);

  private Icons() {}
}
