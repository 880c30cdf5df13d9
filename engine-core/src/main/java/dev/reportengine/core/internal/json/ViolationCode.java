package dev.reportengine.core.internal.json;

import java.util.Locale;

/** The stable codes of {@link dev.reportengine.api.Violation}s; each is documented in docs. */
enum ViolationCode {
  INVALID_JSON,
  TOO_LARGE,
  TYPE,
  REQUIRED,
  UNKNOWN_FIELD,
  ENUM,
  MIN_LENGTH,
  MAX_LENGTH,
  INVALID_CHARACTER,
  MINIMUM,
  MAXIMUM,
  NUMBER_RANGE,
  FORMAT,
  SCHEME,
  RESERVED_HEADER,
  TIMERANGE_BOUNDS,
  TIMERANGE_ORDER,
  NOT_APPLICABLE,
  TEMPLATE_NOT_AVAILABLE,
  UNKNOWN_PARAMETER,
  PARAMETER_TYPE,
  PARAMETER_RANGE,
  TOO_MANY_VIOLATIONS;

  /** The code as it appears in a violation, such as {@code unknown_field}. */
  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
