package org.onestop.datasharing;

import org.junit.jupiter.api.Test;
import org.onestop.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void usesNoOtherServicesCode() {
        ArchitectureRules.checkBoundaries("org.onestop.datasharing");
    }
}
