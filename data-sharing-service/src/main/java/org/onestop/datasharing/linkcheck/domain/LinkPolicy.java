package org.onestop.datasharing.linkcheck.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which links the checker may call. Links are typed by catalog editors, so a link to the
 * service's own network (loopback, private, link-local such as a cloud metadata address, unique
 * local, shared, multicast) is not called but reported as invalid: the checker must not become a
 * way to probe the inside. Hosts an operator lists (an intranet portal) are exempt.
 */
public final class LinkPolicy {

    private final Set<String> allowedPrivateHosts;

    public LinkPolicy(List<String> allowedPrivateHosts) {
        this.allowedPrivateHosts = allowedPrivateHosts == null ? Set.of() : allowedPrivateHosts.stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Why the URL is not called at all (no http or https URL with a host), or empty. */
    public Optional<String> refusalOf(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("not an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("no host");
        }
        return Optional.empty();
    }

    /** Why the host, resolved to these addresses, is not called, or empty. */
    public Optional<String> refusalOf(String host, InetAddress[] addresses) {
        if (allowedPrivateHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("not a public address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        boolean thisNetwork = bytes[0] == 0;
        boolean sharedAddressSpace = (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64.0.0/10
        return !thisNetwork && !sharedAddressSpace;
    }
}
