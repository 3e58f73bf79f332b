package org.onestop.web.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ProblemTextsTest {

    private final ProblemTexts texts = new ProblemTexts(messages());

    @Test
    void thePortalsRulesAreSaidInThePagesLanguageAndAnythingElseAsThePortalSaidIt() {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        assertThat(texts.of("联系电话 is required", chinese)).isEqualTo("此项为必填项。");
        assertThat(texts.of("is required", Locale.ENGLISH)).isEqualTo("This is required.");
        assertThat(texts.of("面积 must be a number", chinese)).isEqualTo("请填写数字。");
        assertThat(texts.of("经营项目 must be a list of some of [预包装食品销售]", chinese)).isEqualTo("请从给出的选项中选择。");
        assertThat(texts.of("开业日期 must be a date (yyyy-MM-dd)", Locale.ENGLISH)).isEqualTo("Enter a real date, such as 2026-12-08.");
        assertThat(texts.of("must be at most 500 characters long", chinese)).isEqualTo("最多 500 个字符。");
        assertThat(texts.of("must not exceed the legal limit of 30 working days", chinese))
                .isEqualTo("不能超过法定时限 30 个工作日。");
        assertThat(texts.of("e-certificate C-1 is revoked", chinese)).isEqualTo("e-certificate C-1 is revoked");
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
