package org.learningnetwork.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void theConnectionsAddressUnlessItIsATrustedProxy() {
        assertEquals("192.0.2.7", ClientAddress.of("192.0.2.7", null, PROXIES));
        assertEquals("192.0.2.7", ClientAddress.of("192.0.2.7", "198.51.100.1", PROXIES), "a client cannot name itself");
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "198.51.100.1", PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, PROXIES));
    }

    @Test
    void theNearestAddressNotATrustedProxyCounts() {
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "203.0.113.9, 198.51.100.1, 10.0.0.6", PROXIES),
                "what the client wrote first is not believed");
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", "203.0.113.9,10.0.0.6", PROXIES));
    }

    @Test
    void ipv6AddressesCountByTheirNetwork() {
        assertEquals("2001:db8:1:2::/64", ClientAddress.of("2001:db8:1:2:aaaa::1", null, PROXIES));
        assertEquals("2001:db8:1:2::/64", ClientAddress.of("2001:0db8:0001:0002:ffff:0:0:9", null, PROXIES));
        assertEquals("0:0:0:0::/64", ClientAddress.of("::1", null, PROXIES));
        assertEquals("0:0:0:0::/64", ClientAddress.of("0:0:0:0:0:0:0:1", null, PROXIES));
        assertEquals("192.0.2.7", ClientAddress.of("::ffff:192.0.2.7", null, PROXIES), "IPv4 written as IPv6");
        assertEquals("2001:db8:1:2::/64", ClientAddress.of("[2001:db8:1:2::1]", null, PROXIES));
    }
}
