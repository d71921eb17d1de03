package dev.gopherdrill;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The house layout, by package: a feature's pure core sits in the feature's package, its shell
 * (entities, transactions, sync) in {@code store/} and its HTTP side (resources, pages, views,
 * messages) in {@code web/}. The core imports no framework and reads no clock or global
 * randomness: the shell passes {@code now}, {@code today} and seeds in. Breaking this fails the
 * build, whatever the class is called.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.gopherdrill");

    /** Packages whose code is pure; their {@code web} and {@code store} subpackages are not. */
    private static final String[] CORE = {"dev.gopherdrill.scheduling..", "dev.gopherdrill.problem..",
        "dev.gopherdrill.content..", "dev.gopherdrill.simulation..", "dev.gopherdrill.interview..",
        "dev.gopherdrill.stats..", "dev.gopherdrill.quiz..", "dev.gopherdrill.practice.."};

    private static final DescribedPredicate<JavaClass> PURE_CORE = resideInAnyPackage(CORE)
            .and(not(resideInAnyPackage("..web..", "..store.."))).as("the pure core");

    @Test
    void thePureCoreDependsOnlyOnTheJdkAndOtherCore() {
        classes().that(PURE_CORE).should().onlyDependOnClassesThat(
                resideInAnyPackage("java..").or(PURE_CORE))
                .check(MAIN);
    }

    @Test
    void thePureCoreReadsNoClockAndNoGlobalRandomness() {
        noClasses().that(PURE_CORE).should()
                .callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(java.util.concurrent.ThreadLocalRandom.class, "current")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callConstructor(java.util.SplittableRandom.class)
                .check(MAIN);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("dev.gopherdrill.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theStoreDoesNotDependOnTheWeb() {
        noClasses().that().resideInAPackage("..store..").should().dependOnClassesThat()
                .resideInAPackage("dev.gopherdrill.*.web..").check(MAIN);
    }

    @Test
    void servicesDoNotDependOnPages() {
        noClasses().that().haveSimpleNameEndingWith("Service").should().dependOnClassesThat()
                .haveSimpleNameEndingWith("Pages").check(MAIN);
    }
}
