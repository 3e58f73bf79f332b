package org.onestop.gateway.clients;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

import io.netty.util.NetUtil;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Who is asking: the remote address of the connection, unless that is a trusted proxy
 * ({@code onestop.gateway.trusted-proxies}); then the rightmost X-Forwarded-For entry that is not a
 * trusted proxy. An untrusted client's own X-Forwarded-For and X-Forwarded-Proto are never read.
 */
@Component
public class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    private static final String UNKNOWN = "unknown";

    private final List<AddressRange> trustedProxies;

    ClientAddresses(ClientSettings settings) {
        this.trustedProxies = settings.trustedProxies().stream().map(AddressRange::parse).toList();
    }

    /** The client's address as text ({@code 203.0.113.9}, {@code 2001:db8::1}); "unknown" without a remote address. */
    public String clientAddress(ServerHttpRequest request) {
        InetAddress remote = remoteAddress(request);
        if (remote == null) {
            return UNKNOWN;
        }
        InetAddress client = remote;
        if (isTrusted(remote)) {
            client = rightmostUntrusted(request.getHeaders().get(FORWARDED_FOR), remote);
        }
        return NetUtil.toAddressString(client);
    }

    /**
     * The request came over TLS: to the gateway itself, or to a trusted proxy that says so in X-Forwarded-Proto
     * (the nearest proxy's word, the last value).
     */
    public boolean isSecure(ServerHttpRequest request) {
        if (request.getSslInfo() != null) {
            return true;
        }
        InetAddress remote = remoteAddress(request);
        if (remote == null || !isTrusted(remote)) {
            return false;
        }
        List<String> protos = request.getHeaders().get(FORWARDED_PROTO);
        if (protos == null || protos.isEmpty()) {
            return false;
        }
        String last = protos.get(protos.size() - 1);
        String nearest = last.substring(last.lastIndexOf(',') + 1).strip();
        return nearest.equalsIgnoreCase("https");
    }

    boolean isTrusted(InetAddress address) {
        for (AddressRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the proxies' entries from the nearest: the first one not trusted is the client. When every entry is
     * trusted the farthest one is; an entry that is not an address stops the walk at the last trusted hop.
     */
    private InetAddress rightmostUntrusted(List<String> forwardedFor, InetAddress remote) {
        if (forwardedFor == null) {
            return remote;
        }
        InetAddress hop = remote;
        for (int header = forwardedFor.size() - 1; header >= 0; header--) {
            String[] entries = forwardedFor.get(header).split(",");
            for (int entry = entries.length - 1; entry >= 0; entry--) {
                InetAddress address = literal(entries[entry]);
                if (address == null) {
                    return hop;
                }
                hop = address;
                if (!isTrusted(address)) {
                    return address;
                }
            }
        }
        return hop;
    }

    private static InetAddress remoteAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null ? null : remote.getAddress();
    }

    /** An IP literal, optionally with a port ({@code 203.0.113.9:4711}, {@code [2001:db8::1]:4711}); else null. */
    static InetAddress literal(String entry) {
        String text = entry.strip();
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            text = close < 0 ? text : text.substring(1, close);
        } else if (text.indexOf(':') == text.lastIndexOf(':') && text.indexOf(':') > 0) {
            text = text.substring(0, text.indexOf(':'));
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(text);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            return null;
        }
    }
}
