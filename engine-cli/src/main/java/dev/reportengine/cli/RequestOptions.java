package dev.reportengine.cli;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.ContractJson;
import picocli.CommandLine.Option;

/**
 * The request options shared by {@code generate} and {@code batch} ({@code --target}, {@code
 * --on-miss}, {@code --params}), mixed in with picocli's {@code @Mixin}, and the request body they
 * make. {@code --template} stays with each command: {@code batch} requires it, {@code generate}
 * only with {@code --media}.
 */
final class RequestOptions {

  @Option(
      names = "--target",
      paramLabel = "TARGET",
      description = "dominant (default), entity:ID, hint:TEXT or range:START-END.")
  String target;

  @Option(names = "--on-miss", paramLabel = "POLICY", description = "error or fallback_dominant.")
  String onMiss;

  @Option(names = "--params", paramLabel = "JSON", description = "templateParams as a JSON object.")
  String params;

  /** Whether any of these options was given. */
  boolean anyGiven() {
    return target != null || onMiss != null || params != null;
  }

  /**
   * The request's {@code target} object; {@code dominant} when {@code --target} is absent.
   *
   * @throws IllegalArgumentException naming {@code --target}, its value and the accepted forms
   */
  JsonValue.JsonObject targetJson() {
    return TargetOption.parse(target == null ? "dominant" : target, onMiss);
  }

  /**
   * {@code --params} read as JSON, or null when it is absent.
   *
   * @throws RuntimeException from the JSON reader when the value is not JSON
   */
  JsonValue paramsJson() {
    return params == null ? null : ContractJson.create().readValue(params);
  }

  /**
   * A request body for {@code mediaId} with the given template, target and template parameters
   * (null to omit them); the caller may add more fields before building it.
   */
  static JsonValue.JsonObject.Builder body(
      String mediaId, String template, JsonValue.JsonObject targetJson, JsonValue paramsJson) {
    JsonValue.JsonObject.Builder output = JsonValue.JsonObject.builder().put("template", template);
    if (paramsJson != null) {
      output.put("templateParams", paramsJson);
    }
    return JsonValue.JsonObject.builder()
        .put("media", JsonValue.JsonObject.builder().put("mediaId", mediaId).build())
        .put("output", output.build())
        .put("target", targetJson);
  }
}
