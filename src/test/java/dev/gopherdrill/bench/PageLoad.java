package dev.gopherdrill.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code requests} GETs of one page over {@code clients} keep-alive connections, for
 * bench/footprint.sh's "memory after 10k requests". Prints the statuses; not a timing.
 * Options: {@code --url}, {@code --path}, {@code --requests} (10000), {@code --clients} (8).
 */
public final class PageLoad {

    private PageLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = ReviewLoad.options(args);
        URI base = URI.create(o.getOrDefault("url", "http://localhost:8089"));
        String path = o.getOrDefault("path", "/");
        int requests = Integer.parseInt(o.getOrDefault("requests", "10000"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
        AtomicInteger left = new AtomicInteger(requests);
        AtomicLong ok = new AtomicLong();
        AtomicLong other = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                try (PlainHttp http = new PlainHttp(base)) {
                    while (left.getAndDecrement() > 0) {
                        (http.getPage(path).status() == 200 ? ok : other).incrementAndGet();
                    }
                } catch (Exception e) {
                    System.err.println("PageLoad: " + e);
                    other.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf(Locale.ROOT, "PageLoad: %d x GET %s%s: %d answered 200, %d not%n", requests, base, path,
                ok.get(), other.get());
        if (other.get() > 0) {
            System.exit(1);
        }
    }
}
