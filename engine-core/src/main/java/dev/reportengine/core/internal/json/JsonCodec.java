package dev.reportengine.core.internal.json;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.CreateReportJobResponse;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.Violation;
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
    try {
      List<Violation> violations = RequestValidator.validate(body, rules);
      if (!violations.isEmpty()) {
        throw new InvalidRequestException(violations);
      }
      return RequestDecoder.decode(body);
    } catch (NumberFormatException | ArithmeticException | tools.jackson.core.JacksonException e) {
      // A number whose exponent no decimal type holds ("1e2147483648"), found when the validator
      // first reads its value: name where it is.
      throw Violations.single(
          unrepresentable(body, Pointer.ROOT),
          ViolationCode.NUMBER_RANGE,
          "the number cannot be represented (its exponent is out of range)");
    }
  }

  /** Larger exponents are out of range for every number of the contract. */
  private static final int MAX_SCALE = 10_000;

  /** The first number under {@code node} that has no exact decimal value, else {@code at}. */
  private static Pointer unrepresentable(JsonNode node, Pointer at) {
    if (node.isNumber()) {
      try {
        int scale = node.decimalValue().scale();
        return Math.abs((long) scale) > MAX_SCALE ? at : null;
      } catch (RuntimeException e) {
        return at;
      }
    }
    if (node.isObject()) {
      for (var entry : node.properties()) {
        Pointer found = unrepresentable(entry.getValue(), at.child(entry.getKey()));
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Pointer found = unrepresentable(node.get(i), at.index(i));
        if (found != null) {
          return found;
        }
      }
    }
    return at == Pointer.ROOT ? Pointer.ROOT : null;
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
    return PrettyJson.write(RequestEncoder.encode(request));
  }

  /** Writes a create-job response. */
  public String writeResponse(CreateReportJobResponse response) {
    return PrettyJson.write(ResponseEncoder.response(response));
  }

  /** Writes a report. */
  public String writeReport(Report report) {
    return PrettyJson.write(ReportEncoder.encode(report));
  }

  /** Reads a report strictly. */
  public Report readReport(String json) {
    return ReportDecoder.decode(parsing.parse(json));
  }

  /** Writes a job snapshot. */
  public String writeJob(JobSnapshot job) {
    return PrettyJson.write(JobEncoder.encode(job));
  }

  /** Reads a job snapshot strictly. */
  public JobSnapshot readJob(String json) {
    return JobDecoder.decode(parsing.parse(json));
  }

  /** Writes a JSON value. */
  public String writeValue(JsonValue value) {
    return PrettyJson.write(JsonValues.toNode(value));
  }

  /** Reads a JSON value. */
  public JsonValue readValue(String json) {
    return JsonValues.fromNode(parsing.parse(json));
  }

  /** Writes an error body. */
  public String writeError(
      ErrorCode code, String message, List<Violation> violations, OptionalLong retryAfterSec) {
    return PrettyJson.write(ResponseEncoder.error(code, message, violations, retryAfterSec));
  }

  /** Writes a page of jobs. */
  public String writeJobPage(JobPage page) {
    return PrettyJson.write(ResponseEncoder.page(page));
  }
}
