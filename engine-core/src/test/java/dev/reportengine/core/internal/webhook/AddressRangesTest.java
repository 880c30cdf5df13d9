package dev.reportengine.core.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.core.WebhookAddressPolicy.Range;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "127.0.0.1, LOOPBACK",
    "127.255.0.9, LOOPBACK",
    "::1, LOOPBACK",
    "10.0.0.1, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.254, PRIVATE",
    "192.168.1.1, PRIVATE",
    "100.64.0.1, PRIVATE",
    "fc00::1, PRIVATE",
    "fd12:3456::1, PRIVATE",
    "169.254.169.254, LINK_LOCAL",
    "fe80::1, LINK_LOCAL",
    "0.0.0.0, UNSPECIFIED",
    "0.1.2.3, UNSPECIFIED",
    "::, UNSPECIFIED",
    "224.0.0.1, MULTICAST",
    "239.255.255.250, MULTICAST",
    "255.255.255.255, MULTICAST",
    "ff02::1, MULTICAST",
    "::ffff:10.0.0.1, PRIVATE",
    "::ffff:169.254.169.254, LINK_LOCAL",
    "::127.0.0.1, LOOPBACK",
    "64:ff9b::a00:1, PRIVATE",
    "2002:a9fe:a9fe::1, LINK_LOCAL"
  })
  void doesClassifyTheAddressWhenItIsSpecial(String address, Range range)
      throws UnknownHostException {
    assertThat(AddressRanges.classify(InetAddress.getByName(address))).contains(range);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.215.14",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "2606:4700::1111",
        "64:ff9b::808:808"
      })
  void doesFindNoRangeWhenTheAddressIsPublic(String address) throws UnknownHostException {
    assertThat(AddressRanges.classify(InetAddress.getByName(address))).isEqualTo(Optional.empty());
  }

  /**
   * One row per entry of the IANA IPv4 and IPv6 Special-Purpose Address Registries that the guard
   * refuses (plus multicast and IPv6 site-local): its first and last address are in the range, and
   * the addresses just outside are public (empty) or in the range named.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0.0.0.0/8,          UNSPECIFIED, 0.0.0.0,     0.255.255.255,   ,                ,            1.0.0.0,       ",
    "10.0.0.0/8,         PRIVATE,     10.0.0.0,    10.255.255.255,  9.255.255.255,   ,            11.0.0.0,      ",
    "100.64.0.0/10,      PRIVATE,     100.64.0.0,  100.127.255.255, 100.63.255.255,  ,            100.128.0.0,   ",
    "127.0.0.0/8,        LOOPBACK,    127.0.0.0,   127.255.255.255, 126.255.255.255, ,            128.0.0.0,     ",
    "169.254.0.0/16,     LINK_LOCAL,  169.254.0.0, 169.254.255.255, 169.253.255.255, ,            169.255.0.0,   ",
    "172.16.0.0/12,      PRIVATE,     172.16.0.0,  172.31.255.255,  172.15.255.255,  ,            172.32.0.0,    ",
    "192.0.0.0/24,       RESERVED,    192.0.0.0,   192.0.0.255,     191.255.255.255, ,            192.0.1.0,     ",
    "192.0.2.0/24,       RESERVED,    192.0.2.0,   192.0.2.255,     192.0.1.255,     ,            192.0.3.0,     ",
    "192.88.99.0/24,     RESERVED,    192.88.99.0, 192.88.99.255,   192.88.98.255,   ,            192.88.100.0,  ",
    "192.168.0.0/16,     PRIVATE,     192.168.0.0, 192.168.255.255, 192.167.255.255, ,            192.169.0.0,   ",
    "198.18.0.0/15,      RESERVED,    198.18.0.0,  198.19.255.255,  198.17.255.255,  ,            198.20.0.0,    ",
    "198.51.100.0/24,    RESERVED,    198.51.100.0, 198.51.100.255, 198.51.99.255,   ,            198.51.101.0,  ",
    "203.0.113.0/24,     RESERVED,    203.0.113.0, 203.0.113.255,   203.0.112.255,   ,            203.0.114.0,   ",
    "224.0.0.0/4,        MULTICAST,   224.0.0.0,   239.255.255.255, 223.255.255.255, ,            240.0.0.0,       RESERVED",
    "240.0.0.0/4,        RESERVED,    240.0.0.0,   255.255.255.254, 239.255.255.255, MULTICAST,   255.255.255.255, MULTICAST",
    "255.255.255.255/32, MULTICAST,   255.255.255.255, 255.255.255.255, 255.255.255.254, RESERVED, ,             ",
    "::/128,             UNSPECIFIED, ::,          ::,              ,                ,            ::1,             LOOPBACK",
    "::1/128,            LOOPBACK,    ::1,         ::1,             ::,              UNSPECIFIED, ::2,             UNSPECIFIED",
    "64:ff9b:1::/48,     PRIVATE,     64:ff9b:1::, 64:ff9b:1:ffff:ffff:ffff:ffff:ffff, 64:ff9b:0:ffff:ffff:ffff:ffff:ffff, , 64:ff9b:2::, ",
    "100::/64,           RESERVED,    100::,       100::ffff:ffff:ffff:ffff, ff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, , 100:0:0:1::, ",
    "2001::/23,          RESERVED,    2001::,      2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff, 2000:ffff:ffff:ffff:ffff:ffff:ffff:ffff, , 2001:200::, ",
    "2001::/32 Teredo,   RESERVED,    2001::,      2001:0:ffff:ffff:ffff:ffff:ffff:ffff, 2000:ffff:ffff:ffff:ffff:ffff:ffff:ffff, , 2001:1::, RESERVED",
    "2001:2::/48,        RESERVED,    2001:2::,    2001:2:0:ffff:ffff:ffff:ffff:ffff, 2001:1:ffff:ffff:ffff:ffff:ffff:ffff, RESERVED, 2001:2:1::, RESERVED",
    "2001:db8::/32,      RESERVED,    2001:db8::,  2001:db8:ffff:ffff:ffff:ffff:ffff:ffff, 2001:db7:ffff:ffff:ffff:ffff:ffff:ffff, , 2001:db9::, ",
    "3fff::/20,          RESERVED,    3fff::,      3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff, 3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff, , 3fff:1000::, ",
    "5f00::/16,          RESERVED,    5f00::,      5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 5eff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, , 5f01::, ",
    "fc00::/7,           PRIVATE,     fc00::,      fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, , fe00::, ",
    "fe80::/10,          LINK_LOCAL,  fe80::,      febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff, fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff, , fec0::, PRIVATE",
    "fec0::/10,          PRIVATE,     fec0::,      feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff, LINK_LOCAL, ff00::, MULTICAST",
    "ff00::/8,           MULTICAST,   ff00::,      ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, PRIVATE, , "
  })
  void doesClassifyARangeFromItsFirstToItsLastAddressAndNotItsNeighbours(
      String block,
      Range range,
      String first,
      String last,
      String below,
      Range belowRange,
      String above,
      Range aboveRange)
      throws UnknownHostException {
    assertThat(classify(first)).as("first address of %s", block).contains(range);
    assertThat(classify(last)).as("last address of %s", block).contains(range);
    if (below != null) {
      assertThat(classify(below)).as("%s, below %s", below, block).isEqualTo(maybe(belowRange));
    }
    if (above != null) {
      assertThat(classify(above)).as("%s, above %s", above, block).isEqualTo(maybe(aboveRange));
    }
  }

  @Test
  void doesNameTheRegistryEntryAndItsRfcWhenTheAddressIsReserved() throws UnknownHostException {
    assertThat(AddressRanges.entry(InetAddress.getByName("2001:0:4136:e378:8000:63bf:3fff:fdd2")))
        .map(e -> e.name() + " (" + e.rfc() + ")")
        .contains("TEREDO (RFC 4380, RFC 8190)");
  }

  private static Optional<Range> classify(String address) throws UnknownHostException {
    return AddressRanges.classify(InetAddress.getByName(address));
  }

  private static Optional<Range> maybe(Range range) {
    return Optional.ofNullable(range);
  }
}
