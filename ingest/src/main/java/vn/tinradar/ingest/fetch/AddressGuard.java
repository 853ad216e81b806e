package vn.tinradar.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The SSRF guard: refuses hosts that resolve to loopback, private, link-local or otherwise internal addresses. */
final class AddressGuard {

    private AddressGuard() {
    }

    /** Null when every address of {@code host} is public, else the reason it is refused. */
    static String refusal(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) {
                    return "host " + host + " resolves to internal address " + address.getHostAddress();
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return null; // the fetch itself reports the DNS failure as ERROR
        }
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 100.64/10 carrier-grade NAT and 0/8 are not routable on the public internet either
            return first == 0 || first == 100 && second >= 64 && second < 128;
        }
        // fc00::/7 unique local IPv6
        return (b[0] & 0xfe) == 0xfc;
    }
}
