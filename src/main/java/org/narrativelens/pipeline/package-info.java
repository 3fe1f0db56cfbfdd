/**
 * The one pipeline every path runs ({@link org.narrativelens.pipeline.Pipeline}): segment, embed, fit or place,
 * aggregate; read statements, narrate, place claims. Its stages are small interfaces
 * ({@link org.narrativelens.pipeline.Segmenter}, {@link org.narrativelens.pipeline.VectorStore},
 * {@link org.narrativelens.pipeline.StatementReader}) so the service, the evaluation command and the benchmarks give
 * their own segmenter, vector cache and parse cache and share everything else.
 */
package org.narrativelens.pipeline;
