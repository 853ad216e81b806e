package vn.tinradar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** The SSRF guard's address ranges, checked on literal addresses (no DNS lookup). */
class AddressGuardTest {

    private static boolean internal(String literal) throws UnknownHostException {
        return AddressGuard.isInternal(InetAddress.getByName(literal));
    }

    @Test
    void refusesLoopbackPrivateAndLinkLocalIpv4() throws Exception {
        for (String a : new String[] {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.5", "172.31.255.254",
                "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1"}) {
            assertThat(internal(a)).as(a).isTrue();
        }
    }

    @Test
    void refusesLoopbackUniqueLocalAndLinkLocalIpv6() throws Exception {
        for (String a : new String[] {"::1", "fc00::1", "fd12:3456::1", "fe80::1", "::"}) {
            assertThat(internal(a)).as(a).isTrue();
        }
    }

    @Test
    void allowsPublicAddressesAtTheEdgesOfThePrivateRanges() throws Exception {
        for (String a : new String[] {"14.225.0.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
                "100.128.0.1", "11.0.0.1", "2001:ee0:4041::1"}) {
            assertThat(internal(a)).as(a).isFalse();
        }
    }
}
