/**
 * The evaluation command: reads a labelled {@code documents.jsonl}, analyses it one group at a time through the same
 * segmenter, embedder and analyzer as the service, and prints source- and document-level metrics. Not a CDI bean:
 * a plain main class run by {@code ./mvnw -q compile exec:exec@evaluate -Deval.args="..."}.
 */
package org.narrativelens.evaluation;
