package org.onestop.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
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
        checkFeaturesFreeOfCycles(servicePackage);
        checkControllersUseNoRepositories(servicePackage);
    }

    /** Feature packages (the first package under the service's) depend on each other in one direction only. */
    public static void checkFeaturesFreeOfCycles(String servicePackage) {
        JavaClasses classes = importMain(servicePackage);
        long features = classes.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith(servicePackage + "."))
                .map(p -> p.substring(servicePackage.length() + 1).split("\\.")[0]).distinct().count();
        assertThat(features).as("feature packages of " + servicePackage).isGreaterThan(1);
        slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles()
                .because("a feature that needs another's news gets it by an event or an application event, not a cycle")
                .check(classes);
    }

    /** Controllers call use cases; only services reach a repository. */
    public static void checkControllersUseNoRepositories(String servicePackage) {
        JavaClasses classes = importMain(servicePackage);
        JavaClasses controllers = classes.that(com.tngtech.archunit.base.DescribedPredicate.describe("controllers",
                c -> c.isAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                        || c.isAnnotatedWith("org.springframework.stereotype.Controller")));
        assertThat(controllers).as("controllers of " + servicePackage).isNotEmpty();
        noClasses().should().dependOnClassesThat().areAnnotatedWith("org.springframework.stereotype.Repository")
                .because("controllers are thin: they call a use case, which reaches the repository")
                .check(controllers);
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

    /** Domain packages hold the rules and nothing else: no web, Kafka or Spring, and their own errors (platform.rules), not HTTP ones. */
    public static void checkDomainPurity(String servicePackage) {
        JavaClasses domain = importMain(servicePackage).that(com.tngtech.archunit.base.DescribedPredicate.describe("in a domain package",
                javaClass -> javaClass.getPackageName().contains(".domain")));
        assertThat(domain).as("domain classes of " + servicePackage).isNotEmpty();
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "jakarta.servlet..", "org.onestop.platform.web..",
                        "org.onestop.platform.messaging..", "org.onestop.platform.problem..")
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
