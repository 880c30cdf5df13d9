package dev.reportengine.api;

import java.util.Optional;

/**
 * The report templates the v1 contract names ({@code output.template}). Whether a template can be
 * used depends on the engine: only registered templates are accepted at submit.
 */
public enum Template {
  SALES_PLAYBOOK("sales_playbook"),
  GENERAL_REPORT("general_report"),
  HIRING_REPORT("hiring_report"),
  PROFILE_ALIGNMENT("profile_alignment");

  private final String wireName;

  Template(String wireName) {
    this.wireName = wireName;
  }

  /** The contract's name for this template, such as {@code general_report}. */
  public String wireName() {
    return wireName;
  }

  /** Returns the template with the given contract name, if there is one. */
  public static Optional<Template> fromWireName(String name) {
    for (Template value : VALUES) {
      if (value.wireName.equals(name)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The constants, made once: {@code values()} copies them on every call. */
  private static final Template[] VALUES = values();

  @Override
  public String toString() {
    return wireName;
  }
}
