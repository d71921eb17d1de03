package dev.gopherdrill.backup;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.gopherdrill.account.CurrentUser;
import dev.gopherdrill.account.UserEntity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A learner's own data out and in; the Settings page links to both. */
@Path("/api")
@Tag(name = "account")
public class BackupApi {

    @Inject
    BackupService backups;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/me/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything of yours as one JSON document (format gopher-drill-export, version 1): settings, "
            + "review states, the whole review log (undone rows included), interviews and quizzes")
    public Response export() {
        UserEntity u = currentUser.get();
        return Response.ok(backups.export(u)).header("Content-Disposition",
                "attachment; filename=\"gopher-drill-" + u.username + ".json\"").build();
    }

    @POST
    @Path("/me/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an export document into this account, in one transaction; importing it again adds "
            + "nothing. 400 naming the field for a malformed file or another version")
    public BackupService.Imported importDocument(JsonNode document) {
        return backups.importDocument(currentUser.get(), document);
    }
}
