package vn.motcua.throttling;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whom a request is counted against: the address of the socket it came on. Behind a reverse proxy that is the
 * proxy, unless the server is told to trust it ({@code server.forward-headers-strategy: native} with the proxy's
 * address in {@code server.tomcat.remoteip.internal-proxies}); then Tomcat gives the client's address from
 * X-Forwarded-For. A header is never read here: a client could write any address into it.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    /** The client's IPv4 address, or the /64 network of its IPv6 address (one subscriber holds a whole /64). */
    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // a literal address: parsed, never looked up
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
