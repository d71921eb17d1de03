package dev.gopherdrill.content.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.gopherdrill.content.ContentDirectory;

/**
 * Authoring comfort: with {@code gopherdrill.content.watch=true} (the default in dev
 * mode, {@code ./mvnw quarkus:dev}) saving a deck file re-syncs the content within a
 * second, without a restart. Quarkus' own hot reload only watches src/, and content/ is
 * outside it on purpose (authors edit it without touching code).
 *
 * A burst of saves (an editor writes a temp file, renames it, touches the original) is
 * collapsed: after the first event the watcher waits {@link #QUIET_MS} for more.
 */
@ApplicationScoped
public class ContentWatcher {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class);
    private static final long QUIET_MS = 300;

    @ConfigProperty(name = "gopherdrill.content.watch", defaultValue = "false")
    boolean watch;

    @ConfigProperty(name = "gopherdrill.content.dir", defaultValue = "content")
    String contentDir;

    @Inject
    ContentSync sync;

    private WatchService service;

    void onStart(@Observes StartupEvent event) throws IOException {
        Path decks = Path.of(contentDir, "decks");
        if (!watch || !Files.isDirectory(decks)) {
            return;
        }
        service = FileSystems.getDefault().newWatchService();
        decks.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        Thread t = new Thread(this::loop, "content-watcher");
        t.setDaemon(true);
        t.start();
        LOG.infof("Watching %s: saved cards reload without a restart", decks);
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        if (service != null) {
            service.close();
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                key.pollEvents();
                key.reset();
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                try {
                    sync.sync(ContentDirectory.read(Path.of(contentDir)));
                } catch (RuntimeException e) {
                    LOG.error("reloading content failed; the previous cards stay", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }
}
