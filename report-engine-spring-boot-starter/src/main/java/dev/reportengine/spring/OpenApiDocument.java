package dev.reportengine.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document of the Reports v1 routes, built from the contract's JSON Schemas (on the
 * class path under {@code dev/reportengine/spring/contracts/}). Each schema goes into {@code
 * components/schemas} as it is, except that its local references ({@code #/$defs/...}) are rebased
 * under its component so that they resolve inside the document.
 */
final class OpenApiDocument {

  /** Component name to the contract schema file it holds. */
  static final Map<String, String> SCHEMAS =
      Map.of(
          "CreateReportJobRequest", "create-report-job.request.schema.json",
          "CreateReportJobResponse", "create-report-job.response.schema.json",
          "Report", "report.schema.json",
          "Job", "job.schema.json",
          "JobList", "job-list.schema.json",
          "Error", "error.schema.json");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OpenApiDocument() {}

  /** The document as JSON bytes. */
  static byte[] bytes() {
    return JSON.writeValueAsBytes(build());
  }

  /** The document. */
  static ObjectNode build() {
    ObjectNode doc = NODES.objectNode();
    doc.put("openapi", "3.1.0");
    doc.putObject("info")
        .put("title", "Reports v1")
        .put("version", "1")
        .put(
            "description",
            "Reports about one person in a recorded conversation, made asynchronously as jobs."
                + " Served by report-engine.");
    doc.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
    ObjectNode paths = doc.putObject("paths");
    paths.putObject("/v1/reports/jobs").set("post", createJob());
    paths
        .putObject("/v1/reports/{id}")
        .set("get", get("getReport", "A finished report.", "id", json(ref("Report"))));
    paths
        .putObject("/v1/reports/by-job/{jobId}")
        .set(
            "get",
            get(
                "getReportByJob",
                "The report of a job once it has succeeded; null before (and for a failed job).",
                "jobId",
                json(nullable(ref("Report")))));
    ObjectNode pdf =
        get(
            "getReportPdf",
            "The report's PDF.",
            "id",
            NODES.objectNode().set("application/pdf", binary()));
    response(pdf, "500", "A lazy render failed (render_failed).", json(ref("Error")));
    paths.putObject("/v1/reports/{id}.pdf").set("get", pdf);
    paths.putObject("/v1/jobs").set("get", listJobs());
    paths
        .putObject("/v1/jobs/{id}")
        .set("get", get("getJob", "A job's latest snapshot.", "id", json(ref("Job"))));
    paths.putObject("/v1/jobs/{id}/cancel").set("post", cancelJob());
    ObjectNode schemas = doc.putObject("components").putObject("schemas");
    SCHEMAS.keySet().stream().sorted().forEach(name -> schemas.set(name, component(name)));
    return doc;
  }

  /** The contract schema of a component, its local references rebased under the component. */
  static JsonNode component(String name) {
    return rebase(read(SCHEMAS.get(name)), "#/components/schemas/" + name);
  }

  /** A copy of {@code schema} whose {@code $ref}s starting with {@code #} start at {@code base}. */
  static JsonNode rebase(JsonNode schema, String base) {
    JsonNode copy = schema.deepCopy();
    rebaseInPlace(copy, base);
    return copy;
  }

  private static void rebaseInPlace(JsonNode node, String base) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isString() && ref.asString().startsWith("#")) {
        object.put("$ref", base + ref.asString().substring(1));
      }
      object.values().forEach(child -> rebaseInPlace(child, base));
    } else if (node instanceof ArrayNode array) {
      array.values().forEach(child -> rebaseInPlace(child, base));
    }
  }

  private static JsonNode read(String file) {
    String resource = "contracts/" + file;
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "contract schema "
                + file
                + " is not on the class path at dev/reportengine/spring/"
                + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read contract schema " + file, e);
    }
  }

  private static ObjectNode createJob() {
    ObjectNode op = operation("createReportJob", "Validates the request and queues a job for it.");
    op.putObject("requestBody")
        .put("required", true)
        .set("content", json(ref("CreateReportJobRequest")));
    response(
        op,
        "202",
        "Queued; or, for a repeated idempotency key with the same request, the original job as it"
            + " is now.",
        json(ref("CreateReportJobResponse")));
    response(
        op, "400", "The request breaks the contract; violations say where.", json(ref("Error")));
    response(
        op,
        "409",
        "The idempotency key came with another request (idempotency_conflict).",
        json(ref("Error")));
    ObjectNode overloaded =
        response(op, "429", "The queue is full (overloaded).", json(ref("Error")));
    overloaded
        .putObject("headers")
        .putObject("Retry-After")
        .put("description", "Seconds after which a retry has a good chance.")
        .putObject("schema")
        .put("type", "integer")
        .put("minimum", 1);
    response(op, "503", "The engine is closed (unavailable).", json(ref("Error")));
    return op;
  }

  private static ObjectNode listJobs() {
    ObjectNode op = operation("listJobs", "A page of jobs, newest first.");
    ArrayNode parameters = op.putArray("parameters");
    ObjectNode status =
        query(parameters, "status", "Statuses to keep, repeated or comma-separated.");
    status.put("explode", true);
    ObjectNode items = status.putObject("schema").put("type", "array").putObject("items");
    items.put("type", "string");
    ArrayNode statuses = items.putArray("enum");
    for (String s : new String[] {"queued", "running", "succeeded", "failed", "canceled"}) {
      statuses.add(s);
    }
    query(parameters, "limit", "Jobs per page.")
        .putObject("schema")
        .put("type", "integer")
        .put("minimum", 1)
        .put("maximum", 1000)
        .put("default", 50);
    query(parameters, "cursor", "The nextCursor of the previous page.")
        .putObject("schema")
        .put("type", "string");
    response(op, "200", "A page of jobs.", json(ref("JobList")));
    response(
        op, "400", "An unknown parameter or status, a bad limit or cursor.", json(ref("Error")));
    return op;
  }

  private static ObjectNode cancelJob() {
    ObjectNode op = operation("cancelJob", "Cancels a queued or running job.");
    pathParameter(op, "id");
    response(
        op,
        "200",
        "The job after the cancel: canceled, or the terminal status it had reached.",
        json(ref("Job")));
    response(op, "404", "No such job.", json(ref("Error")));
    return op;
  }

  private static ObjectNode get(String id, String summary, String parameter, ObjectNode content) {
    ObjectNode op = operation(id, summary);
    pathParameter(op, parameter);
    response(op, "200", summary, content);
    response(op, "404", "Not found.", json(ref("Error")));
    return op;
  }

  private static ObjectNode operation(String id, String summary) {
    ObjectNode op = NODES.objectNode();
    op.put("operationId", id);
    op.put("summary", summary);
    return op;
  }

  private static void pathParameter(ObjectNode op, String name) {
    ArrayNode parameters = op.withArray("parameters");
    ObjectNode p = parameters.addObject();
    p.put("name", name).put("in", "path").put("required", true);
    p.putObject("schema").put("type", "string");
  }

  private static ObjectNode query(ArrayNode parameters, String name, String description) {
    ObjectNode p = parameters.addObject();
    p.put("name", name).put("in", "query").put("required", false).put("description", description);
    return p;
  }

  private static ObjectNode response(
      ObjectNode op, String status, String description, ObjectNode content) {
    ObjectNode response = op.withObject("responses").putObject(status);
    response.put("description", description);
    response.set("content", content);
    return response;
  }

  private static ObjectNode json(ObjectNode schema) {
    ObjectNode content = NODES.objectNode();
    content.putObject("application/json").set("schema", schema);
    return content;
  }

  private static ObjectNode binary() {
    ObjectNode media = NODES.objectNode();
    media.putObject("schema").put("type", "string").put("contentMediaType", "application/pdf");
    return media;
  }

  private static ObjectNode ref(String component) {
    return NODES.objectNode().put("$ref", "#/components/schemas/" + component);
  }

  private static ObjectNode nullable(ObjectNode schema) {
    ObjectNode either = NODES.objectNode();
    ArrayNode oneOf = either.putArray("oneOf");
    oneOf.add(schema);
    oneOf.addObject().put("type", "null");
    return either;
  }
}
