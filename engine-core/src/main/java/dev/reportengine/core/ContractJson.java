package dev.reportengine.core;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.CreateReportJobResponse;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.Violation;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.internal.json.JsonCodec;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The Reports v1 contract as JSON text: reads and validates create-job requests, and reads and
 * writes reports, job snapshots, responses and error bodies exactly as the schemas spell them.
 * Immutable and thread-safe; make one with {@link #create()} and share it.
 *
 * <pre>{@code
 * ContractJson json = ContractJson.create();
 * try {
 *   CreateReportJobRequest request = json.readRequest(body, rules);
 * } catch (InvalidRequestException e) {
 *   return badRequest(json.writeError(ErrorCode.INVALID_REQUEST, e.getMessage(), e.violations()));
 * }
 * }</pre>
 *
 * <p>Reading is strict: duplicate keys, unknown members at any depth, missing, mistyped or
 * out-of-range values are reported as {@link Violation}s, each with a JSON Pointer, a stable code
 * (listed in {@code docs/validation.md}) and a message; every violation is reported, up to 100.
 * Numbers keep their exact decimal value. Writing is deterministic: the same value always gives the
 * same text, indented by two spaces, members in the schema's order, absent optionals omitted
 * (except {@code entity.label}, written as null), instants as ISO-8601, webhook headers sorted by
 * name. A report round-trips: {@code readReport(writeReport(r)).equals(r)}, except that free JSON
 * {@link SectionContent} shaped like a block reads back as that block, and {@code -0.0} as {@code
 * 0.0}.
 */
public final class ContractJson {
  private final JsonCodec codec;

  private ContractJson(JsonCodec codec) {
    this.codec = codec;
  }

  /** A codec for the v1 contract. */
  public static ContractJson create() {
    return new ContractJson(new JsonCodec());
  }

  /**
   * Parses and validates the body of {@code POST /v1/reports/jobs}. An omitted {@code
   * target.on_miss} means {@code error}.
   *
   * @param json the body
   * @param rules the templates this engine offers and their parameters
   * @return the request, valid under {@code rules}
   * @throws InvalidRequestException with every violation; unparseable JSON (including duplicate
   *     keys and nesting deeper than 200) is one {@code invalid_json} violation at {@code ""} whose
   *     message gives the line and column
   */
  public CreateReportJobRequest readRequest(String json, RequestRules rules) {
    return codec.readRequest(
        Objects.requireNonNull(json, "json"), Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Like {@link #readRequest(String, RequestRules)}, but first refuses a body of more than {@code
   * maxBytes} UTF-8 bytes with one {@code too_large} violation at {@code ""}, without parsing it.
   */
  public CreateReportJobRequest readRequest(String json, RequestRules rules, int maxBytes) {
    return codec.readRequest(
        Objects.requireNonNull(json, "json"), Objects.requireNonNull(rules, "rules"), maxBytes);
  }

  /**
   * Checks a request built in Java by the same rules as {@link #readRequest(String, RequestRules)}:
   * it is written as JSON and run through the same validator.
   *
   * @return every violation, in request order; empty when the request is valid
   */
  public List<Violation> validate(CreateReportJobRequest request, RequestRules rules) {
    return codec.validate(
        Objects.requireNonNull(request, "request"), Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Writes a request as the contract's JSON, {@code on_miss} included, whether or not it is valid.
   *
   * @throws IllegalArgumentException if a time bound is NaN or infinite
   */
  public String writeRequest(CreateReportJobRequest request) {
    return codec.writeRequest(Objects.requireNonNull(request, "request"));
  }

  /**
   * Writes the {@code 202} body of a create-job call.
   *
   * @throws IllegalArgumentException if {@code estimatedWaitSec} is NaN or infinite
   */
  public String writeResponse(CreateReportJobResponse response) {
    return codec.writeResponse(Objects.requireNonNull(response, "response"));
  }

  /**
   * Writes a report ({@code GET /v1/reports/{id}}).
   *
   * @throws IllegalArgumentException if {@code pdfUrl} or {@code reportUrl} is not absolute
   */
  public String writeReport(Report report) {
    return codec.writeReport(Objects.requireNonNull(report, "report"));
  }

  /**
   * Reads a report strictly against the report schema.
   *
   * @throws InvalidRequestException with a violation for every unknown, missing or malformed member
   */
  public Report readReport(String json) {
    return codec.readReport(Objects.requireNonNull(json, "json"));
  }

  /**
   * Writes a job snapshot ({@code GET /v1/jobs/{jobId}}) as described by {@code
   * docs/contracts/job.schema.json}.
   *
   * @throws IllegalArgumentException if {@code estimatedWaitSec} is NaN or infinite
   */
  public String writeJob(JobSnapshot job) {
    return codec.writeJob(Objects.requireNonNull(job, "job"));
  }

  /**
   * Reads a job snapshot strictly against {@code docs/contracts/job.schema.json}.
   *
   * @throws InvalidRequestException with a violation for every unknown, missing or malformed member
   */
  public JobSnapshot readJob(String json) {
    return codec.readJob(Objects.requireNonNull(json, "json"));
  }

  /** Writes any JSON value, members in their order. */
  public String writeValue(JsonValue value) {
    return codec.writeValue(Objects.requireNonNull(value, "value"));
  }

  /**
   * Reads any JSON value, keeping member order and exact numbers.
   *
   * @throws InvalidRequestException with one {@code invalid_json} violation if it does not parse
   */
  public JsonValue readValue(String json) {
    return codec.readValue(Objects.requireNonNull(json, "json"));
  }

  /**
   * Writes an error body as described by {@code docs/contracts/error.schema.json}: {@code
   * {"error":{"code","message","violations"}}}, {@code violations} omitted when empty.
   */
  public String writeError(ErrorCode code, String message, List<Violation> violations) {
    return writeError(code, message, violations, OptionalLong.empty());
  }

  /**
   * Writes an error body with, for {@code overloaded}, a {@code retryAfterSec} estimate: {@code
   * {"error":{"code","message","retryAfterSec","violations"}}}.
   */
  public String writeError(
      ErrorCode code, String message, List<Violation> violations, OptionalLong retryAfterSec) {
    return codec.writeError(
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(message, "message"),
        List.copyOf(violations),
        Objects.requireNonNull(retryAfterSec, "retryAfterSec"));
  }

  /**
   * Writes a page of jobs ({@code GET /v1/jobs}) as described by {@code
   * docs/contracts/job-list.schema.json}: {@code {"jobs":[...],"nextCursor"}}, {@code nextCursor}
   * omitted on the last page.
   */
  public String writeJobPage(JobPage page) {
    return codec.writeJobPage(Objects.requireNonNull(page, "page"));
  }
}
