package bench.minimal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The first page: a Qute template with one database read, as Gopher Drill's sign-in page has none. */
@Path("/")
public class MinimalPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(long accounts);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(Account.count());
    }
}
