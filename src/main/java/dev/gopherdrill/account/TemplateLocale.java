package dev.gopherdrill.account;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every template rendered for a request speaks the request's language ({@link UiLanguage}):
 * set here, once, when Qute creates the template instance, instead of by each page. A template
 * rendered outside a request keeps Qute's default locale.
 */
@ApplicationScoped
public class TemplateLocale {

    void registerWith(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(instance -> {
            ManagedContext request = Arc.container().requestContext();
            if (request.isActive()) {
                instance.setLocale(Arc.container().instance(UiLanguage.class).get().locale());
            }
        });
    }
}
