package org.onestop.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ItemFormTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode item = JSON.readTree("""
            {"id": "1", "code": "330100-AMR-XK-004", "version": 1, "status": "PUBLISHED", "name": "备案",
             "itemType": "ADMINISTRATIVE_LICENSING", "regionCode": "330100", "departmentCode": "330100-AMR",
             "legalLimitDays": 30, "promisedLimitDays": 5, "formFields": [{"code": "enterpriseName"}],
             "guide": {"halls": [{"name": "市民中心"}], "faq": [{"question": "旧问题", "answer": "旧解答"}],
                       "topics": ["TAX"], "bookingSupported": true}}
            """);

    @Test
    void whatWasTypedGoesIntoTheItemAndWhatThePageDoesNotEditIsCarriedOver() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", "  第二类医疗器械经营备案凭证核发 ");
        form.add("legalLimitDays", "30");
        form.add("promisedLimitDays", "3");
        form.add("guide.visits", "1");
        form.add("guide.topics", "FOOD_DRUG_SAFETY");
        form.add("guide.topics", "FOOD_DRUG_SAFETY");
        form.add("guide.conditions", "材料齐全\r\n\r\n  符合法定形式 ");
        form.add("guide.faq[0].question", "");
        form.add("guide.faq[0].answer", "");
        form.add("guide.faq[1].question", "新问题");
        form.add("guide.faq[1].answer", "新解答");
        form.add("guide.materials[0].name", "备案表");
        form.add("guide.materials[0].copies", "");
        form.add("guide.process[0].name", "受理");
        form.add("guide.process[0].kind", "ACCEPTANCE");
        form.add("guide.process[1].name", "审查");

        ItemForm filled = ItemForm.filledIn(item, form);
        JsonNode document = filled.document();

        assertThat(filled.notNumbers()).isEmpty();
        assertThat(document.path("name").asString()).isEqualTo("第二类医疗器械经营备案凭证核发");
        assertThat(document.path("promisedLimitDays").asInt()).isEqualTo(3);
        assertThat(document.has("status")).as("history is not sent back").isFalse();
        assertThat(document.path("formFields").get(0).path("code").asString()).isEqualTo("enterpriseName");
        JsonNode guide = document.path("guide");
        assertThat(guide.path("halls").get(0).path("name").asString()).isEqualTo("市民中心");
        assertThat(guide.path("visits").asInt()).isEqualTo(1);
        assertThat(guide.path("topics").toString()).isEqualTo("[\"FOOD_DRUG_SAFETY\"]");
        assertThat(guide.path("conditions").toString()).isEqualTo("[\"材料齐全\",\"符合法定形式\"]");
        assertThat(guide.path("faq").size()).as("the emptied row is removed").isEqualTo(1);
        assertThat(guide.path("faq").get(0).path("question").asString()).isEqualTo("新问题");
        assertThat(guide.path("materials").get(0).path("copies").asInt()).as("one copy unless said").isEqualTo(1);
        assertThat(guide.path("process").get(1).path("order").asInt()).isEqualTo(2);
        assertThat(guide.path("bookingSupported").asBoolean()).as("an unticked box").isFalse();
    }

    @Test
    void aNumberThatIsNoNumberIsKeptAsTypedAndNamedAtItsBox() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("legalLimitDays", "三十");
        form.add("promisedLimitDays", "5");
        form.add("guide.process[0].name", "受理");
        form.add("guide.process[0].limitDays", "-1");

        ItemForm filled = ItemForm.filledIn(item, form);

        assertThat(filled.notNumbers()).containsOnlyKeys("legalLimitDays", "guide.process[0].limitDays");
        assertThat(filled.document().path("legalLimitDays").asString()).isEqualTo("三十");
    }

    @Test
    void aProblemLinksToTheBoxItIsAbout() {
        assertThat(CatalogDesk.anchorOf("promisedLimitDays")).isEqualTo("promisedLimitDays");
        assertThat(CatalogDesk.anchorOf("guide.legalBasis")).isEqualTo("legalBasis");
        assertThat(CatalogDesk.anchorOf("guide.materials[2].name")).isEqualTo("materials-2-name");
        assertThat(CatalogDesk.anchorOf("guide.halls[0].openingHours[1]")).isEqualTo("kept");
        assertThat(CatalogDesk.anchorOf("guide.process")).isEqualTo("process");
    }
}
