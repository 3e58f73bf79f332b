package org.onestop.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SearchPageTest {

    private static Map<String, Object> criteria(String q, String department) {
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("q", q);
        criteria.put("topic", null);
        criteria.put("department", department);
        return criteria;
    }

    @Test
    void aFilterLinkKeepsTheOtherCriteriaEncodedAndLiftsAFilterThatIsOn() {
        var facets = JsonMapper.builder().build().readTree("""
                {"department":[{"value":"330100-AMR","count":9},{"value":"330100-TAX","count":3}],
                 "onlineDepth":[{"value":"IV","count":2}]}""");

        var links = SearchPage.facetLinks(criteria("食品 & 药", "330100-AMR"), facets,
                Map.of("330100-AMR", "杭州市市场监督管理局"));

        var amr = links.get("department").get(0);
        assertThat(amr.selected()).isTrue();
        assertThat(amr.name()).isEqualTo("杭州市市场监督管理局");
        assertThat(amr.href()).isEqualTo("/search?q=%E9%A3%9F%E5%93%81%20%26%20%E8%8D%AF");
        var tax = links.get("department").get(1);
        assertThat(tax.selected()).isFalse();
        assertThat(tax.name()).isEqualTo("330100-TAX");
        assertThat(tax.href()).endsWith("&department=330100-TAX");
        assertThat(links.get("onlineDepth")).singleElement().satisfies(depth -> {
            assertThat(depth.labelKey()).isEqualTo("depth.IV");
            assertThat(depth.href()).contains("department=330100-AMR").endsWith("&onlineDepth=IV");
        });
        assertThat(links.get("topic")).isEqualTo(List.of());
    }
}
