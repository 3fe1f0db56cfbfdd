/**
 * The one pipeline every path runs ({@link org.narrativelens.pipeline.Pipeline}): segment, embed, fit or place,
 * aggregate. Its stages are small interfaces ({@link org.narrativelens.pipeline.Segmenter},
 * {@link org.narrativelens.pipeline.VectorStore}) so the service, the evaluation command and the benchmarks give
 * their own segmenter and vector cache and share everything else.
 */
package org.narrativelens.pipeline;
