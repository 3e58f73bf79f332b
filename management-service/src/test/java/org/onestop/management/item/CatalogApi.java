package org.onestop.management.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.TestTokens;

/** The editor's and reviewer's steps, as integration tests take them. */
final class CatalogApi {

    static final String ITEMS = "/api/management/v1/service-items";
    static final String EDITOR = TestTokens.staff("editor", "EDITOR", TestTokens.DEPARTMENT);
    static final String REVIEWER = TestTokens.staff("reviewer", "REVIEWER", TestTokens.DEPARTMENT);

    private final ApiClient api;

    CatalogApi(ApiClient api) {
        this.api = api;
    }

    static Map<String, Object> item(String code, ServiceGuide guide) {
        Map<String, Object> item = new HashMap<>(Map.of("code", code, "name", "食品经营许可证核发",
                "itemType", "ADMINISTRATIVE_LICENSING", "regionCode", "330100", "departmentCode", TestTokens.DEPARTMENT,
                "legalLimitDays", 20, "promisedLimitDays", 10, "formFields", Guides.FORM));
        if (guide != null) {
            item.put("guide", guide);
        }
        return item;
    }

    /** Drafts a complete item as the editor and returns its id. */
    String draft(String code) {
        var drafted = api.post(ITEMS, EDITOR, item(code, Guides.complete(null)));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.text("id");
    }

    ApiClient.Response step(String id, String step, String token, Map<String, Object> body) {
        return api.post(ITEMS + "/" + id + "/" + step, token, body);
    }

    /** Drafts, submits (editor) and publishes (reviewer); returns the id. */
    String publish(String code) {
        String id = draft(code);
        assertThat(step(id, "submit", EDITOR, Map.of()).status()).isEqualTo(200);
        var published = step(id, "publish", REVIEWER, Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }
}
