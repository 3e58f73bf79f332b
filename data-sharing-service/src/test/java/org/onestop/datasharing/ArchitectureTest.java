package org.onestop.datasharing;

import org.junit.jupiter.api.Test;
import org.onestop.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void keepsToThePlatformsLayoutRules() {
        ArchitectureRules.check("org.onestop.datasharing");
    }
}
