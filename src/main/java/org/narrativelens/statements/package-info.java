/**
 * Statements: agent–action–patient claims read from CoreNLP's dependency parse, with offsets, voice, speaker,
 * negation, hedges and the author's attitude; the entities they name; the narratives they form and the roles
 * (hero, villain, victim) each source casts. Plain Java except {@code StatementStage} and {@code StatementCache},
 * which wire the parser and the database.
 */
package org.narrativelens.statements;
