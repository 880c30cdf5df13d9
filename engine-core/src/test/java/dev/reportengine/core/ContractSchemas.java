package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON text against the contract's schemas with an independent JSON Schema 2020-12
 * validator (networknt), formats asserted. Schemas are found by file name: the v1 schemas ({@code
 * report.schema.json}, {@code create-report-job.request.schema.json}, {@code
 * create-report-job.response.schema.json}) and the engine's own ({@code job.schema.json}, {@code
 * error.schema.json} from {@code docs/contracts}).
 *
 * <pre>{@code
 * ContractSchemas.assertValid("report.schema.json", json.writeReport(report));
 * }</pre>
 */
public final class ContractSchemas {
  private static final List<String> FOLDERS = List.of("/contracts/v1/", "/contracts/engine/");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private ContractSchemas() {}

  /**
   * The validator's messages for {@code json} under the schema {@code schemaFileName}, each
   * prefixed with the instance location; empty when the document is valid.
   */
  public static List<String> errors(String schemaFileName, String json) {
    List<Error> errors = schema(schemaFileName).validate(json, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  /** Fails with the validator's messages unless {@code json} is valid under the schema. */
  public static void assertValid(String schemaFileName, String json) {
    assertThat(errors(schemaFileName, json)).as("%s against %s", json, schemaFileName).isEmpty();
  }

  /**
   * The repository root: system property {@code reportengine.root}, else the parent of the working
   * directory.
   */
  public static Path repositoryRoot() {
    String root = System.getProperty("reportengine.root");
    return root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
  }

  /** The bytes of a schema as the tests see it. */
  static byte[] bytes(String schemaFileName) {
    for (String folder : FOLDERS) {
      try (InputStream in = ContractSchemas.class.getResourceAsStream(folder + schemaFileName)) {
        if (in != null) {
          return in.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalArgumentException(
        "no schema named " + schemaFileName + " under " + FOLDERS + " on the test class path");
  }

  private static Schema schema(String schemaFileName) {
    return SCHEMAS.computeIfAbsent(
        schemaFileName,
        name ->
            REGISTRY.getSchema(new String(bytes(name), StandardCharsets.UTF_8), InputFormat.JSON));
  }
}
