package org.narrativelens.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.narrativelens.client.ApiException;
import org.narrativelens.client.api.AnalysesApi;
import org.narrativelens.client.model.Analysis;
import org.narrativelens.client.model.Progress;

/** Polls an analysis until it finishes, printing a line whenever its stage or progress moves. */
final class ProgressWatch {

    private final AnalysesApi analyses;
    private final Retrying retrying;
    private final PrintStream out;
    private final Duration poll;
    private final Duration timeout;

    ProgressWatch(AnalysesApi analyses, Retrying retrying, PrintStream out, Duration poll, Duration timeout) {
        this.analyses = analyses;
        this.retrying = retrying;
        this.out = out;
        this.poll = poll;
        this.timeout = timeout;
    }

    Analysis await(UUID id) throws ApiException, InterruptedException {
        Instant start = Instant.now();
        String last = null;
        while (true) {
            Analysis analysis = retrying.call("polling analysis " + id, () -> analyses.getAnalysis(
                    AnalysesApi.APIGetAnalysisRequest.newBuilder().analysisId(id).build()));
            String line = describe(analysis);
            if (!Objects.equals(line, last)) {
                out.printf("[%s] %s%n", BatchCommand.since(start), line);
                last = line;
            }
            if (analysis.getStatus() == Analysis.StatusEnum.SUCCEEDED || analysis.getStatus() == Analysis.StatusEnum.FAILED) {
                return analysis;
            }
            if (Duration.between(start, Instant.now()).compareTo(timeout) > 0) {
                throw new IllegalStateException("analysis " + id + " did not finish within " + timeout.toSeconds()
                        + " s; it goes on on the server: GET /v1/analyses/" + id);
            }
            Thread.sleep(poll.toMillis());
        }
    }

    static String describe(Analysis analysis) {
        Progress progress = analysis.getProgress();
        StringBuilder line = new StringBuilder(String.valueOf(analysis.getStatus()));
        if (progress != null && progress.getStage() != null) {
            line.append(", ").append(progress.getStage());
            int done = progress.getDone() == null ? 0 : progress.getDone();
            int total = progress.getTotal() == null ? 0 : progress.getTotal();
            if (total > 0) {
                line.append(' ').append(bar(done, total)).append(' ').append(done).append('/').append(total)
                        .append(" passages");
            }
        }
        return line.toString();
    }

    static String bar(int done, int total) {
        int width = 20;
        int filled = (int) Math.round(width * Math.min(1.0, done / (double) total));
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }
}
