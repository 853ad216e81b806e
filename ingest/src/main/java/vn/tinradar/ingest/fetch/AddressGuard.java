package vn.tinradar.ingest.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The SSRF guard: resolves a host once and picks the address to connect to, refusing every address of the
 * IANA special-purpose registries (IPv4 and IPv6) unless the host is one the source may reach privately.
 * The caller connects to the returned address, never to the name, so a second DNS answer cannot swap in an
 * internal address after the check (DNS rebinding).
 */
final class AddressGuard {

    /** The address to connect to, or why there is none. */
    record Decision(InetAddress address, String refusal, boolean unresolvable) {
        boolean allowed() {
            return address != null;
        }
    }

    /**
     * Special-purpose blocks (IANA IPv4 and IPv6 Special-Purpose Address Registries, plus multicast,
     * reserved 240/4, site-local fec0::/10 and 6to4/Teredo/NAT64 forms that can wrap an internal IPv4 address).
     * IPv4-mapped IPv6 (::ffff:0:0/96) is absent on purpose: the JDK turns every such address into the IPv4
     * address it carries, which is then judged by the IPv4 blocks.
     */
    private static final List<Cidr> SPECIAL = List.of(
            Cidr.of("0.0.0.0/8"), Cidr.of("10.0.0.0/8"), Cidr.of("100.64.0.0/10"), Cidr.of("127.0.0.0/8"),
            Cidr.of("169.254.0.0/16"), Cidr.of("172.16.0.0/12"), Cidr.of("192.0.0.0/24"), Cidr.of("192.0.2.0/24"),
            Cidr.of("192.31.196.0/24"), Cidr.of("192.52.193.0/24"), Cidr.of("192.88.99.0/24"),
            Cidr.of("192.168.0.0/16"), Cidr.of("192.175.48.0/24"), Cidr.of("198.18.0.0/15"),
            Cidr.of("198.51.100.0/24"), Cidr.of("203.0.113.0/24"), Cidr.of("224.0.0.0/4"), Cidr.of("240.0.0.0/4"),
            Cidr.of("::/96"), Cidr.of("64:ff9b::/96"), Cidr.of("64:ff9b:1::/48"),
            Cidr.of("100::/64"), Cidr.of("2001::/23"), Cidr.of("2001:db8::/32"), Cidr.of("2002::/16"),
            Cidr.of("2620:4f:8000::/48"), Cidr.of("3fff::/20"), Cidr.of("5f00::/16"), Cidr.of("fc00::/7"),
            Cidr.of("fe80::/10"), Cidr.of("fec0::/10"), Cidr.of("ff00::/8"));

    private final HostResolver resolver;

    AddressGuard(HostResolver resolver) {
        this.resolver = resolver;
    }

    /** Resolves {@code host} once; with {@code mayBePrivate} any address is taken, else only public ones. */
    Decision decide(String host, boolean mayBePrivate) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Decision(null, "cannot resolve host " + host, true);
        }
        if (addresses.length == 0) {
            return new Decision(null, "cannot resolve host " + host, true);
        }
        if (mayBePrivate) {
            return new Decision(addresses[0], null, false);
        }
        // one internal answer refuses the host: a name mixing public and internal addresses is a rebinding setup
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return new Decision(null, "host " + host + " resolves to internal address "
                        + address.getHostAddress(), false);
            }
        }
        return new Decision(addresses[0], null, false);
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = a.getAddress();
        if (a instanceof Inet4Address && bytes[0] == (byte) 255 && bytes[1] == (byte) 255 && bytes[2] == (byte) 255
                && bytes[3] == (byte) 255) {
            return true; // limited broadcast, inside 240/4 but named for the reader
        }
        for (Cidr block : SPECIAL) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** Name-to-addresses lookup; tests give a fixed answer, production asks the system resolver. */
    interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;

        HostResolver SYSTEM = InetAddress::getAllByName;
    }

    /** One address block, e.g. 198.18.0.0/15. */
    private record Cidr(byte[] network, int bits) {

        static Cidr of(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                return new Cidr(InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
                        Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("bad address block " + cidr, e);
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
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
