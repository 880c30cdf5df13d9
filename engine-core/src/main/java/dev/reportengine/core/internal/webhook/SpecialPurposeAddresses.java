package dev.reportengine.core.internal.webhook;

import dev.reportengine.core.WebhookAddressPolicy.Range;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The address blocks webhooks must not reach unless the policy allows their range. The list follows
 * the IANA IPv4 Special-Purpose Address Registry
 * (https://www.iana.org/assignments/iana-ipv4-special-registry) and the IANA IPv6 Special-Purpose
 * Address Registry (https://www.iana.org/assignments/iana-ipv6-special-registry, revision of
 * 2024-10-22): every entry whose "Globally Reachable" is False or N/A is here, with its RFC.
 * Entries that are globally reachable (AS112 {@code 192.31.196.0/24}, {@code 192.175.48.0/24},
 * {@code 2001:4:112::/48}, {@code 2620:4f:8000::/48}; AMT {@code 192.52.193.0/24}, {@code
 * 2001:3::/32}; the PCP and TURN anycast addresses; ORCHIDv2 {@code 2001:20::/28} and DRIP {@code
 * 2001:30::/28}) are public services and not listed; where they sit inside a listed block ({@code
 * 192.0.0.0/24}, {@code 2001::/23}) the whole block is refused, since none of them is ever a
 * webhook receiver. Three entries are not in the registries and are kept: multicast ({@code
 * 224.0.0.0/4}, RFC 5771; {@code ff00::/8}, RFC 4291) and the deprecated IPv6 site-local {@code
 * fec0::/10} (RFC 3879). The registry's IPv4-mapped {@code ::ffff:0:0/96}, NAT64 {@code
 * 64:ff9b::/96} and 6to4 {@code 2002::/16} are classified by the IPv4 address they embed (see
 * {@link AddressRanges}). The most specific block containing an address decides its range.
 */
final class SpecialPurposeAddresses {

  /** One registry entry: its block, name and RFCs, and the policy range it falls in. */
  record Entry(String block, String name, String rfc, Range range, byte[] network, int bits) {

    static Entry of(String block, String name, String rfc, Range range) {
      int slash = block.indexOf('/');
      try {
        byte[] network = InetAddress.getByName(block.substring(0, slash)).getAddress();
        return new Entry(
            block, name, rfc, range, network, Integer.parseInt(block.substring(slash + 1)));
      } catch (UnknownHostException e) {
        throw new IllegalStateException("not an address block: " + block, e);
      }
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      int mask = (0xff << (8 - rest)) & 0xff;
      return rest == 0 || (address[full] & mask) == (network[full] & mask);
    }
  }

  private static final Range L = Range.LOOPBACK;
  private static final Range P = Range.PRIVATE;
  private static final Range K = Range.LINK_LOCAL;
  private static final Range U = Range.UNSPECIFIED;
  private static final Range M = Range.MULTICAST;
  private static final Range R = Range.RESERVED;

  private static final List<Entry> ENTRIES =
      List.of(
          // IPv4 Special-Purpose Address Registry
          Entry.of("0.0.0.0/8", "\"This network\"", "RFC 791", U),
          Entry.of("0.0.0.0/32", "\"This host on this network\"", "RFC 1122", U),
          Entry.of("10.0.0.0/8", "Private-Use", "RFC 1918", P),
          Entry.of("100.64.0.0/10", "Shared Address Space", "RFC 6598", P),
          Entry.of("127.0.0.0/8", "Loopback", "RFC 1122", L),
          Entry.of("169.254.0.0/16", "Link Local", "RFC 3927", K),
          Entry.of("172.16.0.0/12", "Private-Use", "RFC 1918", P),
          Entry.of("192.0.0.0/24", "IETF Protocol Assignments", "RFC 6890", R),
          Entry.of("192.0.0.0/29", "IPv4 Service Continuity Prefix", "RFC 7335", R),
          Entry.of("192.0.0.8/32", "IPv4 dummy address", "RFC 7600", R),
          Entry.of("192.0.0.170/32", "NAT64/DNS64 Discovery", "RFC 8880, RFC 7050", R),
          Entry.of("192.0.0.171/32", "NAT64/DNS64 Discovery", "RFC 8880, RFC 7050", R),
          Entry.of("192.0.2.0/24", "Documentation (TEST-NET-1)", "RFC 5737", R),
          Entry.of("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", "RFC 7526", R),
          Entry.of("192.168.0.0/16", "Private-Use", "RFC 1918", P),
          Entry.of("198.18.0.0/15", "Benchmarking", "RFC 2544", R),
          Entry.of("198.51.100.0/24", "Documentation (TEST-NET-2)", "RFC 5737", R),
          Entry.of("203.0.113.0/24", "Documentation (TEST-NET-3)", "RFC 5737", R),
          Entry.of("240.0.0.0/4", "Reserved", "RFC 1112, Section 4", R),
          Entry.of("255.255.255.255/32", "Limited Broadcast", "RFC 8190, RFC 919 Section 7", M),
          // not in the registry: IPv4 multicast
          Entry.of("224.0.0.0/4", "Multicast", "RFC 5771", M),
          // IPv6 Special-Purpose Address Registry
          Entry.of("::/128", "Unspecified Address", "RFC 4291", U),
          Entry.of("::1/128", "Loopback Address", "RFC 4291", L),
          Entry.of("64:ff9b:1::/48", "IPv4-IPv6 Translat. (local use)", "RFC 8215", P),
          Entry.of("100::/64", "Discard-Only Address Block", "RFC 6666", R),
          Entry.of("2001::/23", "IETF Protocol Assignments", "RFC 2928", R),
          Entry.of("2001::/32", "TEREDO", "RFC 4380, RFC 8190", R),
          Entry.of("2001:2::/48", "Benchmarking", "RFC 5180, RFC Errata 1752", R),
          Entry.of("2001:10::/28", "Deprecated (previously ORCHID)", "RFC 4843", R),
          Entry.of("2001:db8::/32", "Documentation", "RFC 3849", R),
          Entry.of("3fff::/20", "Documentation", "RFC 9637", R),
          Entry.of("5f00::/16", "Segment Routing (SRv6) SIDs", "RFC 9602", R),
          Entry.of("fc00::/7", "Unique-Local", "RFC 4193, RFC 8190", P),
          Entry.of("fe80::/10", "Link-Local Unicast", "RFC 4291", K),
          // not in the registry: deprecated site-local and IPv6 multicast
          Entry.of("fec0::/10", "Deprecated site-local", "RFC 3879", P),
          Entry.of("ff00::/8", "Multicast", "RFC 4291", M));

  private SpecialPurposeAddresses() {}

  /** The most specific entry that contains the address, if any. */
  static Optional<Entry> lookup(InetAddress address) {
    byte[] bytes = address.getAddress();
    Entry best = null;
    for (Entry entry : ENTRIES) {
      if (entry.contains(bytes) && (best == null || entry.bits() > best.bits())) {
        best = entry;
      }
    }
    return Optional.ofNullable(best);
  }
}
