package dev.reportengine.core.internal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs events per the Standard Webhooks spec: {@code v1,} and the base64 HMAC-SHA256, keyed by the
 * decoded secret, of {@code {webhook-id}.{webhook-timestamp}.{body}}. Thread-safe.
 */
public final class WebhookSigner {
  private static final String PREFIX = "whsec_";
  private static final int MIN_KEY_BYTES = 24;
  private static final int MAX_KEY_BYTES = 64;
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final String masked;

  private WebhookSigner(byte[] key, String masked) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.masked = masked;
  }

  /**
   * A signer for a secret in the spec's form {@code whsec_} followed by the base64 of 24 to 64
   * random bytes.
   *
   * @throws IllegalArgumentException naming what is wrong, never quoting the secret
   */
  public static WebhookSigner parse(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "a webhook secret must start with " + PREFIX + " followed by base64 bytes");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "a webhook secret must be " + PREFIX + " followed by standard base64: " + e.getMessage(),
          e);
    }
    if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
      throw new IllegalArgumentException(
          "a webhook secret must decode to "
              + MIN_KEY_BYTES
              + " to "
              + MAX_KEY_BYTES
              + " bytes, got "
              + key.length);
    }
    return new WebhookSigner(key, PREFIX + "…(" + key.length + " bytes)");
  }

  /** The {@code webhook-signature} header's value for one attempt. */
  public String sign(String id, long timestampSeconds, byte[] body) {
    Mac mac = mac();
    mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
    return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("this JDK cannot compute " + ALGORITHM, e);
    }
  }

  /** The secret's prefix and length, never its bytes. */
  @Override
  public String toString() {
    return masked;
  }
}
