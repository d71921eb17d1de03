package dev.gopherdrill.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that drives headless Chromium: tagged so a quick run can leave it out
 * ({@code ./mvnw test -DexcludedGroups=go,browser}); {@code ./mvnw test} runs it.
 * {@code TestTagsTest} fails a test class that starts a browser without this tag.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
public @interface BrowserTest {
}
