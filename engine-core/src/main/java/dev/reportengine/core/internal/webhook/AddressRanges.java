package dev.reportengine.core.internal.webhook;

import dev.reportengine.core.WebhookAddressPolicy.Range;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Classifies an address into the special ranges of {@link Range} by the IANA special-purpose
 * registries ({@link SpecialPurposeAddresses}); public unicast addresses have none. IPv6 addresses
 * that embed an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 {@code 64:ff9b::/96}, 6to4 {@code
 * 2002::/16}) are classified by the embedded address, so {@code ::ffff:10.0.0.1} is as private as
 * {@code 10.0.0.1}.
 */
final class AddressRanges {
  private AddressRanges() {}

  static Optional<Range> classify(InetAddress address) {
    return entry(address).map(SpecialPurposeAddresses.Entry::range);
  }

  /** The registry entry the address (or the IPv4 address it embeds) falls in, if any. */
  static Optional<SpecialPurposeAddresses.Entry> entry(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      Optional<InetAddress> embedded = embeddedIpv4(v6.getAddress());
      if (embedded.isPresent()) {
        return entry(embedded.get());
      }
    }
    return SpecialPurposeAddresses.lookup(address);
  }

  private static Optional<InetAddress> embeddedIpv4(byte[] b) {
    if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return ipv4(b, 12);
    }
    if (isZero(b, 0, 12) && !(isZero(b, 12, 15) && (b[15] & 0xff) <= 1)) {
      return ipv4(b, 12);
    }
    if ((b[0] & 0xff) == 0x00
        && (b[1] & 0xff) == 0x64
        && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b
        && isZero(b, 4, 12)) {
      return ipv4(b, 12);
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return ipv4(b, 2);
    }
    return Optional.empty();
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static Optional<InetAddress> ipv4(byte[] b, int offset) {
    byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
    try {
      return Optional.of(InetAddress.getByAddress(v4));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }

  /** How a range reads in a message. */
  static String describe(Range range) {
    return switch (range) {
      case LOOPBACK -> "a loopback address";
      case PRIVATE -> "a private address";
      case LINK_LOCAL -> "a link-local address";
      case UNSPECIFIED -> "an unspecified address";
      case MULTICAST -> "a multicast or broadcast address";
      case RESERVED -> "a reserved address";
    };
  }
}
