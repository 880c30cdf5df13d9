package dev.reportengine.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.Template;
import dev.reportengine.api.Violation;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.core.RequestRules;
import dev.reportengine.media.testing.RepoFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property of the request validator, the path {@link JsonCodec#readRequest} takes for every
 * create-job body: valid bodies (examples/requests and the create-job JSON examples of README.md
 * and every docs/*.md page, plus one using every optional field) mutated as text or as a JSON tree
 * (a node replaced by a hostile value, removed, or given a member), and arbitrary text, are parsed
 * ({@link JsonParsing}), validated ({@link RequestValidator}, under the rules of the built-in
 * templates) and, when valid, decoded ({@link RequestDecoder}). Every outcome is a request or a
 * list of violations, each with a JSON Pointer ({@code ""} for the root) and a message; never
 * another exception. A valid request also validates again after encoding, and the codec agrees. A
 * short run is part of {@code ./mvnw verify}; for a long one, {@code -Djqwik.tries.default=20000}
 * (see docs/testing.md).
 */
class RequestValidatorPropertyTest {

  private static final String FULL =
      """
      {"media": {"mediaId": "call-1"},
       "output": {"template": "general_report", "templateParams": {"keyword_count": 5}},
       "target": {"strategy": "timerange", "on_miss": "fallback_dominant",
                  "timerange": {"start_seconds": 1.5, "end_seconds": 90}},
       "label": "Weekly sync", "entityLabel": "Ana",
       "webhook": {"url": "https://example.com/hook", "headers": {"x-token": "abc"}},
       "idempotencyKey": "key-1"}
      """;

  /** Documents whose create-job examples must be found, so a moved example is not lost. */
  private static final Set<String> EXAMPLES_REQUIRED = Set.of("README.md", "docs/templates.md");

  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  /** A JSON Pointer (RFC 6901): empty, or segments after '/' where '~' escapes only 0 and 1. */
  private static final Pattern POINTER = Pattern.compile("(?:/(?:[^~/]++|~[01])*+)*+");

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonParsing PARSING = new JsonParsing();
  private static final JsonCodec CODEC = new JsonCodec();
  private static final RequestRules RULES = builtInRules();
  private static final List<String> BODIES = bodies();

  private static RequestRules builtInRules() {
    Map<Template, ParameterSpec> specs = new EnumMap<>(Template.class);
    ServiceLoader.load(ReportTemplate.class).forEach(t -> specs.put(t.id(), t.parameters()));
    return new RequestRules(specs);
  }

  private static List<String> bodies() {
    Path root = RepoFiles.root();
    List<String> bodies = new ArrayList<>(List.of(FULL));
    try (Stream<Path> files = Files.list(root.resolve("examples/requests"))) {
      for (Path file : files.sorted().toList()) {
        bodies.add(Files.readString(file));
      }
      for (Path doc : documents(root)) {
        int before = bodies.size();
        Matcher m = JSON_BLOCK.matcher(Files.readString(doc));
        while (m.find()) {
          if (m.group(1).contains("\"mediaId\"") && m.group(1).contains("\"target\"")) {
            bodies.add(m.group(1));
          }
        }
        if (EXAMPLES_REQUIRED.contains(root.relativize(doc).toString().replace('\\', '/'))
            && bodies.size() == before) {
          throw new IllegalStateException(
              doc + " has no create-job example (a json block with \"mediaId\" and \"target\")");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(bodies);
  }

  /** The top-level README and every page of docs/, in name order. */
  private static List<Path> documents(Path root) throws IOException {
    List<Path> documents = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  /** The outcome of one body: the request, or the violations. */
  private record Outcome(CreateReportJobRequest request, List<Violation> violations) {}

  private static Outcome check(String body) {
    JsonNode tree;
    try {
      tree = PARSING.parse(body);
    } catch (InvalidRequestException e) {
      assertWellFormed(e.violations());
      return new Outcome(null, e.violations());
    }
    List<Violation> violations = RequestValidator.validate(tree, RULES);
    assertWellFormed(violations);
    if (!violations.isEmpty()) {
      InvalidRequestException refused =
          catchThrowableOfType(InvalidRequestException.class, () -> CODEC.readRequest(body, RULES));
      assertThat(refused.violations()).isEqualTo(violations);
      return new Outcome(null, violations);
    }
    CreateReportJobRequest request = RequestDecoder.decode(tree);
    assertThat(request).isNotNull();
    assertThat(CODEC.readRequest(body, RULES)).isEqualTo(request);
    assertThat(CODEC.validate(request, RULES)).as("the valid request, encoded again").isEmpty();
    return new Outcome(request, List.of());
  }

  private static void assertWellFormed(List<Violation> violations) {
    assertThat(violations).hasSizeLessThanOrEqualTo(Violations.LIMIT);
    for (Violation v : violations) {
      assertThat(v.pointer()).as("pointer of %s", v).isNotNull().matches(POINTER);
      assertThat(v.code()).as("code of %s", v).isNotBlank();
      assertThat(v.message()).as("message of %s", v).isNotBlank();
    }
  }

  @Test
  void everySeedBodyIsValid() {
    assertThat(BODIES).hasSizeGreaterThanOrEqualTo(8);
    for (String body : BODIES) {
      assertThat(check(body).violations()).as(body).isEmpty();
    }
  }

  @Property
  void everyTextMutationOfABodyIsARequestOrViolationsWithPointers(
      @ForAll("textMutations") String body) {
    Outcome outcome = check(body);
    assertThat(outcome.request() != null || !outcome.violations().isEmpty()).isTrue();
    Statistics.collect(kind(outcome));
  }

  /** Tree mutations stay JSON, so they reach the validator's every rule, not just the parser. */
  @Property
  void everyTreeMutationOfABodyIsARequestOrViolationsWithPointers(
      @ForAll("treeMutations") String body) {
    Outcome outcome = check(body);
    assertThat(outcome.request() != null || !outcome.violations().isEmpty()).isTrue();
    Statistics.collect(kind(outcome));
  }

  @Property
  void arbitraryTextIsARequestOrViolationsWithPointers(@ForAll("text") String text) {
    Outcome outcome = check(text);
    assertThat(outcome.request() != null || !outcome.violations().isEmpty()).isTrue();
    Statistics.collect(kind(outcome));
  }

  /** For the statistics jqwik prints: which branch of the validator a try reached. */
  private static String kind(Outcome outcome) {
    if (outcome.request() != null) {
      return "valid";
    }
    String code = outcome.violations().get(0).code();
    return code.equals("invalid_json") ? "invalid JSON" : "violations";
  }

  /** Values put in place of a member or element, or added under a field name. */
  private static final List<String> VALUES =
      List.of(
          "null",
          "true",
          "0",
          "-1",
          "1.5",
          "1e308",
          "-1e-400",
          "123456789012345678901234567890",
          "\"\"",
          "\" \"",
          "\"" + "x".repeat(300) + "\"",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"https://\"",
          "\"http://127.0.0.1/\"",
          "\"dominant\"",
          "\"magic_hint\"",
          "\"timerange\"",
          "\"entity_id\"",
          "\"general_report\"",
          "\"profile_alignment\"",
          "[]",
          "{}",
          "[1, \"a\", null, {}]",
          "{\"a\": 1}",
          "{\"start_seconds\": 1e400, \"end_seconds\": -0.0}",
          "[".repeat(150) + "]".repeat(150));

  /** Names a member is added under: the request's own fields at every level, and strangers. */
  private static final List<String> NAMES =
      List.of(
          "media",
          "mediaId",
          "output",
          "template",
          "templateParams",
          "target",
          "strategy",
          "on_miss",
          "timerange",
          "start_seconds",
          "end_seconds",
          "hint",
          "entity_id",
          "label",
          "entityLabel",
          "webhook",
          "url",
          "headers",
          "idempotencyKey",
          "",
          "a/b~c",
          "\u0000");

  /**
   * A seed body with one node of its tree replaced, removed or given a new member: mostly still
   * JSON, so that it reaches the validator's every rule rather than the parser.
   */
  @Provide
  Arbitrary<String> treeMutations() {
    return Combinators.combine(
            Arbitraries.of(BODIES),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.of(VALUES),
            Arbitraries.of(NAMES),
            Arbitraries.integers().between(0, 2))
        .as(
            (body, at, value, name, kind) -> {
              JsonNode tree = JSON.readTree(body);
              List<JsonNode> containers = new ArrayList<>();
              collect(tree, containers);
              JsonNode node = containers.get(at % containers.size());
              JsonNode replacement = JSON.readTree(value);
              if (node instanceof ObjectNode object) {
                List<String> names = new ArrayList<>(object.propertyNames());
                String member = names.isEmpty() ? name : names.get(at % names.size());
                switch (kind) {
                  case 0 -> object.set(member, replacement);
                  case 1 -> object.remove(member);
                  default -> object.set(name, replacement);
                }
              } else if (node instanceof ArrayNode array) {
                int index = array.isEmpty() ? 0 : at % array.size();
                switch (kind) {
                  case 0 -> {
                    if (array.isEmpty()) {
                      array.add(replacement);
                    } else {
                      array.set(index, replacement);
                    }
                  }
                  case 1 -> {
                    if (!array.isEmpty()) {
                      array.remove(index);
                    }
                  }
                  default -> array.add(replacement);
                }
              }
              return JSON.writeValueAsString(tree);
            });
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node.values()) {
        collect(child, containers);
      }
    }
  }

  @Provide
  Arbitrary<String> textMutations() {
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(8),
            Arbitraries.strings().withChars("{}[]\":,0123456789eE.-+ ~/").ofMaxLength(12),
            Arbitraries.of(
                "1e2147483648",
                "-0",
                "1e-400",
                "NaN",
                "null",
                "true",
                "[]",
                "{}",
                "\"\"",
                "\"\\ud800\"",
                "\"\\u0000\"",
                "9".repeat(400),
                "\"" + "x".repeat(2000) + "\"",
                "{\"a~b/c\": 1}",
                "\"templateParams\": {\"x\": []}, ",
                "\"webhook\": {\"url\": \"http://[::1]/\"}, ",
                "\"on_miss\": \"error\", ",
                "\"timerange\": {\"start_seconds\": 5, \"end_seconds\": 1}, ",
                "\"strategy\": \"magic_hint\", "));
    return Combinators.combine(
            Arbitraries.of(BODIES),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1),
            insert,
            Arbitraries.integers().between(0, 2))
        .as(
            (body, a, b, text, kind) -> {
              int from = (int) (Math.min(a, b) * body.length());
              int to = (int) (Math.max(a, b) * body.length());
              return switch (kind) {
                case 0 -> body.substring(0, from) + text + body.substring(to);
                case 1 -> body.substring(0, from) + text + body.substring(from);
                default -> body.substring(0, to) + body.substring(from);
              };
            });
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]\":,0123456789eE.-+ ").ofMaxLength(200),
        Arbitraries.of(
            "",
            "null",
            "1e2147483648",
            "[".repeat(5000),
            "{\"media\": 1e-2147483648}",
            "\uFEFF{}"));
  }
}
