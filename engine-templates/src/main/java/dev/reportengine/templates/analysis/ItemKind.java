package dev.reportengine.templates.analysis;

import java.util.Arrays;
import java.util.Locale;

/** What a sentence found by a phrase pattern is. */
public enum ItemKind {
  ACTION_ITEM,
  NEXT_STEP,
  DECISION,
  OPEN_QUESTION,
  RISK;

  /** The snake_case name used in resource files and reports, such as {@code action_item}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this snake_case name.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static ItemKind fromWireName(String name) {
    return Arrays.stream(values())
        .filter(k -> k.wireName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown item kind ["
                        + name
                        + "]; known: "
                        + Arrays.stream(values()).map(ItemKind::wireName).toList()));
  }
}
