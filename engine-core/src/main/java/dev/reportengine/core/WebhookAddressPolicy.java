package dev.reportengine.core;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which destination addresses webhooks may reach. The engine resolves the URL's host and checks
 * every address it resolves to before it sends anything; if one falls in a range this policy does
 * not allow, the attempt fails with a message naming the address and the range, and nothing is
 * contacted. Only http and https URLs are ever sent.
 *
 * <p>The default, {@link #publicOnly()}, refuses every special range, which protects a host from
 * callers who point webhooks at its internal network (server-side request forgery). A host whose
 * receivers run on its own network allows the ranges it needs:
 *
 * <pre>{@code
 * ReportEngine.builder().webhookAddressPolicy(WebhookAddressPolicy.allowing(Range.PRIVATE))
 * }</pre>
 *
 * @param allowed the special ranges webhooks may reach; public unicast addresses are always allowed
 */
public record WebhookAddressPolicy(Set<Range> allowed) {

  /** Copies the set. */
  public WebhookAddressPolicy {
    allowed = Set.copyOf(Objects.requireNonNull(allowed, "allowed"));
  }

  /** Public unicast addresses only: the default. */
  public static WebhookAddressPolicy publicOnly() {
    return new WebhookAddressPolicy(Set.of());
  }

  /** Public addresses and the given special ranges. */
  public static WebhookAddressPolicy allowing(Range first, Range... more) {
    return new WebhookAddressPolicy(EnumSet.of(first, more));
  }

  /** Every address: for tests and closed networks only. */
  public static WebhookAddressPolicy allowingAll() {
    return new WebhookAddressPolicy(EnumSet.allOf(Range.class));
  }

  /** Whether addresses in {@code range} may be contacted. */
  public boolean allows(Range range) {
    return allowed.contains(range);
  }

  /**
   * Special address ranges, IPv4 and IPv6: the entries of the IANA IPv4 and IPv6 Special-Purpose
   * Address Registries that are not globally reachable, plus multicast.
   */
  public enum Range {
    /** {@code 127.0.0.0/8}, {@code ::1}. */
    LOOPBACK,
    /**
     * {@code 10.0.0.0/8}, {@code 172.16.0.0/12}, {@code 192.168.0.0/16}, the shared carrier-grade
     * NAT range {@code 100.64.0.0/10}, unique local IPv6 {@code fc00::/7}, the deprecated IPv6
     * site-local {@code fec0::/10} and the local-use IPv4/IPv6 translation prefix {@code
     * 64:ff9b:1::/48}.
     */
    PRIVATE,
    /** {@code 169.254.0.0/16} (cloud metadata services live here), {@code fe80::/10}. */
    LINK_LOCAL,
    /** {@code 0.0.0.0/8}, {@code ::}: on most systems a connection to them reaches this host. */
    UNSPECIFIED,
    /** {@code 224.0.0.0/4}, {@code 255.255.255.255}, {@code ff00::/8}. */
    MULTICAST,
    /**
     * The other special-purpose ranges that are not globally reachable: IETF protocol assignments
     * ({@code 192.0.0.0/24}, {@code 2001::/23} with Teredo {@code 2001::/32}), documentation
     * ({@code 192.0.2.0/24}, {@code 198.51.100.0/24}, {@code 203.0.113.0/24}, {@code
     * 2001:db8::/32}, {@code 3fff::/20}), benchmarking ({@code 198.18.0.0/15}, {@code
     * 2001:2::/48}), the reserved {@code 240.0.0.0/4}, the deprecated 6to4 relay anycast {@code
     * 192.88.99.0/24}, the discard-only {@code 100::/64} and SRv6 SIDs ({@code 5f00::/16}).
     */
    RESERVED;
  }
}
