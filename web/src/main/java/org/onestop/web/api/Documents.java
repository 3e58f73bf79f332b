package org.onestop.web.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An API's JSON as plain maps, lists and values, which templates read by name ({@code ${item.guide.materials}}). */
public final class Documents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Documents() {
    }

    /** How many pages of {@code size} a page document of the platform ({@code totalElements}) has in all. */
    public static long pagesOf(JsonNode page, int size) {
        return (page.path("totalElements").asLong() + size - 1) / size;
    }

    public static Object plain(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : JSON.convertValue(node, Object.class);
    }
}
