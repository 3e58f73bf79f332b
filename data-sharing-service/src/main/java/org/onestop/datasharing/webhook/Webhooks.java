package org.onestop.datasharing.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.contracts.datasharing.SharedRecordPublished;
import org.onestop.datasharing.linkcheck.domain.LinkPolicy;
import org.onestop.datasharing.resource.SharingGrants;
import org.onestop.datasharing.webhook.domain.WebhookDelivery;
import org.onestop.datasharing.webhook.domain.WebhookSignature;
import org.onestop.datasharing.webhook.domain.WebhookSubscription;
import org.onestop.platform.messaging.EventJson;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Departments' webhooks: a department's staff or system subscribes an endpoint to resources it may read; every record
 * published to those resources is queued for it in the publishing transaction (with the granted fields only) and
 * posted, signed, until a 2xx answer or the last attempt.
 */
@Service
public class Webhooks {

    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_RESOURCES = 20;

    private final WebhookRepository webhooks;
    private final SharingGrants grants;
    private final WebhookProperties settings;
    private final LinkPolicy addresses;
    private final HttpClient http;
    private final Clock clock;

    Webhooks(WebhookRepository webhooks, SharingGrants grants, WebhookProperties settings, Clock clock) {
        this.webhooks = webhooks;
        this.grants = grants;
        this.settings = settings;
        this.addresses = new LinkPolicy(settings.allowedPrivateHosts());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.clock = clock;
    }

    /** Subscribes the caller's department; the answer carries the secret, this once. */
    @Transactional
    WebhookSubscription subscribe(CurrentUser caller, String url, List<String> resources) {
        String department = departmentOf(caller);
        List<FieldProblem> problems = new ArrayList<>();
        refusalOf(url).ifPresent(reason -> problems.add(new FieldProblem("url", reason)));
        List<String> wanted = resources.stream().map(String::strip).distinct().toList();
        for (int i = 0; i < wanted.size(); i++) {
            if (!grants.mayRead(department, wanted.get(i))) {
                problems.add(new FieldProblem("resources[" + i + "]",
                        "your department may not read " + wanted.get(i) + " (no active READ grant)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("Invalid webhook subscription", problems);
        }
        if (webhooks.activeOf(department).size() >= settings.maxPerDepartment()) {
            throw new ConflictException("Your department has " + settings.maxPerDepartment()
                    + " active webhooks, the most it may hold", Map.of("limit", settings.maxPerDepartment()));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID(), department, url.strip(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), wanted, true, caller.username(),
                clock.instant());
        webhooks.insert(subscription);
        return subscription;
    }

    List<WebhookSubscription> ofDepartment(CurrentUser caller) {
        return webhooks.activeOf(departmentOf(caller));
    }

    @Transactional
    void remove(CurrentUser caller, UUID id) {
        if (!webhooks.deactivate(id, departmentOf(caller))) {
            throw new NotFoundException("No webhook " + id);
        }
    }

    PageResponse<WebhookDelivery> deliveries(CurrentUser caller, UUID id, String status, PageRequest page) {
        own(caller, id);
        return PageResponse.of(webhooks.deliveriesOf(id, status, page), page, webhooks.countOf(id, status));
    }

    /** Sends a dead delivery again, from its first attempt. */
    @Transactional
    WebhookDelivery redeliver(CurrentUser caller, UUID id, UUID deliveryId) {
        own(caller, id);
        WebhookDelivery delivery = webhooks.delivery(id, deliveryId)
                .orElseThrow(() -> new NotFoundException("No delivery " + deliveryId));
        if (delivery.status() != WebhookDelivery.Status.DEAD) {
            throw new ConflictException("Only a dead delivery is sent again", Map.of("deliveryStatus", delivery.status().name()));
        }
        WebhookDelivery revived = delivery.revived(clock.instant());
        webhooks.update(revived);
        return revived;
    }

    /**
     * Queues a published record for the consumer department's subscriptions to its resource, as the exchange
     * publishes it (a synchronous application event, in the publishing transaction).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(SharedRecordPublished published) {
        Instant now = clock.instant();
        String eventId = published.resourceCode() + "-" + published.seq();
        for (WebhookSubscription subscription : webhooks.activeOf(published.consumerDepartment())) {
            if (subscription.covers(published.resourceCode())) {
                Map<String, Object> envelope = new LinkedHashMap<>();
                envelope.put("id", eventId);
                envelope.put("type", SharedRecordPublished.TYPE);
                envelope.put("time", published.publishedAt().toString());
                envelope.put("data", JSON.readTree(EventJson.write(published)));
                webhooks.insert(WebhookDelivery.pending(subscription.id(), eventId, SharedRecordPublished.TYPE,
                        JSON.writeValueAsString(envelope), now));
            }
        }
    }

    /** Posts what is due, one claimed batch; returns how many were tried. */
    int dispatchBatch() {
        Instant now = clock.instant();
        List<WebhookDelivery> due = webhooks.claimDue(now, now.plus(settings.lease()), settings.batch());
        for (WebhookDelivery delivery : due) {
            Optional<WebhookSubscription> subscription = webhooks.find(delivery.subscriptionId());
            String answer = subscription.filter(WebhookSubscription::active).map(s -> post(s, delivery))
                    .orElse("the subscription was removed");
            boolean delivered = answer.startsWith("HTTP 2");
            WebhookDelivery attempted = delivery.attempted(delivered, answer,
                    subscription.filter(WebhookSubscription::active).isPresent() ? settings.maxAttempts() : 1,
                    settings.firstRetry(), settings.longestRetry(), clock.instant());
            webhooks.update(attempted);
            if (attempted.status() == WebhookDelivery.Status.DEAD) {
                log.warn("Webhook delivery {} of subscription {} is dead after {} attempts ({})", attempted.id(),
                        attempted.subscriptionId(), attempted.attempts(), answer);
            }
        }
        return due.size();
    }

    /** One call; the answer as "HTTP nnn", or why no call was made or none answered. */
    private String post(WebhookSubscription subscription, WebhookDelivery delivery) {
        Optional<String> refused = refusalOf(subscription.url());
        if (refused.isPresent()) {
            return "not called: " + refused.get();
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "OneStop-Webhooks/1")
                .header("X-OneStop-Event-Id", delivery.eventId())
                .header("X-OneStop-Event-Type", delivery.eventType())
                .header("X-OneStop-Delivery", delivery.id().toString())
                .header("X-OneStop-Timestamp", String.valueOf(timestamp))
                .header("X-OneStop-Signature", WebhookSignature.of(subscription.secret(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        try {
            return "HTTP " + http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Why the platform will not call this URL: not https (but an allowed intranet host), no host, a private address. */
    private Optional<String> refusalOf(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        Optional<String> refused = addresses.refusalOf(uri);
        if (refused.isPresent()) {
            return refused;
        }
        String host = uri.getHost();
        boolean intranet = settings.allowedPrivateHosts().stream().anyMatch(allowed -> allowed.equalsIgnoreCase(host));
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !intranet) {
            return Optional.of("must be an https URL");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        try {
            return addresses.refusalOf(host, InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be resolved");
        }
    }

    private WebhookSubscription own(CurrentUser caller, UUID id) {
        String department = departmentOf(caller);
        return webhooks.find(id).filter(s -> s.active() && s.department().equals(department))
                .orElseThrow(() -> new NotFoundException("No webhook " + id));
    }

    private static String departmentOf(CurrentUser caller) {
        if (caller.department() == null || caller.department().isBlank()) {
            throw new AccessDeniedException("Only a department's staff or systems hold webhooks");
        }
        return caller.department();
    }
}
