package dev.gopherdrill.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most expensive public requests, many at once, while the readiness check is sampled:
 * shows whether a crowd of anonymous simulation requests can starve the rest of the app.
 *
 * <p>Usage: {@code SimulationPressure <base url> [clients] [seconds]}. Each client loops over
 * the four largest requests the API accepts (10,000 slice growths of the largest sizes, a
 * 1,000-goroutine scheduler trace, 2^24 map inserts, the escape analyzer on a file at its
 * size limit); one more thread asks {@code /q/health/ready} every 20 ms. Prints, per
 * request kind, how many were answered 200 and 503 and their median time, then the health
 * latencies (p50, p99, max).
 */
public final class SimulationPressure {

    private SimulationPressure() {
    }

    static String sliceBatch() {
        StringBuilder b = new StringBuilder("{\"goVersion\":\"1.19\",\"cases\":[");
        for (int i = 0; i < 10_000; i++) {
            b.append(i == 0 ? "" : ",").append("{\"elemSize\":").append(1 + i % 1024)
                    .append(",\"len\":").append(100_000 + i).append(",\"cap\":").append(100_000 + i)
                    .append(",\"add\":").append(1 + i % 5000).append('}');
        }
        return b.append("]}").toString();
    }

    /** A file of the documented subset, as long as the analyzer takes, with something to escape in every function. */
    static String escapeFile(int maxChars) {
        StringBuilder src = new StringBuilder("package main\n\nvar sink *int\n\n");
        StringBuilder main = new StringBuilder("func main() {\n");
        for (int i = 0; ; i++) {
            String f = "func f" + i + "(x int) *int {\n\ty := x + " + i + "\n\tif y > 3 {\n\t\tsink = &y\n\t}\n\treturn &y\n}\n\n";
            String call = "\tf" + i + "(" + i + ")\n";
            if (src.length() + f.length() + main.length() + call.length() + 2 > maxChars) {
                break;
            }
            src.append(f);
            main.append(call);
        }
        return src.append(main).append("}\n").toString();
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int maxSource = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        Map<String, String> requests = new TreeMap<>(Map.of(
                "slice.append x10000", "/api/simulations/slice/append|" + sliceBatch(),
                "scheduler.run 1000 goroutines", "/api/simulations/scheduler/run|{\"goVersion\":\"1.19\",\"gomaxprocs\":1,"
                        + "\"goroutines\":1000,\"mainWaits\":\"waitgroup\"}",
                "map.insert 2^24", "/api/simulations/map/insert|{\"goVersion\":\"1.19\",\"hint\":0,\"keySize\":8,"
                        + "\"valueSize\":8,\"inserts\":16777216}",
                "escape.analyze " + maxSource + " chars", "/api/simulations/escape/analyze|{\"goVersion\":\"1.19\",\"source\":"
                        + json(escapeFile(maxSource)) + "}"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Map<String, AtomicLong> ok = new ConcurrentHashMap<>(), busy = new ConcurrentHashMap<>(),
                other = new ConcurrentHashMap<>();
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        List<String> kinds = new ArrayList<>(requests.keySet());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread client = new Thread(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    String kind = kinds.get(i % kinds.size());
                    String[] pathBody = requests.get(kind).split("\\|", 2);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + pathBody[0]))
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(pathBody[1])).build(),
                                HttpResponse.BodyHandlers.discarding());
                        (r.statusCode() == 200 ? ok : r.statusCode() == 503 ? busy : other)
                                .computeIfAbsent(kind + (r.statusCode() == 200 || r.statusCode() == 503 ? ""
                                        : " HTTP " + r.statusCode()), k -> new AtomicLong()).incrementAndGet();
                        if (r.statusCode() == 200) {
                            times.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add((System.nanoTime() - t0) / 1_000_000);
                        }
                    } catch (Exception e) {
                        other.computeIfAbsent(kind + " " + e.getClass().getSimpleName(), k -> new AtomicLong())
                                .incrementAndGet();
                    }
                }
            });
            client.start();
            threads.add(client);
        }
        List<Long> health = new ArrayList<>();
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            health.add((System.nanoTime() - t0) / 1000);
            if (r.statusCode() != 200) {
                other.computeIfAbsent("health HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
            }
            Thread.sleep(20);
        }
        for (Thread t : threads) {
            t.join();
        }
        for (String kind : kinds) {
            List<Long> t = new ArrayList<>(times.getOrDefault(kind, List.of()));
            Collections.sort(t);
            System.out.printf("%-34s 200: %5d  503: %5d  median %s ms%n", kind, ok.getOrDefault(kind, new AtomicLong()).get(),
                    busy.getOrDefault(kind, new AtomicLong()).get(), t.isEmpty() ? "-" : t.get(t.size() / 2));
        }
        other.forEach((k, v) -> System.out.printf("other: %s x %d%n", k, v.get()));
        Collections.sort(health);
        System.out.printf("RESULT health/ready over %d samples with %d clients: p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                health.size(), clients, health.get(health.size() / 2) / 1000.0,
                health.get((int) Math.min(health.size() - 1, Math.ceil(health.size() * 0.99) - 1)) / 1000.0,
                health.get(health.size() - 1) / 1000.0);
    }
}
