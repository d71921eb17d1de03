package dev.gopherdrill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The pure core (scheduling, the simulations, the content parser and checker, the learner calendar,
 * the mock interviewer and its matcher, the statistics and their pictures) imports no framework and reads no clock or global
 * randomness: the shell passes
 * {@code now}, {@code today} and seeds in. Breaking this fails the build.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.gopherdrill");

    /** Shell classes that live in a feature package next to its pure core. */
    private static final DescribedPredicate<JavaClass> PURE_CORE = new DescribedPredicate<>("the pure core") {
        @Override
        public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            String name = c.getSimpleName().isEmpty() ? c.getName() : c.getName().substring(pkg.length() + 1);
            boolean shell = name.matches("(Card|Deck)Entity.*|Content(Sync|Api|Pages|Watcher).*");
            boolean simulationShell = name.matches("Simulation(Api|Gate|Work).*|Playground.*");
            // The interview package mixes both: its shell classes are named for their role.
            boolean interviewShell = name.matches(".*(Entity|Service|Api|Pages|Views|Resource|Repository).*");
            // The statistics: the computations and the pictures are pure, the queries, pages and messages not.
            boolean statsShell = name.matches("Stats(Service|Api|Pages|Messages).*");
            // Quizzes: the picker is pure, the rest is shell.
            boolean quizShell = name.matches("Quiz(Entity|ItemEntity|Service|Api|Pages|Views|Messages).*");
            return pkg.equals("dev.gopherdrill.scheduling") || pkg.equals("dev.gopherdrill.content") && !shell
                    || pkg.startsWith("dev.gopherdrill.simulation") && !simulationShell
                    || c.getName().startsWith("dev.gopherdrill.practice.LearnerCalendar")
                    || pkg.equals("dev.gopherdrill.interview") && !interviewShell
                    || pkg.equals("dev.gopherdrill.stats") && !statsShell
                    || pkg.equals("dev.gopherdrill.quiz") && !quizShell;
        }
    };

    @Test
    void thePureCoreImportsNoFramework() {
        noClasses().that(PURE_CORE).should().dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..", "io.vertx..")
                .check(MAIN);
    }

    @Test
    void thePureCoreReadsNoClockAndNoGlobalRandomness() {
        noClasses().that(PURE_CORE).should()
                .callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .check(MAIN);
    }

    @Test
    void servicesDoNotDependOnPages() {
        noClasses().that().haveSimpleNameEndingWith("Service").should().dependOnClassesThat()
                .haveSimpleNameEndingWith("Pages").check(MAIN);
    }
}
