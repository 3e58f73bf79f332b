package org.onestop.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageModelTest {

    @Test
    void theOtherLanguageIsThePageItselfWithItsQueryAndARelativeLink() {
        var request = new MockHttpServletRequest("GET", "/search");
        request.setQueryString("q=%E9%A3%9F%E5%93%81&lang=zh-CN&page=2");

        assertThat(PageModel.withLanguage(request, "en")).isEqualTo("/search?q=%E9%A3%9F%E5%93%81&page=2&lang=en");
        assertThat(PageModel.withLanguage(new MockHttpServletRequest("GET", "/"), "zh-CN")).isEqualTo("/?lang=zh-CN");
    }
}
