package org.onestop.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.onestop.portal.notification.domain.NotificationKind;

class NotificationTemplatesTest {

    @Test
    void everyKindHasASubjectAndABodyInBothLanguagesNamingOnlyKnownPlaceholders() {
        for (Locale language : new Locale[] {Locale.forLanguageTag("zh-CN"), Locale.ENGLISH}) {
            ResourceBundle words = NotificationTemplates.bundle(language);
            assertThat(words.keySet()).as("%s templates", language).hasSize(2 * NotificationKind.values().length + 1);
            for (String key : words.keySet()) {
                assertThat(words.getString(key)).as(key).isNotBlank();
                assertThat(NotificationTemplates.placeholdersOf(words.getString(key))).as(key)
                        .isSubsetOf(NotificationTemplates.PLACEHOLDERS);
            }
            for (NotificationKind kind : NotificationKind.values()) {
                assertThat(words.containsKey(kind + ".subject") && words.containsKey(kind + ".body")).as("%s %s", kind,
                        language).isTrue();
            }
        }
    }

    @Test
    void aCorrectionRequestSaysTheClockIsPausedAndWhatIsMissingInThePersonsLanguage() {
        var zh = NotificationTemplates.render(NotificationKind.CORRECTION_REQUESTED, Locale.forLanguageTag("zh-CN"),
                "请补正材料", "食品经营许可证核发（330100-X）：健康证明", "330100-X", "https://gov.example/my/messages");
        var en = NotificationTemplates.render(NotificationKind.CORRECTION_REQUESTED, Locale.ENGLISH,
                "请补正材料", "健康证明", "330100-X", "https://gov.example/my/messages");

        assertThat(zh.subject()).isEqualTo("请补正材料：330100-X");
        assertThat(zh.body()).contains("法定办理时限暂停", "健康证明", "https://gov.example/my/messages");
        assertThat(en.subject()).isEqualTo("Correction requested: 330100-X");
        assertThat(en.body()).contains("legal time limit is paused", "健康证明", "https://gov.example/my/messages");
    }

    @Test
    void aLanguageWithoutTemplatesGetsChinese() {
        var fr = NotificationTemplates.render(NotificationKind.BOOKING_MADE, Locale.FRENCH, "t", "明天九点", null, "x");

        assertThat(fr.subject()).isEqualTo("预约成功");
        assertThat(fr.body()).startsWith("明天九点");
    }
}
