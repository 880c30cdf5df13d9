package dev.reportengine.core.internal.json;

import dev.reportengine.api.InvalidRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict JSON parsing into a tree: duplicate keys, trailing content and nesting deeper than {@value
 * #MAX_DEPTH} are errors, and decimals keep their exact value. Thread-safe.
 */
final class JsonParsing {
  /** The deepest nesting of arrays and objects accepted, in reading and in writing. */
  static final int MAX_DEPTH = 200;

  private final JsonMapper mapper;

  JsonParsing() {
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  /**
   * Parses one JSON value.
   *
   * @throws InvalidRequestException with one {@code invalid_json} violation at {@code ""} whose
   *     message gives the line and column
   */
  JsonNode parse(String json) {
    try (JsonParser parser = mapper.createParser(json)) {
      try {
        JsonNode root = mapper.readTree(parser);
        if (root == null || root.isMissingNode()) {
          throw invalid(parser.currentLocation(), "no JSON value, the document is empty");
        }
        if (parser.nextToken() != null) {
          throw invalid(
              parser.currentTokenLocation(), "unexpected content after the end of the JSON value");
        }
        return root;
      } catch (NumberFormatException e) {
        // Jackson reads a number no decimal type holds ("1e2147483648") as it builds the tree.
        throw invalid(parser.currentLocation(), "a number is out of range: " + e.getMessage());
      } catch (JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if (at == null || at == TokenStreamLocation.NA) {
          at = parser.currentLocation();
        }
        throw invalid(at, e.getOriginalMessage());
      }
    }
  }

  private static InvalidRequestException invalid(TokenStreamLocation at, String problem) {
    return Violations.single(
        Pointer.ROOT,
        ViolationCode.INVALID_JSON,
        "invalid JSON at line "
            + at.getLineNr()
            + ", column "
            + at.getColumnNr()
            + ": "
            + Texts.shorten(problem.replace('\n', ' ')));
  }
}
