package dev.gopherdrill.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTTP half of the benchmark (see bench/README.md): {@code clients} concurrent learners
 * grade cards over the JSON API, the way the practice page does, and this measures how
 * many answers per second the app takes and how long each {@code POST /api/practice/answers}
 * takes. Not a test: run it with {@code bash bench/run.sh}, which loads the database first.
 *
 * <p>Each client owns a disjoint slice of the learners {@code <prefix><first>..<prefix><last>}
 * (all signed in before the clock starts) and works through them one after the other:
 * <ul>
 *   <li>{@code --mode=next} (the default): {@code GET /api/practice/next}, then
 *       {@code POST /api/practice/answers} with the card id and {@code state.version} it
 *       returned, rating 3 (Good); a 204 means that learner is done, the client takes its next.</li>
 *   <li>{@code --mode=direct}: only the POSTs, for cards {@code <card-prefix>1..N} at version 0
 *       (what the bench load puts in the database), to see the submit path without the
 *       next-card queries.</li>
 * </ul>
 * Only the POSTs are timed. A request counts if it starts inside the measured period
 * (after the warm-up). Options are {@code --name=value}; see {@link #main}.
 */
public final class ReviewLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COOKIE = "quarkus-credential";

    private final String base;
    private final String password;
    private final String mode;
    private final String cardPrefix;
    private final int cards;

    private volatile long warmupEnd;
    private volatile long measureEnd;

    private ReviewLoad(String base, String password, String mode, String cardPrefix, int cards) {
        this.base = base;
        this.password = password;
        this.mode = mode;
        this.cardPrefix = cardPrefix;
        this.cards = cards;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String url = o.getOrDefault("url", "http://localhost:8089");
        int clients = Integer.parseInt(o.getOrDefault("clients", "32"));
        String prefix = o.getOrDefault("user-prefix", "bench");
        int first = Integer.parseInt(o.getOrDefault("first-user", "1"));
        int last = Integer.parseInt(o.getOrDefault("last-user", "1000"));
        String password = o.getOrDefault("password", "bench-password");
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(o.getOrDefault("duration", "30"));
        String mode = o.getOrDefault("mode", "next");
        String cardPrefix = o.getOrDefault("card-prefix", "bench-");
        int cards = Integer.parseInt(o.getOrDefault("cards", "200"));
        long appPid = Long.parseLong(o.getOrDefault("app-pid", "-1"));
        long pgPid = Long.parseLong(o.getOrDefault("pg-pid", "-1"));
        if (!mode.equals("next") && !mode.equals("direct")) {
            throw new IllegalArgumentException("--mode is next or direct");
        }
        if (last - first + 1 < clients) {
            throw new IllegalArgumentException("fewer learners than clients");
        }
        new ReviewLoad(url, password, mode, cardPrefix, cards)
                .run(clients, prefix, first, last, warmup, duration, appPid, pgPid);
    }

    private void run(int clients, String prefix, int first, int last, int warmup, int duration, long appPid, long pgPid)
            throws Exception {
        System.out.printf(Locale.ROOT, "ReviewLoad: mode=%s, %d clients, learners %s%d..%s%d, warm-up %d s, measured %d s, %s%n",
                mode, clients, prefix, first, prefix, last, warmup, duration, base);
        List<Client> all = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            List<String> names = new ArrayList<>();
            for (int u = first + i; u <= last; u += clients) {
                names.add(prefix + u);
            }
            all.add(new Client(i, names));
        }

        long t0 = System.nanoTime();
        CountDownLatch signedIn = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Client c : all) {
            Thread t = new Thread(() -> c.run(signedIn, go), "client-" + c.index);
            t.start();
            threads.add(t);
        }
        signedIn.await();
        long failedLogins = all.stream().mapToLong(c -> c.failedLogins).sum();
        System.out.printf(Locale.ROOT, "signed in %d learners in %.1f s%s%n",
                all.stream().mapToInt(c -> c.learners.size()).sum(), (System.nanoTime() - t0) / 1e9,
                failedLogins > 0 ? " (" + failedLogins + " sign-ins FAILED)" : "");
        long start = System.nanoTime();
        warmupEnd = start + warmup * 1_000_000_000L;
        measureEnd = warmupEnd + duration * 1_000_000_000L;
        go.countDown();
        sleepUntil(warmupEnd);
        ProcCpu.Snapshot cpu0 = ProcCpu.Snapshot.take(appPid, pgPid);
        Map<String, Long> threads0 = ProcCpu.threads(appPid);
        sleepUntil(measureEnd);
        ProcCpu.Snapshot cpu1 = ProcCpu.Snapshot.take(appPid, pgPid);
        Map<String, Long> threads1 = ProcCpu.threads(appPid);
        for (Thread t : threads) {
            t.join();
        }

        long[] latencies = all.stream().flatMapToLong(c -> Arrays.stream(c.latencies, 0, c.count)).sorted().toArray();
        long ok = all.stream().mapToLong(c -> c.okAnswers).sum();
        Map<Integer, Integer> postStatus = new TreeMap<>();
        Map<Integer, Integer> getStatus = new TreeMap<>();
        long errors = 0;
        int exhausted = 0;
        for (Client c : all) {
            c.postStatus.forEach((k, v) -> postStatus.merge(k, v.get(), Integer::sum));
            c.getStatus.forEach((k, v) -> getStatus.merge(k, v.get(), Integer::sum));
            errors += c.errors;
            if (c.ranOut) {
                exhausted++;
            }
        }
        long non200Post = postStatus.entrySet().stream().filter(e -> e.getKey() != 200).mapToLong(Map.Entry::getValue).sum();
        long non200Get = getStatus.entrySet().stream()
                .filter(e -> e.getKey() != 200 && e.getKey() != 204).mapToLong(Map.Entry::getValue).sum();
        double throughput = ok / (double) duration;
        double p50 = percentile(latencies, 0.50);
        double p90 = percentile(latencies, 0.90);
        double p99 = percentile(latencies, 0.99);
        double max = latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;

        System.out.printf(Locale.ROOT, "  answers accepted (200)   %d in %d s%n", ok, duration);
        System.out.printf(Locale.ROOT, "  throughput               %.1f answers/s%n", throughput);
        System.out.printf(Locale.ROOT, "  POST /answers latency    p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)%n",
                p50, p90, p99, max, latencies.length);
        System.out.printf(Locale.ROOT, "  POST /answers statuses   %s (non-200: %d)%n", postStatus, non200Post);
        if (mode.equals("next")) {
            System.out.printf(Locale.ROOT, "  GET /next statuses       %s (non-200/204: %d)%n", getStatus, non200Get);
        }
        System.out.printf(Locale.ROOT, "  I/O errors               %d%n", errors);
        // CPU in the measured period: where the machine's time went, and the cost of one answer
        double appS = seconds(cpu0.app(), cpu1.app());
        double pgS = seconds(cpu0.pg(), cpu1.pg());
        double selfS = seconds(cpu0.self(), cpu1.self());
        double busyS = seconds(cpu0.machineBusy(), cpu1.machineBusy());
        double totalS = seconds(cpu0.machineTotal(), cpu1.machineTotal());
        double otherS = busyS - appS - pgS - selfS;
        double appMs = 1000 * appS / ok;
        double pgMs = 1000 * pgS / ok;
        double selfMs = 1000 * selfS / ok;
        System.out.printf(Locale.ROOT, "  CPU in the measured %d s  app JVM %.1f s, PostgreSQL %.1f s, this client %.1f s, "
                + "other processes %.1f s, idle %.1f s (of %.1f s)%n", duration, appS, pgS, selfS, otherS, totalS - busyS, totalS);
        System.out.printf(Locale.ROOT, "  CPU per answer           app JVM %.2f ms, PostgreSQL %.2f ms, this client %.2f ms%n",
                appMs, pgMs, selfMs);
        if (!threads1.isEmpty()) {
            StringBuilder b = new StringBuilder();
            threads1.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - threads0.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .forEach(e -> b.append(String.format(Locale.ROOT, "%s%s %.1f s", b.length() == 0 ? "" : ", ",
                            e.getKey(), e.getValue() / ProcCpu.TICKS_PER_SECOND)));
            System.out.println("  app JVM CPU by thread     " + b);
        }
        if (exhausted > 0) {
            System.out.printf(Locale.ROOT, "  WARNING: %d clients ran out of due cards before the end; give them more learners%n",
                    exhausted);
        }
        System.out.printf(Locale.ROOT,
                "RESULT mode=%s throughput=%.1f p50_ms=%.1f p99_ms=%.1f non200_post=%d non200_get=%d errors=%d exhausted=%d "
                        + "app_cpu_ms=%.2f pg_cpu_ms=%.2f client_cpu_ms=%.2f other_cpu_share=%.2f%n",
                mode, throughput, p50, p99, non200Post, non200Get, errors, exhausted, appMs, pgMs, selfMs,
                otherS / totalS);
    }

    private static double seconds(long from, long to) {
        return from < 0 || to < 0 ? Double.NaN : (to - from) / ProcCpu.TICKS_PER_SECOND;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    static double percentile(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
    }

    /** One learner, signed in. The cookie is replaced whenever the server renews it. */
    private static final class Learner {
        final String username;
        String cookie;
        int nextCard = 1;

        Learner(String username) {
            this.username = username;
        }
    }

    /** One concurrent client, on one keep-alive connection: works through its learners one after the other. */
    private final class Client {
        final int index;
        final PlainHttp http = new PlainHttp(URI.create(base));
        final List<Learner> learners = new ArrayList<>();
        final Map<Integer, AtomicInteger> postStatus = new TreeMap<>();
        final Map<Integer, AtomicInteger> getStatus = new TreeMap<>();
        long[] latencies = new long[4096];
        int count;
        long okAnswers;
        long errors;
        long failedLogins;
        boolean ranOut;

        Client(int index, List<String> names) {
            this.index = index;
            names.forEach(n -> learners.add(new Learner(n)));
        }

        void run(CountDownLatch signedIn, CountDownLatch go) {
            try {
                for (Learner l : learners) {
                    try {
                        signIn(l);
                    } catch (Exception e) {
                        failedLogins++;
                    }
                }
            } finally {
                signedIn.countDown();
            }
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            try {
                work();
            } finally {
                http.close();
            }
        }

        private void work() {
            int current = 0;
            while (System.nanoTime() < measureEnd) {
                if (current >= learners.size()) {
                    ranOut = true;
                    return;
                }
                Learner l = learners.get(current);
                try {
                    if (l.cookie == null || !step(l)) {
                        current++;
                    }
                } catch (Exception e) {
                    errors++;
                    if (errors > 1000) {
                        System.err.println("client " + index + " gives up: " + e);
                        return;
                    }
                }
            }
        }

        /** One answer for this learner; false when the learner has nothing left. */
        boolean step(Learner l) throws Exception {
            String cardId;
            int version;
            if (mode.equals("next")) {
                long asked = System.nanoTime();
                PlainHttp.Response next = renewCookie(l, http.get("/api/practice/next", COOKIE + "=" + l.cookie));
                if (asked >= warmupEnd && asked < measureEnd) {
                    count(getStatus, next.status());
                }
                if (next.status() == 204 || next.status() == 401) {
                    return false; // done, or signed out: on to the next learner
                }
                if (next.status() != 200) {
                    return true;
                }
                JsonNode n = JSON.readTree(next.body());
                cardId = n.path("card").path("id").asText();
                version = n.path("state").path("version").asInt();
            } else {
                if (l.nextCard > cards) {
                    return false;
                }
                cardId = cardPrefix + l.nextCard++;
                version = 0;
            }
            String body = "{\"cardId\":\"" + cardId + "\",\"version\":" + version + ",\"rating\":3}";
            long begin = System.nanoTime();
            PlainHttp.Response answer = renewCookie(l,
                    http.post("/api/practice/answers", COOKIE + "=" + l.cookie, "application/json", body));
            long end = System.nanoTime();
            if (begin >= warmupEnd && begin < measureEnd) {
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = end - begin;
                count(postStatus, answer.status());
                if (answer.status() == 200) {
                    okAnswers++;
                }
            }
            return true;
        }

        /** The server renews the session cookie now and then; the learner sends the new one from then on. */
        PlainHttp.Response renewCookie(Learner l, PlainHttp.Response r) {
            String renewed = cookie(r);
            if (renewed != null) {
                l.cookie = renewed;
            }
            return r;
        }

        void signIn(Learner l) throws Exception {
            String form = "j_username=" + URLEncoder.encode(l.username, StandardCharsets.UTF_8)
                    + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            PlainHttp.Response r = http.post("/j_security_check", null, "application/x-www-form-urlencoded", form);
            String c = cookie(r);
            if (r.status() != 302 || c == null) {
                throw new IllegalStateException("sign-in of " + l.username + " failed: HTTP " + r.status());
            }
            l.cookie = c;
        }

        private void count(Map<Integer, AtomicInteger> m, int status) {
            m.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static String cookie(PlainHttp.Response r) {
        for (String h : r.setCookies()) {
            if (h.startsWith(COOKIE + "=")) {
                String v = h.substring(COOKIE.length() + 1);
                int semi = v.indexOf(';');
                v = semi < 0 ? v : v.substring(0, semi);
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new TreeMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, got " + a);
            }
            o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return o;
    }
}
