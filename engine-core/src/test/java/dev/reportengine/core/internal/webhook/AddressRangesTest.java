package dev.reportengine.core.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.core.WebhookAddressPolicy.Range;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
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
}
