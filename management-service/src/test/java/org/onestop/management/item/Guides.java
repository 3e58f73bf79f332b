package org.onestop.management.item;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceGuide.BookableWindow;
import org.onestop.contracts.management.ServiceGuide.Faq;
import org.onestop.contracts.management.ServiceGuide.Hall;
import org.onestop.contracts.management.ServiceGuide.Material;
import org.onestop.contracts.management.ServiceGuide.OpeningHours;
import org.onestop.contracts.management.ServiceGuide.ProcessStep;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Test guides: a complete one for a licensing item (食品经营许可), from which tests break one rule at a time. */
public final class Guides {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static final List<FormField> FORM = List.of(
            new FormField("shopName", "店铺名称", "string", true, 1, List.of()),
            new FormField("category", "经营项目", "multiple_choice", true, 2, List.of("预包装食品销售", "热食类食品制售")));

    public static ServiceGuide complete(String baseCode) {
        return new ServiceGuide(baseCode, "MUNICIPAL", null, List.of("LEGAL_PERSON", "NATURAL_PERSON"),
                List.of("FOOD_DRUG_SAFETY", "PERMITS_QUALIFICATIONS"), "BOTH", "PROMISED", "法定办结时限20个工作日",
                "承诺10个工作日", 0, null, "IV", "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》",
                List.of("具有与经营的食品品种、数量相适应的经营场所", "有食品安全管理人员和保证食品安全的规章制度"),
                List.of(new ProcessStep(1, "受理", "ACCEPTANCE", "窗口或网上受理", 1),
                        new ProcessStep(2, "审查", "REVIEW", "材料审查，必要时现场核查", 6),
                        new ProcessStep(3, "决定", "DECISION", "作出准予或不予许可决定", 2),
                        new ProcessStep(4, "办结", "CONCLUSION", "制发许可证", 1),
                        new ProcessStep(5, "送达", "DELIVERY", "邮寄或窗口领取", null)),
                List.of(new Hall("杭州市民中心行政服务中心", "杭州市上城区解放东路18号", "0571-12345",
                        List.of(new OpeningHours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), "法定节假日除外")),
                        List.of(new BookableWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), 30, 4)))),
                List.of(),
                List.of(new Material("食品经营许可申请书", "ELECTRONIC", "REQUIRED", "APPLICANT", 1,
                                "https://example.gov.cn/forms/food.docx", "https://example.gov.cn/samples/food.pdf", null, null),
                        new Material("营业执照", "ELECTRONIC", "REQUIRED", "GOVERNMENT", 0, null, null, "BUSINESS_LICENSE",
                                "可通过电子证照共享获取，免于提交")),
                List.of(new Faq("仅销售预包装食品是否需要许可？", "仅销售预包装食品的，办理备案即可。")),
                "CERTIFICATE", "食品经营许可证", "https://example.gov.cn/samples/food-licence.png",
                true, false, true, true);
    }

    /** The guide with some of its top-level fields replaced: {@code changed(guide, "visits", 1, "visitsReason", null)}. */
    public static ServiceGuide changed(ServiceGuide guide, Object... fieldsAndValues) {
        Map<String, Object> fields = JSON.convertValue(guide, new TypeReference<Map<String, Object>>() {
        });
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return JSON.convertValue(fields, ServiceGuide.class);
    }

    private Guides() {
    }
}
