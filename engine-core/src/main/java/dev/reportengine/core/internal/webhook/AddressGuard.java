package dev.reportengine.core.internal.webhook;

import dev.reportengine.core.WebhookAddressPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies the address policy before any connection: the scheme must be http(s), and every address
 * the host resolves to must be public or in a range the policy allows. Checking every address, not
 * only the first, means a host name cannot smuggle a private address behind a public one.
 */
public final class AddressGuard {

  /** Resolves a host name or address literal; {@link InetAddress#getAllByName} by default. */
  @FunctionalInterface
  public interface HostResolver {
    /** Every address of the host. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver, with its address cache. */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
  }

  /** What the check found. */
  sealed interface Verdict {}

  /** Every address may be contacted. */
  record Allowed(List<InetAddress> addresses) implements Verdict {}

  /** Nothing may be contacted, for a reason that names the address and the range. */
  record Refused(String reason) implements Verdict {}

  private final WebhookAddressPolicy policy;
  private final HostResolver resolver;

  /** A guard for one policy. */
  public AddressGuard(WebhookAddressPolicy policy, HostResolver resolver) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /**
   * Checks a URL.
   *
   * @throws UnknownHostException when the host does not resolve (a retryable failure)
   */
  Verdict check(URI url) throws UnknownHostException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Refused(
          "refused: only http and https webhook URLs are sent, got scheme [" + scheme + "]");
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      return new Refused("refused: the webhook URL names no host");
    }
    List<InetAddress> addresses = resolver.resolve(host);
    if (addresses.isEmpty()) {
      throw new UnknownHostException("host [" + host + "] resolved to no address");
    }
    for (InetAddress address : addresses) {
      Optional<SpecialPurposeAddresses.Entry> entry = AddressRanges.entry(address);
      if (entry.isPresent() && !policy.allows(entry.get().range())) {
        SpecialPurposeAddresses.Entry e = entry.get();
        return new Refused(
            "refused: host ["
                + host
                + "] resolves to "
                + address.getHostAddress()
                + ", "
                + AddressRanges.describe(e.range())
                + " ("
                + e.name()
                + " "
                + e.block()
                + ", "
                + e.rfc()
                + "), which the webhook address policy does not allow (allowed ranges: "
                + (policy.allowed().isEmpty() ? "none" : new java.util.TreeSet<>(policy.allowed()))
                + "); nothing was sent");
      }
    }
    return new Allowed(addresses);
  }
}
