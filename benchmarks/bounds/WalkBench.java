// Not part of the build: see benchmarks/bounds/README.md.
package org.onestop.platform.web;

import java.util.*;

public class WalkBench {
    record Material(String name, String form, String necessity, String source, int copies, String blankFormUrl) {}
    record Guide(String level, List<String> topics, String legalBasis, List<String> conditions, List<Material> materials) {}
    record Item(String code, String name, String regionCode, String departmentCode, Integer legal, Integer promised, Guide guide, Map<String, Object> formData) {}

    public static void main(String[] args) {
        var materials = new ArrayList<Material>();
        for (int i = 0; i < 20; i++) materials.add(new Material("材料" + i, "COPY", "REQUIRED", "APPLICANT", 1, "https://example.org/f" + i + ".pdf"));
        var form = new LinkedHashMap<String, Object>();
        for (int i = 0; i < 30; i++) form.put("field" + i, "值".repeat(40));
        var item = new Item("330100-AMR-XK-001", "食品经营许可证核发", "330100", "330100-AMR", 20, 10,
                new Guide("MUNICIPAL", List.of("ENTERPRISE_START_UP"), "《中华人民共和国食品安全法》".repeat(10), List.of("条件一", "条件二", "条件三"), materials), form);
        var bounds = new BodyBounds(10000, 500, 100, 16);
        long sink = 0;
        for (int i = 0; i < 200_000; i++) sink += bounds.problems(item).size();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            int n = 200_000;
            for (int i = 0; i < n; i++) sink += bounds.problems(item).size();
            System.out.printf("round %d: %.2f µs per body%n", round, (System.nanoTime() - start) / 1000.0 / n);
        }
        System.out.println(sink);
    }
}
