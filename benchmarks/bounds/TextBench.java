// Not part of the build: see benchmarks/bounds/README.md.
package org.onestop.platform.web;

import java.util.*;
import tools.jackson.databind.json.JsonMapper;

/** Reading a large JSON body with and without TypedText (NFC and trimming of every string), and the zero-width check. */
public class TextBench {
    record Material(String name, String form, String necessity, String source, int copies, String blankFormUrl) {}
    record Guide(String level, List<String> topics, String legalBasis, List<String> conditions, List<Material> materials) {}
    record Item(String code, String name, String regionCode, String departmentCode, Integer legal, Integer promised, Guide guide) {}

    public static void main(String[] args) {
        var materials = new ArrayList<Material>();
        for (int i = 0; i < 20; i++) materials.add(new Material(" 材料" + i + " ", "COPY", "REQUIRED", "APPLICANT", 1, "https://example.org/f" + i + ".pdf"));
        var item = new Item("330100-AMR-XK-001", "食品经营许可证核发", "330100", "330100-AMR", 20, 10,
                new Guide("MUNICIPAL", List.of("ENTERPRISE_START_UP"), "《中华人民共和国食品安全法》".repeat(10), List.of("条件一", "条件二", "条件三"), materials));
        JsonMapper plain = JsonMapper.builder().build();
        JsonMapper typed = JsonMapper.builder().addModule(TypedText.module()).build();
        String json = plain.writeValueAsString(item);
        var bounds = new BodyBounds(10000, 500, 100, 16);
        long sink = 0;
        for (int i = 0; i < 100_000; i++) sink += plain.readValue(json, Item.class).name().length() + typed.readValue(json, Item.class).name().length() + bounds.problems(item).size();
        for (int round = 0; round < 5; round++) {
            int n = 100_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) sink += plain.readValue(json, Item.class).name().length();
            long mid = System.nanoTime();
            for (int i = 0; i < n; i++) sink += typed.readValue(json, Item.class).name().length();
            long end = System.nanoTime();
            for (int i = 0; i < n; i++) sink += bounds.problems(item).size();
            long walked = System.nanoTime();
            System.out.printf("round %d: read %.2f µs, read with TypedText %.2f µs, bounds walk %.2f µs per body%n", round,
                    (mid - start) / 1000.0 / n, (end - mid) / 1000.0 / n, (walked - end) / 1000.0 / n);
        }
        System.out.println(sink);
    }
}
