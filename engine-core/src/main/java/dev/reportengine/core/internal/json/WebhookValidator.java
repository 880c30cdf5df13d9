package dev.reportengine.core.internal.json;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks {@code webhook}: an absolute http(s) URL, and headers an HTTP client can send: token
 * names, values without control characters, none of the names the engine sets itself.
 */
final class WebhookValidator {
  private static final List<String> FIELDS = List.of("url", "headers");
  private static final List<String> SCHEMES = List.of("http", "https");
  private static final List<String> RESERVED =
      List.of(
          "connection",
          "content-length",
          "content-type",
          "expect",
          "host",
          "keep-alive",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "webhook-id",
          "webhook-signature",
          "webhook-timestamp");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private WebhookValidator() {}

  static void validate(JsonNode node, Pointer here, FieldChecks checks) {
    checks
        .object(node, here)
        .ifPresent(
            webhook -> {
              checks.knownFields(webhook, here, FIELDS);
              Pointer url = here.child("url");
              checks
                  .required(webhook, here, "url")
                  .flatMap(value -> FormatChecks.absoluteUri(checks, value, url))
                  .ifPresent(uri -> checkHttp(uri, url, checks));
              FieldChecks.member(webhook, "headers")
                  .flatMap(headers -> checks.object(headers, here.child("headers")))
                  .ifPresent(headers -> checkHeaders(headers, here.child("headers"), checks));
            });
  }

  private static void checkHttp(URI uri, Pointer url, FieldChecks checks) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!SCHEMES.contains(scheme)) {
      checks.add(
          url,
          ViolationCode.SCHEME,
          checks.name(url)
              + " must use one of the schemes: "
              + Texts.list(SCHEMES)
              + "; got "
              + Texts.quote(uri.getScheme()));
    } else if (uri.getHost() == null) {
      checks.add(
          url,
          ViolationCode.FORMAT,
          checks.name(url) + " must name a host, got " + Texts.quote(uri.toString()));
    }
  }

  private static void checkHeaders(ObjectNode headers, Pointer here, FieldChecks checks) {
    headers
        .properties()
        .forEach(
            header -> {
              String name = header.getKey();
              Pointer at = here.child(name);
              if (!TOKEN.matcher(name).matches()) {
                checks.add(
                    at,
                    ViolationCode.FORMAT,
                    "webhook header name "
                        + Texts.quote(name)
                        + " is not an HTTP field name (letters, digits and !#$%&'*+-.^_`|~)");
              } else if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                checks.add(
                    at,
                    ViolationCode.RESERVED_HEADER,
                    "webhook header "
                        + Texts.quote(name)
                        + " is set by the engine or the HTTP client; reserved: "
                        + Texts.list(RESERVED));
              }
              checks
                  .string(header.getValue(), at)
                  .filter(WebhookValidator::hasForbiddenCharacter)
                  .ifPresent(
                      value ->
                          checks.add(
                              at,
                              ViolationCode.FORMAT,
                              checks.name(at)
                                  + " must not contain control characters (such as CR or LF) or"
                                  + " characters beyond U+00FF"));
            });
  }

  private static boolean hasForbiddenCharacter(String value) {
    return value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f || c > 0xff);
  }
}
