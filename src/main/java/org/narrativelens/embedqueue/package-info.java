/**
 * Embedding as documents arrive: ingestion queues a corpus's new passages in tasks ({@code corpus.EmbeddingTask}),
 * which any replica's workers claim under a lease and store fenced by their claim; an analysis waits for (and helps
 * with) its corpus's tasks, then only looks vectors up.
 */
package org.narrativelens.embedqueue;
