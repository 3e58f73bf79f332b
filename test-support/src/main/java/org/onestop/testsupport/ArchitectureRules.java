package org.onestop.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The layout rules every service keeps: it uses no other service's code (services talk through
 * HTTP and events only), and its domain packages stay free of web, Kafka and Spring.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of(
            "org.onestop.portal", "org.onestop.management", "org.onestop.processing", "org.onestop.datasharing",
            "org.onestop.gateway");

    /** The service uses no other service's code, and its domain packages are free of plumbing. */
    public static void check(String servicePackage) {
        checkBoundaries(servicePackage);
        checkDomainPurity(servicePackage);
    }

    /** Services share only event contracts and platform plumbing. */
    public static void checkBoundaries(String servicePackage) {
        JavaClasses classes = importMain(servicePackage);
        String[] otherServices = SERVICES.stream().filter(s -> !s.equals(servicePackage)).map(s -> s + "..")
                .toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(otherServices)
                .because("services share only event contracts and platform plumbing")
                .check(classes);
    }

    /** Domain packages hold the rules and nothing else: no web, Kafka or Spring. */
    public static void checkDomainPurity(String servicePackage) {
        JavaClasses domain = importMain(servicePackage).that(com.tngtech.archunit.base.DescribedPredicate.describe("in a domain package",
                javaClass -> javaClass.getPackageName().contains(".domain")));
        assertThat(domain).as("domain classes of " + servicePackage).isNotEmpty();
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "jakarta.servlet..", "org.onestop.platform.web..",
                        "org.onestop.platform.messaging..")
                .because("domain classes hold the rules and nothing else")
                .check(domain);
    }

    private static JavaClasses importMain(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        assertThat(classes).as("classes of " + servicePackage).isNotEmpty();
        return classes;
    }

    private ArchitectureRules() {
    }
}
