package dev.gopherdrill.account;

import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The language of this request's pages ({@code {inject:ui.lang}} in templates). The
 * header's switch sets a cookie, and for a signed-in learner also their setting; without
 * either, the browser's Accept-Language decides (zh-* → Chinese, anything else → English).
 */
@RequestScoped
@Named("ui")
public class UiLanguage {

    public static final String COOKIE = "lang";

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentUser currentUser;

    /** The nav links to Swagger UI only where it is served. */
    @ConfigProperty(name = "quarkus.swagger-ui.enabled", defaultValue = "true")
    boolean swaggerUi;

    private String lang;

    public boolean isSwaggerUi() {
        return swaggerUi;
    }

    public String getLang() {
        if (lang == null) {
            Cookie c = request.getCookie(COOKIE);
            if (c != null) {
                lang = AccountService.language(c.getValue());
            } else if (currentUser.isSignedIn()) {
                lang = currentUser.get().locale;
            } else {
                lang = AccountService.language(firstLanguage(request.getHeader("Accept-Language")));
            }
        }
        return lang;
    }

    public Locale locale() {
        return Locale.forLanguageTag(getLang());
    }

    public String getUsername() {
        return currentUser.isSignedIn() ? currentUser.get().username : null;
    }

    private static String firstLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        return acceptLanguage.split(",")[0].split(";")[0].trim();
    }
}
