package dev.gopherdrill.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Learners grading cards over HTTP while something breaks underneath, noting every grade the
 * app acknowledged, so that the database can be searched for each one afterwards. Used by the
 * reliability suite ({@code bench/reliability.sh}, through {@link #main}) and by
 * {@code EmbeddedDatabaseRecoveryTest}.
 *
 * <p>Each client is a learner of its own, signed up through the API, looping
 * {@code GET /api/practice/next} → {@code POST /api/practice/answers} with rating Again (the card
 * comes back at once, so the loop never runs dry) and, as the typed answer, a token unique to
 * the request, which {@code review_log.answer} keeps. A 200 is an acknowledgement: its token must
 * be stored. A POST answered with a 5xx, or not answered, may or may not have been committed
 * (in doubt); a 4xx was refused. Failures are retried after a short pause, as a browser's
 * user would; sessions survive an app restart (the session key is kept in a file).
 */
public final class AcknowledgedLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COOKIE = "quarkus-credential";
    private static final long RETRY_PAUSE_MS = 50;

    /** An acknowledged grade: its token and when its 200 arrived (System.nanoTime). */
    public record Ack(String token, long nanos) {
    }

    /** What the database holds of the acknowledged grades. */
    public record Verdict(int acknowledged, int stored, List<String> lost, int storedNotAcknowledged, long inDoubt) {
    }

    private final URI base;
    private final String runId;
    private final String password;
    private final long pausePerClientNanos;
    private final HttpClient http;
    private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final AtomicLong inDoubt = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private final List<String> usernames = new ArrayList<>();
    private volatile boolean stopping;

    private AcknowledgedLoad(URI base, double requestsPerSecond, int clients) {
        this.base = base;
        byte[] id = new byte[4];
        new SecureRandom().nextBytes(id);
        this.runId = "rl" + HexFormat.of().formatHex(id);
        this.password = "reliability " + runId + " load";
        // each client sends one grade (and one GET) per period; 0: as fast as it can
        this.pausePerClientNanos = requestsPerSecond <= 0 ? 0 : (long) (1e9 * clients / requestsPerSecond);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Signs up {@code clients} learners and starts them grading, {@code gradesPerSecond} in all
     * (0: as fast as they can).
     */
    public static AcknowledgedLoad start(URI base, int clients, double gradesPerSecond) throws IOException, InterruptedException {
        AcknowledgedLoad load = new AcknowledgedLoad(base, gradesPerSecond, clients);
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String name = load.runId + "-" + i;
            load.usernames.add(name);
            cookies.add(load.signUp(name));
        }
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread t = new Thread(() -> load.grade(client, cookies.get(client)), "acknowledged-load-" + i);
            t.setDaemon(true);
            load.threads.add(t);
        }
        load.threads.forEach(Thread::start);
        return load;
    }

    /** Stops the clients; grades under way finish first. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(60).toMillis());
        }
    }

    public List<Ack> acknowledged() {
        return List.copyOf(acks);
    }

    public int acknowledgedCount() {
        return acks.size();
    }

    public List<String> usernames() {
        return List.copyOf(usernames);
    }

    /** Counts by outcome: "POST 200", "POST 500", "GET io-error", ... */
    public Map<String, Long> outcomes() {
        Map<String, Long> m = new TreeMap<>();
        outcomes.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** The acknowledged grades that were sent after {@code nanos} (System.nanoTime). */
    public long acknowledgedAfter(long nanos) {
        return acks.stream().filter(a -> a.nanos() > nanos).count();
    }

    /** The longest time without an acknowledgement between {@code from} and the last one: the outage. */
    public Gap longestGapAfter(long from) {
        long[] times = acks.stream().mapToLong(Ack::nanos).filter(t -> t >= from).sorted().toArray();
        long prev = from;
        Gap longest = new Gap(from, from);
        for (long t : times) {
            if (t - prev > longest.nanos()) {
                longest = new Gap(prev, t);
            }
            prev = t;
        }
        return longest;
    }

    /** From the last acknowledgement before a breakdown to the first after it (System.nanoTime). */
    public record Gap(long start, long end) {
        public long nanos() {
            return end - start;
        }
    }

    /** Looks every acknowledged token up in {@code review_log}. */
    public Verdict verify(Connection db) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (PreparedStatement s = db.prepareStatement("""
                select l.answer from review_log l join app_user u on u.id = l.user_id
                where u.username = any (?) and l.answer like ?""")) {
            s.setArray(1, db.createArrayOf("varchar", usernames.toArray()));
            s.setString(2, runId + "-%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        List<String> lost = new ArrayList<>();
        Set<String> acknowledged = new HashSet<>();
        for (Ack a : acks) {
            acknowledged.add(a.token());
            if (!stored.contains(a.token())) {
                lost.add(a.token());
            }
        }
        int extra = (int) stored.stream().filter(t -> !acknowledged.contains(t)).count();
        return new Verdict(acknowledged.size(), stored.size(), lost, extra, inDoubt.get());
    }

    // ------------------------------------------------------------------ one client

    private void grade(int client, String initialCookie) {
        String[] cookie = {initialCookie};
        long n = 0;
        long next = System.nanoTime();
        while (!stopping) {
            if (pausePerClientNanos > 0) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    sleep(wait / 1_000_000);
                }
                next = Math.max(next + pausePerClientNanos, System.nanoTime() - pausePerClientNanos);
            }
            try {
                HttpResponse<String> shown = send(cookie, HttpRequest.newBuilder(base.resolve("/api/practice/next"))
                        .header("Accept", "application/json").GET());
                count("GET " + shown.statusCode());
                if (shown.statusCode() == 401) {
                    cookie[0] = signIn(usernames.get(client));
                    continue;
                }
                if (shown.statusCode() != 200) {
                    sleep(RETRY_PAUSE_MS);
                    continue;
                }
                JsonNode card = JSON.readTree(shown.body());
                String token = runId + "-" + client + "-" + n++;
                String body = JSON.writeValueAsString(Map.of("cardId", card.path("card").path("id").asText(),
                        "version", card.path("state").path("version").asInt(), "rating", 1, "answer", token));
                HttpResponse<String> graded;
                try {
                    graded = send(cookie, HttpRequest.newBuilder(base.resolve("/api/practice/answers"))
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
                } catch (IOException e) {
                    count("POST io-error");
                    inDoubt.incrementAndGet();
                    sleep(RETRY_PAUSE_MS);
                    continue;
                }
                count("POST " + graded.statusCode());
                if (graded.statusCode() == 200) {
                    acks.add(new Ack(token, System.nanoTime()));
                } else {
                    if (graded.statusCode() >= 500) {
                        inDoubt.incrementAndGet();
                    }
                    sleep(RETRY_PAUSE_MS);
                }
            } catch (IOException e) {
                count("GET io-error");
                sleep(RETRY_PAUSE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private HttpResponse<String> send(String[] cookie, HttpRequest.Builder req) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(req.header("Cookie", COOKIE + "=" + cookie[0])
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        String renewed = cookie(r);
        if (renewed != null) {
            cookie[0] = renewed;
        }
        return r;
    }

    private String signUp(String username) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("username", username, "password", password, "timeZone", "UTC"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/users"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IOException("sign-up of " + username + " failed: HTTP " + r.statusCode() + " " + r.body());
        }
        return signIn(username);
    }

    private String signIn(String username) throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String c = cookie(r);
        if (r.statusCode() != 302 || c == null) {
            throw new IOException("sign-in of " + username + " failed: HTTP " + r.statusCode());
        }
        return c;
    }

    private static String cookie(HttpResponse<?> r) {
        for (String h : r.headers().allValues("set-cookie")) {
            if (h.startsWith(COOKIE + "=")) {
                String v = h.substring(COOKIE.length() + 1);
                int semi = v.indexOf(';');
                v = semi < 0 ? v : v.substring(0, semi);
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ the command

    /**
     * {@code AcknowledgedLoad --url=http://localhost:8088 --pg-data=DIR [--clients=8] [--rate=0]
     * [--duration=60] [--kill-postmaster-after=S] [--sample-every=S --app-pid=PID] [--label=NAME]}.
     * Runs the load for {@code duration} seconds; with {@code kill-postmaster-after}, kills the
     * app's embedded postmaster ({@code kill -9} of the pid in {@code DIR/postmaster.pid}) that
     * many seconds in and measures how long until {@code /q/health/ready} is UP again and a grade
     * is acknowledged again; with {@code sample-every}, prints the memory of the app's JVM and of
     * PostgreSQL that often. At the end it connects to the database named by
     * {@code DIR/postmaster.pid} with the password beside {@code DIR} (whatever the app's restarts
     * did to the port) and looks up every acknowledged grade. Prints {@code RESULT} lines for
     * the script; exits 1 if an acknowledged grade is missing.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = ReviewLoad.options(args);
        URI url = URI.create(o.getOrDefault("url", "http://localhost:8088"));
        Path pgData = Path.of(o.get("pg-data"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
        double rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        int duration = Integer.parseInt(o.getOrDefault("duration", "60"));
        int killAfter = Integer.parseInt(o.getOrDefault("kill-postmaster-after", "-1"));
        int sampleEvery = Integer.parseInt(o.getOrDefault("sample-every", "0"));
        long appPid = Long.parseLong(o.getOrDefault("app-pid", "-1"));
        String label = o.getOrDefault("label", "load");

        System.out.printf(Locale.ROOT, "AcknowledgedLoad %s: %d clients, %s, %d s, %s%n", label, clients,
                rate > 0 ? rate + " grades/s" : "as fast as they can", duration, url);
        long t0 = System.nanoTime();
        long end = t0 + duration * 1_000_000_000L;
        long killedAt = -1;
        HealthWatch health = null;
        try (AcknowledgedLoad load = start(url, clients, rate)) {
            long nextSample = sampleEvery > 0 ? System.nanoTime() : Long.MAX_VALUE;
            ProcMemory.Usage firstJvm = null;
            ProcMemory.Usage firstPg = null;
            while (System.nanoTime() < end) {
                long now = System.nanoTime();
                if (killAfter >= 0 && killedAt < 0 && now - t0 >= killAfter * 1_000_000_000L) {
                    long pid = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
                    ProcessHandle pm = ProcessHandle.of(pid).filter(p -> p.info().command().orElse("").endsWith("/postgres"))
                            .orElseThrow(() -> new IllegalStateException("pid " + pid + " in " + pgData + " is no postgres"));
                    health = new HealthWatch(load.http, url);
                    killedAt = System.nanoTime();
                    pm.destroyForcibly();
                    System.out.printf(Locale.ROOT, "killed the postmaster (pid %d, kill -9) after %d acknowledged grades%n",
                            pid, load.acknowledgedCount());
                    health.start();
                }
                if (now >= nextSample) {
                    long pm = postmasterPid(pgData);
                    ProcMemory.Usage jvm = ProcMemory.process(appPid);
                    ProcMemory.Usage pg = ProcMemory.postgres(pm);
                    if (firstJvm == null) {
                        firstJvm = jvm;
                        firstPg = pg;
                    }
                    System.out.printf(Locale.ROOT, "SAMPLE t_s=%d acknowledged=%d jvm_rss_mb=%.1f pg_rss_mb=%.1f pg_pss_mb=%.1f%n",
                            (now - t0) / 1_000_000_000L, load.acknowledgedCount(), jvm.rssKb() / 1024.0,
                            pg.rssKb() / 1024.0, pg.pssKb() / 1024.0);
                    nextSample += sampleEvery * 1_000_000_000L;
                }
                Thread.sleep(20);
            }
            load.close();
            long runNanos = System.nanoTime() - t0;

            Verdict v;
            try (Connection db = connect(pgData)) {
                v = load.verify(db);
            }
            System.out.printf(Locale.ROOT, "  outcomes                 %s%n", load.outcomes());
            System.out.printf(Locale.ROOT, "  acknowledged grades      %d (%.1f/s); stored %d; lost %d; stored but not acknowledged %d "
                    + "(%d grades were in doubt: 5xx or no answer)%n", v.acknowledged(), v.acknowledged() / (runNanos / 1e9),
                    v.stored(), v.lost().size(), v.storedNotAcknowledged(), v.inDoubt());
            if (!v.lost().isEmpty()) {
                System.out.println("  LOST: " + v.lost().subList(0, Math.min(20, v.lost().size())));
            }
            // from the first acknowledgement: sign-ups and the first requests are not an outage
            Gap gap = load.longestGapAfter(load.acknowledged().stream().mapToLong(Ack::nanos).min().orElse(t0));
            System.out.printf(Locale.ROOT, "  longest time without an acknowledged grade  %.0f ms (from %.1f s to %.1f s)%n",
                    gap.nanos() / 1e6, (gap.start() - t0) / 1e9, (gap.end() - t0) / 1e9);
            StringBuilder result = new StringBuilder(String.format(Locale.ROOT,
                    "RESULT label=%s acknowledged=%d stored=%d lost=%d stored_not_acknowledged=%d in_doubt=%d outage_ms=%.0f",
                    label, v.acknowledged(), v.stored(), v.lost().size(), v.storedNotAcknowledged(), v.inDoubt(), gap.nanos() / 1e6));
            if (killedAt >= 0) {
                Gap afterKill = load.longestGapAfter(killedAt);
                long gradeMs = (afterKill.end() - killedAt) / 1_000_000;
                System.out.printf(Locale.ROOT, "  kill -9 → /q/health/ready UP again   %s%n",
                        health.upAgainAfterMs() < 0 ? "never (within the run)" : health.upAgainAfterMs() + " ms");
                System.out.printf(Locale.ROOT, "  kill -9 → first grade acknowledged after the outage  %d ms%n", gradeMs);
                result.append(String.format(Locale.ROOT, " health_up_ms=%d grade_ok_ms=%d", health.upAgainAfterMs(), gradeMs));
            }
            if (firstJvm != null) {
                ProcMemory.Usage jvm = ProcMemory.process(appPid);
                ProcMemory.Usage pg = ProcMemory.postgres(postmasterPid(pgData));
                result.append(String.format(Locale.ROOT, " jvm_rss_mb_first=%.1f jvm_rss_mb_last=%.1f pg_pss_mb_first=%.1f pg_pss_mb_last=%.1f",
                        firstJvm.rssKb() / 1024.0, jvm.rssKb() / 1024.0, firstPg.pssKb() / 1024.0, pg.pssKb() / 1024.0));
            }
            System.out.println(result);
            if (!v.lost().isEmpty()) {
                System.exit(1);
            }
        } finally {
            if (health != null) {
                health.interrupt();
            }
        }
    }

    /** Polls /q/health/ready from the kill on: when it answers 200 again after not answering 200. */
    private static final class HealthWatch extends Thread {
        private final HttpClient http;
        private final URI url;
        private final long from = System.nanoTime();
        private volatile long upAgainMs = -1;

        HealthWatch(HttpClient http, URI base) {
            super("health-watch");
            setDaemon(true);
            this.http = http;
            this.url = base.resolve("/q/health/ready");
        }

        long upAgainAfterMs() {
            return upAgainMs;
        }

        @Override
        public void run() {
            boolean down = false;
            while (!isInterrupted()) {
                int status;
                try {
                    status = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    status = -1;
                } catch (InterruptedException e) {
                    return;
                }
                if (status != 200) {
                    down = true;
                } else if (down) {
                    upAgainMs = (System.nanoTime() - from) / 1_000_000;
                    return;
                }
                AcknowledgedLoad.sleep(50);
            }
        }
    }

    private static long postmasterPid(Path pgData) throws IOException {
        return Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
    }

    /** The app's embedded database, wherever its last start put it. */
    static Connection connect(Path pgData) throws IOException, SQLException {
        List<String> pid = Files.readAllLines(pgData.resolve("postmaster.pid"));
        Path dir = pgData.toAbsolutePath().normalize();
        String password = Files.readString(dir.resolveSibling(dir.getFileName() + ".password")).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/gopherdrill",
                "postgres", password);
    }
}
