package org.onestop.datasharing.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import org.onestop.datasharing.linkcheck.domain.LinkPolicy;
import org.onestop.datasharing.linkcheck.domain.LinkVerdict;
import org.springframework.stereotype.Component;

/**
 * Asks a link's server for its status: HEAD, or a GET of the first byte when the server does not
 * allow HEAD, whose body is not read. Redirects are not followed (a redirect counts as an answer),
 * so a link cannot lead the checker somewhere the policy would refuse. Every call is bounded by the
 * connect and request timeouts; it never throws.
 *
 * <p>The host is resolved and judged by {@link LinkPolicy} before the call, and the HTTP client
 * resolves it again: a name whose address changes in between (DNS rebinding) is not caught.
 */
@Component
class LinkProbe {

    private static final String USER_AGENT = "OneStop-LinkCheck/1 (government service guide link check)";

    private final HttpClient http;
    private final LinkPolicy policy;
    private final LinkCheckProperties properties;

    LinkProbe(LinkCheckProperties properties) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.policy = new LinkPolicy(properties.allowedPrivateHosts());
        this.properties = properties;
    }

    LinkVerdict check(String url) {
        URI uri;
        try {
            uri = URI.create(new URI(url.trim()).toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return LinkVerdict.refused("not a valid URL");
        }
        Optional<String> refusal = policy.refusalOf(uri);
        if (refusal.isEmpty()) {
            try {
                refusal = policy.refusalOf(uri.getHost(), InetAddress.getAllByName(uri.getHost()));
            } catch (UnknownHostException e) {
                return LinkVerdict.unreachable("unknown host");
            }
        }
        if (refusal.isPresent()) {
            return LinkVerdict.refused(refusal.get());
        }
        LinkVerdict head = ask(uri, "HEAD");
        return head.headNotAllowed() ? ask(uri, "GET") : head;
    }

    private LinkVerdict ask(URI uri, String method) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.requestTimeout())
                .header("User-Agent", USER_AGENT);
        if (method.equals("GET")) {
            request.GET().header("Range", "bytes=0-0");
        } else {
            request.method("HEAD", HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return LinkVerdict.answered(response.statusCode());
        } catch (HttpConnectTimeoutException e) {
            return LinkVerdict.unreachable("no connection within " + properties.connectTimeout().toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return LinkVerdict.unreachable("no answer within " + properties.requestTimeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return LinkVerdict.unreachable("connection failed");
        } catch (IOException e) {
            return LinkVerdict.unreachable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LinkVerdict.unreachable("interrupted");
        }
    }
}
