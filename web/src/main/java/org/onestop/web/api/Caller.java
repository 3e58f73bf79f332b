package org.onestop.web.api;

/**
 * On whose behalf a page calls the APIs: the signed-in person's access token (null for a visitor),
 * the channel the person came through (web, wechat, app, weibo), the correlation id of the page
 * request and the person's own address (passed on as X-Forwarded-For, so that the services' limits
 * per client count people, not the website).
 */
public record Caller(String accessToken, String channel, String correlationId, String clientAddress) {
}
