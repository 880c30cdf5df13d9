package dev.reportengine.core.internal.json;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.CreateReportJobResponse;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.Violation;
import dev.reportengine.api.json.JsonText;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.RequestRules;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * The implementation behind {@link dev.reportengine.core.ContractJson}; see it for the contract.
 * Thread-safe.
 */
public final class JsonCodec {
  private final JsonParsing parsing = new JsonParsing();

  /** A codec; it holds one configured, thread-safe parser. */
  public JsonCodec() {}

  /** Parses, validates and decodes a create-job request. */
  public CreateReportJobRequest readRequest(String json, RequestRules rules) {
    JsonNode body = parsing.parse(json);
    List<Violation> violations = RequestValidator.validate(body, rules);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    return RequestDecoder.decode(body);
  }

  /**
   * Like {@link #readRequest(String, RequestRules)}, first refusing bodies over {@code maxBytes}.
   */
  public CreateReportJobRequest readRequest(String json, RequestRules rules, int maxBytes) {
    long size = Utf8.length(json);
    if (size > maxBytes) {
      throw Violations.single(
          Pointer.ROOT,
          ViolationCode.TOO_LARGE,
          "the request body has " + size + " bytes; at most " + maxBytes + " are accepted");
    }
    return readRequest(json, rules);
  }

  /**
   * Reads a request that was validated before it was written (a stored one), without checking it
   * against the template rules again.
   *
   * @throws IllegalArgumentException if the text is not such a request
   */
  public CreateReportJobRequest readValidatedRequest(String json) {
    try {
      return RequestDecoder.decode(parsing.parse(json));
    } catch (InvalidRequestException | NullPointerException | java.util.NoSuchElementException e) {
      throw new IllegalArgumentException("not a valid create-job request: " + e.getMessage(), e);
    }
  }

  /** Every violation of a request built in Java. */
  public List<Violation> validate(CreateReportJobRequest request, RequestRules rules) {
    return RequestValidator.validate(RequestEncoder.encode(request), rules);
  }

  /** Writes a request. */
  public String writeRequest(CreateReportJobRequest request) {
    return text(RequestEncoder.encode(request));
  }

  /** Writes a create-job response. */
  public String writeResponse(CreateReportJobResponse response) {
    return text(ResponseEncoder.response(response));
  }

  /** Writes a report. */
  public String writeReport(Report report) {
    return text(ReportEncoder.encode(report));
  }

  /** Reads a report strictly. */
  public Report readReport(String json) {
    return ReportDecoder.decode(parsing.parse(json));
  }

  /** Writes a job snapshot. */
  public String writeJob(JobSnapshot job) {
    return text(JobEncoder.encode(job));
  }

  /** Reads a job snapshot strictly. */
  public JobSnapshot readJob(String json) {
    return JobDecoder.decode(parsing.parse(json));
  }

  /** Writes a JSON value. */
  public String writeValue(JsonValue value) {
    return JsonText.pretty(value);
  }

  /** Reads a JSON value. */
  public JsonValue readValue(String json) {
    return JsonValues.fromNode(parsing.parse(json));
  }

  /** Writes an error body. */
  public String writeError(
      ErrorCode code, String message, List<Violation> violations, OptionalLong retryAfterSec) {
    return text(ResponseEncoder.error(code, message, violations, retryAfterSec));
  }

  /** Writes a page of jobs. */
  public String writeJobPage(JobPage page) {
    return text(ResponseEncoder.page(page));
  }

  /**
   * The text of an encoded tree, written by the engine's one JSON writer ({@link JsonText}).
   *
   * @throws IllegalArgumentException for a number JSON cannot represent (NaN, an infinity)
   */
  private static String text(JsonNode tree) {
    return JsonText.pretty(JsonValues.fromNode(tree));
  }
}
