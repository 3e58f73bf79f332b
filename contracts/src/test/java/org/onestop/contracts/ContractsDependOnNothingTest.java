package org.onestop.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ContractsDependOnNothingTest {

    @Test
    void contractsUseOnlyTheJdk() {
        var contracts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onestop.contracts");
        assertThat(contracts).isNotEmpty();

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.onestop.contracts..", "java..")
                .because("every service and every outside consumer can read the contracts without our frameworks")
                .check(contracts);
    }
}
