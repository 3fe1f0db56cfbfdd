package org.narrativelens.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.narrativelens.client.ApiClient;
import org.narrativelens.client.ApiException;
import org.narrativelens.client.api.AnalysesApi;
import org.narrativelens.client.api.CorporaApi;
import org.narrativelens.client.model.Analysis;
import org.narrativelens.client.model.AnalysisSubmission;
import org.narrativelens.client.model.CorpusSummary;
import org.narrativelens.client.model.DocumentSubmission;
import org.narrativelens.client.model.NewCorpus;
import org.narrativelens.client.model.SourceScore;

/**
 * The batch command: uploads a folder or a {@code .jsonl} of documents to a corpus (reused by name), analyses it,
 * shows progress while it waits, and writes the result as JSON and CSV tables. Talks to the service only through
 * the client generated from {@code openapi.yaml}. Exit codes: 0 done, 1 the analysis or the server failed, 2 usage.
 */
public final class BatchCommand {

    private final PrintStream out;
    private final PrintStream err;

    public BatchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new BatchCommand(System.out, System.err).run(args, System.getenv()));
    }

    public int run(String[] args, Map<String, String> environment) {
        BatchArgs options;
        try {
            options = BatchArgs.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(BatchArgs.USAGE);
            return 2;
        }
        try {
            return run(options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (ApiException e) {
            err.println("The server refused: " + Retrying.describe(e)
                    + (e.getResponseBody() == null ? "" : " " + e.getResponseBody()));
            return 1;
        } catch (IOException e) {
            err.println("I/O failed: " + e.getMessage());
            return 1;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted");
            return 1;
        }
    }

    private int run(BatchArgs options) throws IOException, ApiException, InterruptedException {
        ApiClient client = client(options);
        ObjectMapper json = client.getObjectMapper();
        CorporaApi corpora = new CorporaApi(client);
        AnalysesApi analyses = new AnalysesApi(client);
        Retrying retrying = Retrying.standard(options.retries(), err);

        AnalysisSubmission request = options.request() == null ? new AnalysisSubmission()
                : json.readValue(Files.readString(options.request()), AnalysisSubmission.class);
        List<DocumentSubmission> documents = new DocumentFiles(json).read(options.input());
        out.printf("read %d documents from %s%n", documents.size(), options.input());

        UUID corpus = corpus(corpora, retrying, options.corpus());
        Uploader.Totals totals = new Uploader(corpora, json, retrying, err)
                .upload(corpus, documents, options.chunkSize(), options.chunkBytes());
        out.printf("uploaded in %d chunks: %d new, %d already in the corpus, %d rejected%n", totals.chunks(),
                totals.accepted(), totals.duplicates(), totals.rejected().size());
        totals.rejected().forEach(reason -> err.println("  rejected " + reason));

        Analysis started = retrying.callIfUnprocessed("starting the analysis",
                () -> analyses.startAnalysis(AnalysesApi.APIStartAnalysisRequest.newBuilder()
                        .corpusId(corpus).analysisSubmission(request).build()));
        out.printf("analysis %s started%n", started.getId());
        Analysis finished = new ProgressWatch(analyses, retrying, out, options.poll(), options.timeout())
                .await(started.getId());
        if (finished.getStatus() != Analysis.StatusEnum.SUCCEEDED) {
            err.printf("analysis %s %s: %s%n", finished.getId(), finished.getStatus(), finished.getError());
            return 1;
        }
        List<Path> files = new ResultFiles(json).write(finished, options.out());
        printSources(finished);
        files.forEach(file -> out.println("wrote " + file));
        return 0;
    }

    private UUID corpus(CorporaApi corpora, Retrying retrying, String name) throws ApiException, InterruptedException {
        List<CorpusSummary> existing = retrying.call("looking up corpus " + name,
                () -> corpora.listCorpora(CorporaApi.APIListCorporaRequest.newBuilder().name(name).build()));
        if (!existing.isEmpty()) {
            CorpusSummary corpus = existing.get(0);
            out.printf("reusing corpus '%s' %s (%d documents, %d passages)%n", name, corpus.getId(),
                    corpus.getDocuments(), corpus.getPassages());
            return corpus.getId();
        }
        UUID id = retrying.callIfUnprocessed("creating corpus " + name,
                () -> corpora.createCorpus(CorporaApi.APICreateCorpusRequest.newBuilder()
                        .newCorpus(new NewCorpus().name(name)).build())).getId();
        out.printf("created corpus '%s' %s%n", name, id);
        return id;
    }

    private void printSources(Analysis analysis) {
        out.printf("%-30s %8s  %s%n", "source", "stance", "95% interval");
        for (SourceScore source : analysis.getResult().getSources()) {
            out.printf("%-30s %+8.3f  [%+.3f, %+.3f]%n", source.getSource(), source.getStance().doubleValue(),
                    source.getInterval().getLow().doubleValue(), source.getInterval().getHigh().doubleValue());
        }
    }

    private static ApiClient client(BatchArgs options) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(options.server());
        client.setConnectTimeout(Duration.ofSeconds(10));
        // Ingestion segments every new document before it answers: allow a large chunk its time.
        client.setReadTimeout(Duration.ofMinutes(10));
        if (options.apiKey() != null) {
            client.setRequestInterceptor(request -> request.header("X-API-Key", options.apiKey()));
        }
        return client;
    }

    /** How long the command has been waiting, for messages. */
    static String since(Instant start) {
        return String.format("%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }
}
