package org.onestop.web.api;

/**
 * On whose behalf a page calls the APIs: the signed-in person's access token (null for a visitor),
 * the channel the person came through (web, wechat, app, weibo) and the correlation id of the page request.
 */
public record Caller(String accessToken, String channel, String correlationId) {
}
