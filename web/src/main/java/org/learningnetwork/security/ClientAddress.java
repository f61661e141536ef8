package org.learningnetwork.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network address a request came from, as far as the application can tell: the connection's, or, when that is a
 * proxy named in {@code learningnetwork.trusted-proxies} (a load balancer or reverse proxy in front of the servers),
 * the nearest address in {@code X-Forwarded-For} that is not one of them. An address a client wrote itself is never
 * believed: only what trusted proxies appended. IPv6 addresses count by their /64 network, which one household or
 * office usually holds whole; IPv4 ones written as IPv6 count as IPv4. Pure.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The trusted proxies of the server's settings. */
    public static Set<String> trustedProxies() {
        return Arrays.stream(SignInSettings.TRUSTED_PROXIES.get().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(ClientAddress::normalised).collect(Collectors.toSet());
    }

    /** The key a client is counted by. */
    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        String address = normalised(remoteAddress);
        if (trustedProxies.contains(address) && forwardedFor != null && !forwardedFor.isBlank()) {
            List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                address = normalised(hops.get(i));
                if (!trustedProxies.contains(address)) {
                    break;
                }
            }
        }
        return network(address);
    }

    private static String normalised(String address) {
        String a = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        if (a.startsWith("[") && a.contains("]")) {
            a = a.substring(1, a.indexOf(']'));
        }
        return a;
    }

    /** An IPv4 address as it is; an IPv6 one as its first four groups (its /64 network). */
    static String network(String address) {
        if (address.contains(".")) {
            // IPv4, also written as IPv6 (::ffff:192.0.2.1).
            return address.substring(address.lastIndexOf(':') + 1);
        }
        if (!address.contains(":")) {
            return address;
        }
        String full = expand(address);
        return full == null ? address : String.join(":", Arrays.asList(full.split(":")).subList(0, 4)) + "::/64";
    }

    /** The eight groups of an IPv6 address, without :: shortening; null if it is not one. */
    private static String expand(String address) {
        String a = address.contains("%") ? address.substring(0, address.indexOf('%')) : address;
        String[] halves = a.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        List<String> head = halves[0].isEmpty() ? List.of() : List.of(halves[0].split(":"));
        List<String> tail = halves.length == 1 || halves[1].isEmpty() ? List.of() : List.of(halves[1].split(":"));
        int missing = 8 - head.size() - tail.size();
        if (missing < 0 || (halves.length == 1 && missing != 0)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        head.forEach(g -> out.append(group(g)).append(':'));
        for (int i = 0; i < missing; i++) {
            out.append("0:");
        }
        tail.forEach(g -> out.append(group(g)).append(':'));
        return out.substring(0, out.length() - 1);
    }

    private static String group(String group) {
        String g = group.replaceFirst("^0+(?=.)", "");
        return g.isEmpty() ? "0" : g;
    }
}
