package org.narrativelens.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.embed.EmbeddingCache;
import org.narrativelens.text.PassageSegmenter;

/**
 * The service's pipeline: the ingestion segmenter, the embedder behind the database's embedding cache, and the
 * statement stage on the database's parse cache ({@link StageStatements}, or an alternative bean a test enables).
 */
@ApplicationScoped
public class PipelineProducer {

    @Produces
    @Singleton
    Pipeline pipeline(PassageSegmenter segmenter, EmbeddingCache embeddings, StatementReader statements) {
        return new Pipeline(text -> segmenter.segment(text).passages(), (texts, progress) -> embeddings.vectors(
                texts, texts.stream().map(ContentHash::sha256).toList(), progress), statements);
    }
}
