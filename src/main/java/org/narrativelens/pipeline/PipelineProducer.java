package org.narrativelens.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.narrativelens.corpus.ContentHash;
import org.narrativelens.embed.EmbeddingCache;
import org.narrativelens.text.PassageSegmenter;

/** The service's pipeline: the ingestion segmenter, and the embedder behind the database's embedding cache. */
@ApplicationScoped
public class PipelineProducer {

    @Produces
    @Singleton
    Pipeline pipeline(PassageSegmenter segmenter, EmbeddingCache embeddings) {
        return new Pipeline(text -> segmenter.segment(text).passages(), (texts, progress) -> embeddings.vectors(
                texts, texts.stream().map(ContentHash::sha256).toList(), progress));
    }
}
