package vn.tinradar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** The SSRF guard's address ranges, checked on literal addresses (no DNS lookup), and its one-lookup decision. */
class AddressGuardTest {

    private static boolean internal(String literal) throws UnknownHostException {
        return AddressGuard.isInternal(InetAddress.getByName(literal));
    }

    private static AddressGuard answering(String... literals) {
        return new AddressGuard(host -> {
            InetAddress[] out = new InetAddress[literals.length];
            for (int i = 0; i < literals.length; i++) {
                out[i] = InetAddress.getByName(literals[i]);
            }
            return out;
        });
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

    /** Issue 13: these special-purpose ranges were let through. */
    @Test
    void refusesEverySpecialPurposeIpv4Range() throws Exception {
        for (String a : new String[] {"198.18.0.1", "198.19.255.254", "192.0.0.8", "240.0.0.1", "250.1.2.3",
                "255.255.255.255", "192.0.2.10", "198.51.100.7", "203.0.113.9", "192.88.99.1", "100.127.255.254"}) {
            assertThat(internal(a)).as(a).isTrue();
        }
    }

    /** Issue 13: NAT64, 6to4, Teredo, IPv4-compatible and IPv4-mapped forms can all carry an internal IPv4 address. */
    @Test
    void refusesIpv6FormsThatWrapIpv4AndOtherSpecialIpv6Ranges() throws Exception {
        for (String a : new String[] {"64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2001:0:4136::1",
                "::7f00:1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "2001:db8::1", "100::1", "fec0::1",
                "ff02::1", "3fff::1"}) {
            assertThat(internal(a)).as(a).isTrue();
        }
    }

    @Test
    void allowsPublicAddressesAtTheEdgesOfTheSpecialRanges() throws Exception {
        for (String a : new String[] {"14.225.0.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
                "100.128.0.1", "11.0.0.1", "198.17.255.255", "198.20.0.1", "192.0.1.1", "223.255.255.254", "2001:ee0:4041::1", "2400:cb00::1", "64:ff9c::1", "2003::1"}) {
            assertThat(internal(a)).as(a).isFalse();
        }
    }

    @Test
    void refusesANameWhoseAnswersMixPublicAndInternalAddresses() {
        AddressGuard.Decision d = answering("14.225.0.1", "127.0.0.1").decide("baolaocai.vn", false);

        assertThat(d.allowed()).isFalse();
        assertThat(d.refusal()).contains("127.0.0.1");
    }

    @Test
    void pinsTheFirstAddressOfAPublicName() throws Exception {
        AddressGuard.Decision d = answering("14.225.0.1", "14.225.0.2").decide("baolaocai.vn", false);

        assertThat(d.address()).isEqualTo(InetAddress.getByName("14.225.0.1"));
    }

    @Test
    void takesAPrivateAddressOnlyForAHostAllowedToBePrivate() {
        assertThat(answering("192.168.1.20").decide("demo.local", true).allowed()).isTrue();
        assertThat(answering("192.168.1.20").decide("demo.local", false).allowed()).isFalse();
    }
}
