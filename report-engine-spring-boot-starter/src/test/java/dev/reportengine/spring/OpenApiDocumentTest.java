package dev.reportengine.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class OpenApiDocumentTest {

  static final Path ROOT = ReportEngineHttpTest.ROOT;
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Where the repository keeps each contract schema. */
  static final Map<String, Path> REPOSITORY_COPIES =
      Map.of(
          "CreateReportJobRequest",
          ROOT.resolve(
              "engine-core/src/test/resources/contracts/v1/create-report-job.request.schema.json"),
          "CreateReportJobResponse",
          ROOT.resolve(
              "engine-core/src/test/resources/contracts/v1/create-report-job.response.schema.json"),
          "Report",
          ROOT.resolve("engine-core/src/test/resources/contracts/v1/report.schema.json"),
          "Job",
          ROOT.resolve("docs/contracts/job.schema.json"),
          "JobList",
          ROOT.resolve("docs/contracts/job-list.schema.json"),
          "Error",
          ROOT.resolve("docs/contracts/error.schema.json"));

  private final ObjectNode doc = OpenApiDocument.build();

  @Test
  void hasExactlyTheV1RoutesWithTheirMethods() {
    Map<String, Set<String>> expected =
        Map.of(
            "/v1/reports/jobs", Set.of("post"),
            "/v1/reports/{id}", Set.of("get"),
            "/v1/reports/by-job/{jobId}", Set.of("get"),
            "/v1/reports/{id}.pdf", Set.of("get"),
            "/v1/jobs", Set.of("get"),
            "/v1/jobs/{id}", Set.of("get"),
            "/v1/jobs/{id}/cancel", Set.of("post"));
    assertThat(doc.path("openapi").asString()).isEqualTo("3.1.0");
    assertThat(doc.path("paths").propertyNames())
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (path, methods) ->
            assertThat(doc.path("paths").path(path).propertyNames())
                .as(path)
                .containsExactlyInAnyOrderElementsOf(methods));
  }

  @Test
  void componentSchemasAreTheRepositorysContractSchemas() throws Exception {
    JsonNode schemas = doc.path("components").path("schemas");
    assertThat(schemas.propertyNames())
        .containsExactlyInAnyOrderElementsOf(REPOSITORY_COPIES.keySet());
    for (Map.Entry<String, Path> e : REPOSITORY_COPIES.entrySet()) {
      JsonNode file = JSON.readTree(Files.readString(e.getValue()));
      JsonNode component = schemas.path(e.getKey());
      if (e.getKey().equals("JobList")) {
        // The one local reference, rebased so that it resolves inside the document.
        assertThat(component.path("properties").path("jobs").path("items").path("$ref").asString())
            .isEqualTo("#/components/schemas/JobList/$defs/job");
        ((ObjectNode) component.path("properties").path("jobs").path("items"))
            .put("$ref", "#/$defs/job");
      }
      assertThat(component).as("%s equals %s", e.getKey(), e.getValue()).isEqualTo(file);
    }
  }

  /**
   * Compares with the originals in {@code ../shared/contracts/v1}: tagged {@code shared-corpus}, so
   * it runs with {@code -Pshared-corpus} (as {@code .ci/run} does) and fails when that folder is
   * absent; the other tests read the repository's copies and always run.
   */
  @Test
  @org.junit.jupiter.api.Tag("shared-corpus")
  void v1SchemasEqualTheSharedContract() throws Exception {
    Path shared = ROOT.resolve("../shared/contracts/v1").normalize();
    assertThat(shared)
        .as("the shared contracts, which -Pshared-corpus needs beside the repository")
        .isDirectory();
    JsonNode schemas = doc.path("components").path("schemas");
    Map<String, String> files =
        Map.of(
            "CreateReportJobRequest", "create-report-job.request.schema.json",
            "CreateReportJobResponse", "create-report-job.response.schema.json",
            "Report", "report.schema.json");
    for (Map.Entry<String, String> e : files.entrySet()) {
      assertThat(schemas.path(e.getKey()))
          .as("%s equals %s", e.getKey(), shared.resolve(e.getValue()))
          .isEqualTo(JSON.readTree(Files.readString(shared.resolve(e.getValue()))));
    }
  }

  @Test
  void everyReferenceResolvesInsideTheDocument() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void operationsUseTheRightSchemas() {
    JsonNode create = doc.path("paths").path("/v1/reports/jobs").path("post");
    assertThat(schemaRef(create.path("requestBody"))).isEqualTo("CreateReportJobRequest");
    assertThat(schemaRef(create.path("responses").path("202")))
        .isEqualTo("CreateReportJobResponse");
    for (String status : List.of("400", "409", "429", "503")) {
      assertThat(schemaRef(create.path("responses").path(status))).as(status).isEqualTo("Error");
    }
    assertThat(create.path("responses").path("429").path("headers").has("Retry-After")).isTrue();
    assertThat(schemaRef(response("/v1/reports/{id}", "get", "200"))).isEqualTo("Report");
    assertThat(schemaRef(response("/v1/jobs", "get", "200"))).isEqualTo("JobList");
    assertThat(schemaRef(response("/v1/jobs/{id}", "get", "200"))).isEqualTo("Job");
    assertThat(schemaRef(response("/v1/jobs/{id}/cancel", "post", "200"))).isEqualTo("Job");
    assertThat(
            response("/v1/reports/by-job/{jobId}", "get", "200")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("oneOf")
                .get(0)
                .path("$ref")
                .asString())
        .isEqualTo("#/components/schemas/Report");
    assertThat(
            response("/v1/reports/{id}.pdf", "get", "200").path("content").has("application/pdf"))
        .isTrue();
  }

  private JsonNode response(String path, String method, String status) {
    return doc.path("paths").path(path).path(method).path("responses").path(status);
  }

  private static String schemaRef(JsonNode withContent) {
    return withContent
        .path("content")
        .path("application/json")
        .path("schema")
        .path("$ref")
        .asString()
        .replace("#/components/schemas/", "");
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.path("$ref").isString()) {
      refs.add(node.path("$ref").asString());
    }
    node.values().forEach(child -> collectRefs(child, refs));
  }
}
