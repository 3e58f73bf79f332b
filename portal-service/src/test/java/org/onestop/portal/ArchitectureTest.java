package org.onestop.portal;

import org.junit.jupiter.api.Test;
import org.onestop.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void keepsToThePlatformsLayoutRules() {
        ArchitectureRules.check("org.onestop.portal");
    }
}
