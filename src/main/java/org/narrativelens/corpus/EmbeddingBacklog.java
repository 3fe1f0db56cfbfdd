package org.narrativelens.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.narrativelens.text.Passage;

/**
 * Queues the embedding of newly stored passages as {@link EmbeddingTask}s of {@code chunk-size} passages, in the
 * ingestion's transaction, so that a task exists exactly when its passages do. Off
 * ({@code narrative-lens.embedding.at-ingestion=false}): nothing is queued and analyses embed as they run.
 */
@ApplicationScoped
public class EmbeddingBacklog {

    private final boolean atIngestion;
    private final int chunkSize;
    private final String model;

    public EmbeddingBacklog(EmbeddingQueueConfig config, @ConfigProperty(name = "narrative-lens.model.name") String model) {
        if (config.chunkSize() < 1) {
            throw new IllegalArgumentException("narrative-lens.embedding.chunk-size must be at least 1, not "
                    + config.chunkSize());
        }
        this.atIngestion = config.atIngestion();
        this.chunkSize = config.chunkSize();
        this.model = model;
    }

    /**
     * Persists the tasks for the passages of the new documents, in order (the documents' passages one after the
     * other), and returns which task each passage belongs to; call in the transaction that stores them.
     */
    public Plan queue(UUID corpusId, List<List<Passage>> documents, OffsetDateTime now) {
        if (!atIngestion) {
            return new Plan(List.of(), chunkSize);
        }
        List<Passage> passages = documents.stream().flatMap(List::stream).toList();
        List<Long> tasks = new ArrayList<>();
        for (int from = 0; from < passages.size(); from += chunkSize) {
            List<Passage> chunk = passages.subList(from, Math.min(passages.size(), from + chunkSize));
            EmbeddingTask task = new EmbeddingTask();
            task.corpusId = corpusId;
            task.model = model;
            task.passages = chunk.size();
            task.texts = chunk.size() + (int) chunk.stream().filter(p -> !p.embeddingText().equals(p.text())).count();
            task.status = EmbeddingTask.Status.queued.name();
            task.attempts = 0;
            task.createdAt = now;
            task.persist();
            tasks.add(task.id);
        }
        return new Plan(tasks, chunkSize);
    }

    /** The task of each new passage, by its position among the new passages; null when nothing was queued. */
    public record Plan(List<Long> tasks, int chunkSize) {

        public Long taskOf(int passage) {
            return tasks.isEmpty() ? null : tasks.get(passage / chunkSize);
        }
    }
}
