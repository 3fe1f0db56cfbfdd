package org.narrativelens.embedqueue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.corpus.EmbeddingTaskQueue;
import org.narrativelens.corpus.EmbeddingTaskQueue.Claim;
import org.narrativelens.corpus.EmbeddingTaskTexts;
import org.narrativelens.embed.EmbeddingCache;
import org.narrativelens.embed.EmbeddingStore;

/**
 * Runs one claimed task: reads its texts, embeds those not stored yet, and stores their vectors in the transaction
 * that marks the task done, fenced by the claim (a worker that lost its lease stores nothing).
 */
@ApplicationScoped
public class EmbeddingTaskRunner {

    private static final Logger LOG = Logger.getLogger(EmbeddingTaskRunner.class);

    private final EmbeddingTaskTexts texts;
    private final EmbeddingCache cache;
    private final EmbeddingStore store;

    public EmbeddingTaskRunner(EmbeddingTaskTexts texts, EmbeddingCache cache, EmbeddingStore store) {
        this.texts = texts;
        this.cache = cache;
        this.store = store;
    }

    /** True when this claim's write stored the task's vectors; false when the claim had lost the task. */
    public boolean run(Claim claim) {
        List<String> todo = texts.load(claim.id());
        Map<String, float[]> fresh = cache.embedMissing(todo, todo.stream().map(ContentHash::sha256).toList());
        int stored = store.storeFenced(cache.model().name(), fresh,
                (connection, count) -> EmbeddingTaskQueue.finish(connection, claim, count));
        if (stored < 0) {
            LOG.warnf("Embedding task %d: attempt %d lost its claim; its vectors were not stored", claim.id(),
                    claim.attempt());
            return false;
        }
        LOG.infof("Embedding task %d of corpus %s: %d texts, %d stored by %s (attempt %d)", claim.id(),
                claim.corpusId(), todo.size(), stored, claim.owner(), claim.attempt());
        return true;
    }
}
