package dev.reportengine.core.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a webhook the way a receiver does, written from the Standard Webhooks spec and
 * independent of the engine's signer: HMAC-SHA256 keyed by the base64-decoded secret (after {@code
 * whsec_}) over {@code id.timestamp.body}, compared in constant time against every {@code v1,}
 * entry of the space-separated {@code webhook-signature} header.
 */
public final class StandardWebhooksVerifier {
  private StandardWebhooksVerifier() {}

  /** Whether the headers (lower-case names) carry a valid signature of {@code body}. */
  public static boolean verifies(String secret, Map<String, String> headers, byte[] body) {
    String id = headers.get("webhook-id");
    String timestamp = headers.get("webhook-timestamp");
    String signatures = headers.get("webhook-signature");
    if (id == null || timestamp == null || signatures == null) {
      return false;
    }
    byte[] expected = hmac(secret, id + "." + timestamp + ".", body);
    for (String entry : signatures.split(" ")) {
      if (entry.startsWith("v1,")) {
        byte[] given;
        try {
          given = Base64.getDecoder().decode(entry.substring(3));
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (MessageDigest.isEqual(expected, given)) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] hmac(String secret, String prefix, byte[] body) {
    String encoded = secret.startsWith("whsec_") ? secret.substring(6) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
      mac.update(prefix.getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
