package dev.reportengine.core.internal.json;

import dev.reportengine.api.OnMiss;
import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.json.JsonText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks {@code target}: the schema's rules, then what each strategy needs ({@code timerange},
 * {@code entity_id} or {@code hint}) and that no other strategy's field is given.
 */
final class TargetValidator {
  private static final Pointer HERE = Pointer.ROOT.child("target");
  private static final List<String> FIELDS =
      List.of("strategy", "on_miss", "timerange", "hint", "entity_id");
  private static final List<String> STRATEGIES =
      Arrays.stream(TargetStrategy.values()).map(TargetStrategy::wireName).toList();
  private static final List<String> ON_MISS =
      Arrays.stream(OnMiss.values()).map(OnMiss::wireName).toList();

  private TargetValidator() {}

  static void validate(JsonNode node, FieldChecks checks) {
    checks.object(node, HERE).ifPresent(target -> validateTarget(target, checks));
  }

  private static void validateTarget(ObjectNode target, FieldChecks checks) {
    checks.knownFields(target, HERE, FIELDS);
    Optional<TargetStrategy> strategy =
        checks
            .required(target, HERE, "strategy")
            .flatMap(name -> checks.oneOf(name, HERE.child("strategy"), STRATEGIES))
            .flatMap(TargetStrategy::fromWireName);
    FieldChecks.member(target, "on_miss")
        .ifPresent(policy -> checks.oneOf(policy, HERE.child("on_miss"), ON_MISS));
    FieldChecks.nonNull(target, "timerange")
        .flatMap(range -> checks.object(range, HERE.child("timerange")))
        .ifPresent(range -> TimeRangeValidator.validate(range, HERE.child("timerange"), checks));
    FieldChecks.nonNull(target, "hint")
        .ifPresent(hint -> checks.string(hint, HERE.child("hint"), 1, 1024));
    FieldChecks.nonNull(target, "entity_id")
        .ifPresent(id -> checks.id(id, HERE.child("entity_id"), 1, 256));
    strategy.ifPresent(
        chosen -> {
          requireOwnField(target, chosen, checks);
          rejectOtherFields(target, chosen, checks);
        });
  }

  private static void requireOwnField(
      ObjectNode target, TargetStrategy strategy, FieldChecks checks) {
    String field = fieldOf(strategy);
    if (field != null && FieldChecks.nonNull(target, field).isEmpty()) {
      Pointer at = HERE.child(field);
      checks.add(
          at,
          ViolationCode.REQUIRED,
          checks.name(at) + " is required when target.strategy is " + strategy.wireName());
    }
  }

  private static void rejectOtherFields(
      ObjectNode target, TargetStrategy strategy, FieldChecks checks) {
    for (TargetStrategy other : TargetStrategy.values()) {
      String field = fieldOf(other);
      if (other != strategy && field != null && FieldChecks.nonNull(target, field).isPresent()) {
        Pointer at = HERE.child(field);
        checks.add(
            at,
            ViolationCode.NOT_APPLICABLE,
            checks.name(at)
                + " is used only with target.strategy "
                + other.wireName()
                + ", but the strategy is "
                + strategy.wireName()
                + "; remove it or set it to null");
      }
    }
  }

  /** The member that only {@code strategy} uses, or null when it uses none. */
  private static String fieldOf(TargetStrategy strategy) {
    return switch (strategy) {
      case DOMINANT -> null;
      case TIMERANGE -> "timerange";
      case ENTITY_ID -> "entity_id";
      case MAGIC_HINT -> "hint";
    };
  }

  /** The bounds of {@code target.timerange}: numbers of at least 0, one given, start <= end. */
  private static final class TimeRangeValidator {
    private static final List<String> BOUNDS = List.of("start_seconds", "end_seconds");

    static void validate(ObjectNode range, Pointer here, FieldChecks checks) {
      checks.knownFields(range, here, BOUNDS);
      Optional<JsonNode> startNode = FieldChecks.nonNull(range, "start_seconds");
      Optional<JsonNode> endNode = FieldChecks.nonNull(range, "end_seconds");
      Pointer startAt = here.child("start_seconds");
      Optional<BigDecimal> start =
          startNode.flatMap(n -> checks.number(n, startAt, BigDecimal.ZERO, null));
      Optional<BigDecimal> end =
          endNode.flatMap(n -> checks.number(n, here.child("end_seconds"), BigDecimal.ZERO, null));
      if (startNode.isEmpty() && endNode.isEmpty()) {
        checks.add(
            here,
            ViolationCode.TIMERANGE_BOUNDS,
            checks.name(here) + " needs at least one of start_seconds and end_seconds");
      } else if (start.isPresent() && end.isPresent() && start.get().compareTo(end.get()) > 0) {
        checks.add(
            startAt,
            ViolationCode.TIMERANGE_ORDER,
            checks.name(startAt)
                + " ("
                + JsonText.number(start.get())
                + ") must not be after end_seconds ("
                + JsonText.number(end.get())
                + ")");
      }
    }
  }
}
