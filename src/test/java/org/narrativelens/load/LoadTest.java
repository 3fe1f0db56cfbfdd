package org.narrativelens.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test against a running service on loopback (docs/performance.md, "Load"): first one client reading alone for
 * I seconds (the idle figures), then an analysis of a large corpus starts embedding and N clients for S seconds mix
 * ingestion, reads (corpus list, corpus, analysis), scoring new documents against a finished analysis, and analysis
 * submission; prints throughput, latency percentiles, statuses per operation and the service's peak heap, then checks
 * that every accepted document is stored. Bounded in time, and in requests by --max-requests.
 * Usage: LoadTest [baseUrl=http://127.0.0.1:8080] [--clients 50] [--seconds 60] [--idle-seconds 10]
 * [--max-requests 200000]
 * (X-API-Key from the environment variable NARRATIVE_LENS_LOAD_API_KEY, when set).
 */
public final class LoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)$");
    private static final int CORPORA = 5;
    /** Documents (one new passage each) of the corpus whose analysis starts embedding when the load starts. */
    private static final int LARGE_CORPUS = 1_000;

    private final URI base;
    private final String apiKey = System.getenv("NARRATIVE_LENS_LOAD_API_KEY");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Operation> operations = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> acceptedPerCorpus = new ConcurrentHashMap<>();
    private final List<String> analyses = new CopyOnWriteArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong peakHeap = new AtomicLong();

    private LoadTest(URI base) {
        if (!isLoopback(base)) {
            throw new IllegalArgumentException("Load is only ever sent to loopback, not " + base);
        }
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8080";
        int clients = 50;
        int seconds = 60;
        int idleSeconds = 10;
        long maxRequests = 200_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Math.min(600, Integer.parseInt(args[++i]));
                case "--idle-seconds" -> idleSeconds = Math.min(120, Integer.parseInt(args[++i]));
                case "--max-requests" -> maxRequests = Long.parseLong(args[++i]);
                default -> url = args[i];
            }
        }
        new LoadTest(URI.create(url)).run(clients, seconds, idleSeconds, maxRequests);
    }

    private void run(int clients, int seconds, int idleSeconds, long maxRequests) throws Exception {
        List<String> corpora = new ArrayList<>();
        for (int c = 0; c < CORPORA; c++) {
            String corpus = JSON.readTree(send("setup", post("/v1/corpora", "{\"name\": \"load " + c + "\"}")).body())
                    .get("id").asText();
            corpora.add(corpus);
            acceptedPerCorpus.put(corpus, new AtomicLong());
            ingest("setup", corpus, "seed-" + c, 0, 3);
        }
        String scored = finishedAnalysis(corpora.get(0));
        String large = JSON.readTree(send("setup", post("/v1/corpora", "{\"name\": \"load large\"}")).body())
                .get("id").asText();
        acceptedPerCorpus.put(large, new AtomicLong());
        for (int first = 0; first < LARGE_CORPUS; first += 100) {
            ingest("setup", large, "large", first, 100);
        }
        long idleDeadline = System.nanoTime() + Duration.ofSeconds(idleSeconds).toNanos();
        Random idle = new Random(-1);
        while (System.nanoTime() < idleDeadline) {
            read("idle ", idle, corpora);
        }
        String embedding = JSON.readTree(send("setup", post("/v1/corpora/" + large + "/analyses", "{}")).body())
                .get("id").asText();
        long heapBefore = heapNow();
        Thread sampler = new Thread(this::sampleHeap, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            Thread thread = new Thread(() -> clientLoop(client, corpora, scored, deadline, maxRequests), "client-" + t);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        report(clients, elapsed, heapBefore);
        JsonNode analysis = JSON.readTree(send("verify", get("/v1/analyses/" + embedding)).body());
        System.out.printf("large analysis (%d documents) at the end of the load: %s, progress %s%n", LARGE_CORPUS,
                analysis.path("status").asText(), analysis.path("progress"));
        corpora.add(large);
        verify(corpora);
    }

    private void clientLoop(int client, List<String> corpora, String scored, long deadline, long maxRequests) {
        Random random = new Random(client);
        int sequence = 0;
        while (System.nanoTime() < deadline && requests.incrementAndGet() <= maxRequests) {
            int dice = random.nextInt(100);
            try {
                if (dice < 50) {
                    String corpus = corpora.get(random.nextInt(corpora.size()));
                    int count = 1 + random.nextInt(3);
                    ingest("ingest", corpus, "c" + client, sequence, count);
                    sequence += count;
                } else if (dice < 80) {
                    read("", random, corpora);
                } else if (dice < 90) {
                    send("score", post("/v1/analyses/" + scored + "/score", documents("s" + client, sequence++, 1)));
                } else {
                    HttpResponse<String> answer = send("submit analysis",
                            post("/v1/corpora/" + corpora.get(random.nextInt(corpora.size())) + "/analyses", "{}"));
                    if (answer.statusCode() == 202) {
                        analyses.add(JSON.readTree(answer.body()).get("id").asText());
                    }
                }
            } catch (IOException e) {
                // counted as a failure by send()
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One read: the corpus list, a corpus, or an analysis (a third each; a corpus while there is no analysis). */
    private void read(String phase, Random random, List<String> corpora) throws IOException, InterruptedException {
        int dice = random.nextInt(3);
        if (dice == 0) {
            send(phase + "list corpora", get("/v1/corpora"));
        } else if (dice == 1 || analyses.isEmpty()) {
            send(phase + "poll corpus", get("/v1/corpora/" + corpora.get(random.nextInt(corpora.size()))));
        } else {
            send(phase + "poll analysis", get("/v1/analyses/" + analyses.get(random.nextInt(analyses.size()))));
        }
    }

    /** A succeeded analysis of the corpus, for the scoring requests (waits for it during setup). */
    private String finishedAnalysis(String corpus) throws IOException, InterruptedException {
        HttpResponse<String> answer = send("setup", post("/v1/corpora/" + corpus + "/analyses?wait=true", "{}"));
        String id = JSON.readTree(answer.body()).get("id").asText();
        for (int i = 0; i < 600; i++) {
            String status = JSON.readTree(send("setup", get("/v1/analyses/" + id)).body()).path("status").asText();
            if (status.equals("succeeded")) {
                return id;
            }
            if (status.equals("failed")) {
                throw new IllegalStateException("the setup analysis failed: " + id);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the setup analysis did not finish in 5 minutes: " + id);
    }

    private void ingest(String name, String corpus, String prefix, int first, int count)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send(name, post("/v1/corpora/" + corpus + "/documents",
                documents(prefix, first, count)));
        if (answer.statusCode() == 200) {
            acceptedPerCorpus.get(corpus).addAndGet(JSON.readTree(answer.body()).get("accepted").asLong());
        }
    }

    private static String documents(String prefix, int first, int count) {
        StringBuilder body = new StringBuilder("[");
        for (int i = first; i < first + count; i++) {
            body.append(i == first ? "" : ",").append("{\"source\": \"outlet-").append(i % 7)
                    .append("\", \"externalId\": \"").append(prefix).append('-').append(i).append("\", \"text\": \"")
                    .append("Report ").append(prefix).append(' ').append(i).append(" on the harbour wall. ")
                    .append("The council debated the cost again, and residents asked about the flood risk. ")
                    .append("Engineers said the design would hold in a storm like the one in ").append(1950 + i % 70)
                    .append(".\"}");
        }
        return body.append("]").toString();
    }

    private HttpResponse<String> send(String operation, HttpRequest.Builder request) throws IOException, InterruptedException {
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        Operation stats = operations.computeIfAbsent(operation, k -> new Operation());
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            stats.record(String.valueOf(response.statusCode()), System.nanoTime() - start);
            return response;
        } catch (IOException e) {
            stats.record(e.getClass().getSimpleName(), System.nanoTime() - start);
            throw e;
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private void sampleHeap() {
        while (!Thread.currentThread().isInterrupted()) {
            peakHeap.accumulateAndGet(heapNow(), Math::max);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The service's heap in use, from its Prometheus metrics (the sum over heap pools); 0 when unavailable. */
    private long heapNow() {
        try {
            HttpResponse<String> metrics = http.send(get("/q/metrics").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double sum = 0;
            for (String line : metrics.body().split("\n")) {
                Matcher m = HEAP.matcher(line);
                if (m.matches()) {
                    sum += Double.parseDouble(m.group(1));
                }
            }
            return (long) sum;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void report(int clients, double seconds, long heapBefore) {
        long total = operations.entrySet().stream().filter(e -> !e.getKey().equals("setup")
                        && !e.getKey().startsWith("idle "))
                .mapToLong(e -> e.getValue().count()).sum();
        System.out.printf("%d clients, %.1f s, %d requests, %.1f requests/s%n", clients, seconds, total, total / seconds);
        System.out.println("| operation | requests | per s | p50 ms | p90 ms | p99 ms | max ms | statuses |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        new TreeMap<>(operations).forEach((name, stats) -> {
            if (!name.equals("setup")) {
                System.out.println(stats.row(name, seconds));
            }
        });
        long serverErrors = operations.values().stream().mapToLong(Operation::serverErrors).sum();
        System.out.printf("5xx: %d; transport errors: %d%n", serverErrors,
                operations.values().stream().mapToLong(Operation::transportErrors).sum());
        System.out.printf("service heap used: %d MiB before, %d MiB peak (sampled every 0.5 s from /q/metrics)%n",
                heapBefore >> 20, peakHeap.get() >> 20);
    }

    private void verify(List<String> corpora) throws IOException, InterruptedException {
        long expected = 0;
        long stored = 0;
        for (String corpus : corpora) {
            expected += acceptedPerCorpus.get(corpus).get();
            stored += JSON.readTree(send("verify", get("/v1/corpora/" + corpus)).body()).get("documents").asLong();
        }
        System.out.printf("documents: %d accepted, %d stored, %d lost%n", expected, stored, expected - stored);
        Map<String, Integer> states = new TreeMap<>();
        for (String id : analyses) {
            JsonNode analysis = JSON.readTree(send("verify", get("/v1/analyses/" + id)).body());
            states.merge(analysis.path("status").asText("missing"), 1, Integer::sum);
        }
        System.out.printf("analyses: %d accepted (202), states now %s%n", analyses.size(), states);
    }

    private static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
    }

    /** Latencies and outcomes of one kind of request. */
    private static final class Operation {
        private final List<Long> nanos = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

        void record(String outcome, long elapsed) {
            nanos.add(elapsed);
            outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        }

        long count() {
            return nanos.size();
        }

        long serverErrors() {
            return outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("5")).mapToLong(e -> e.getValue().get()).sum();
        }

        long transportErrors() {
            return outcomes.entrySet().stream().filter(e -> !Character.isDigit(e.getKey().charAt(0)))
                    .mapToLong(e -> e.getValue().get()).sum();
        }

        String row(String name, double seconds) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format("| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %s |", name, sorted.length,
                    sorted.length / seconds, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0),
                    new TreeMap<>(outcomes));
        }

        private static double ms(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }
}
