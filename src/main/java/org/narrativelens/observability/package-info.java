/** Metrics of the pipeline (ingestion, embedding, analysis stages, queue) for /q/metrics. */
package org.narrativelens.observability;
