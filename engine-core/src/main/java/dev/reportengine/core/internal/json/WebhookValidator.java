package dev.reportengine.core.internal.json;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Checks {@code webhook}: an absolute http(s) URL and string headers. */
final class WebhookValidator {
  private static final List<String> FIELDS = List.of("url", "headers");
  private static final List<String> SCHEMES = List.of("http", "https");

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
        .forEach(header -> checks.string(header.getValue(), here.child(header.getKey())));
  }
}
