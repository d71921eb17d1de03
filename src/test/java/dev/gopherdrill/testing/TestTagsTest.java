package dev.gopherdrill.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The quick run leaves out Go and the browser by tag, so a test that needs either must carry it. */
class TestTagsTest {

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("dev.gopherdrill");

    @Test
    void everyTestThatRunsGoIsTaggedGo() {
        noClasses().that().haveSimpleNameEndingWith("Test").and().areNotAnnotatedWith(GoTest.class)
                .and().doNotBelongToAnyOf(TestTagsTest.class)
                .should().transitivelyDependOnClassesThat().belongToAnyOf(GoToolchain.class)
                .check(TESTS);
    }

    @Test
    void everyTestThatDrivesABrowserIsTaggedBrowser() {
        noClasses().that().haveSimpleNameEndingWith("Test").and().areNotAnnotatedWith(BrowserTest.class)
                .and().doNotBelongToAnyOf(TestTagsTest.class)
                .should().transitivelyDependOnClassesThat().belongToAnyOf(HeadlessChromium.class)
                .check(TESTS);
    }
}
