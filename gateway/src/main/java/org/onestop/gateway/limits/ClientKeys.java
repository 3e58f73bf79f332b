package org.onestop.gateway.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import io.netty.util.NetUtil;
import org.onestop.gateway.clients.ClientAddresses;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whose budget a request spends: the token's subject when it carries a valid bearer token (the edge security checked
 * it), else the client's address ({@link ClientAddresses}); an IPv6 address by its /64, the block one subscriber
 * usually holds, so that a client cannot make itself new budgets from its own block.
 */
@Component
class ClientKeys {

    private static final int LONGEST_SUBJECT = 64;
    private static final int IPV6_PREFIX_BYTES = 8;

    private final ClientAddresses addresses;

    ClientKeys(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    Mono<String> of(ServerWebExchange exchange) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof JwtAuthenticationToken jwt
                        && jwt.getToken().getSubject() != null ? "sub " + bounded(jwt.getToken().getSubject()) : null)
                .switchIfEmpty(Mono.fromSupplier(() -> "address " + addressKey(addresses.clientAddress(exchange.getRequest()))));
    }

    static String addressKey(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null || bytes.length != 16) {
            return address;
        }
        byte[] block = new byte[16];
        System.arraycopy(bytes, 0, block, 0, IPV6_PREFIX_BYTES);
        try {
            InetAddress network = Inet6Address.getByAddress(block);
            return NetUtil.toAddressString(network) + "/64";
        } catch (java.net.UnknownHostException impossible) {
            return address;
        }
    }

    /** A subject is the issuer's to choose: a long one is kept as its hash, so a key stays short. */
    private static String bounded(String subject) {
        if (subject.length() <= LONGEST_SUBJECT) {
            return subject;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
