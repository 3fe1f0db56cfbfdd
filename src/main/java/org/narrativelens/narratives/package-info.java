/**
 * Narratives and roles from statements: statements grouped by agent, action sense and patient into narratives with
 * statement labels, which narratives oppose, how each source and speaker stands on them, and the roles (hero,
 * villain, victim) each document and source casts every entity in. Plain Java: no CDI, no I/O; phrases are embedded
 * through a {@link org.narrativelens.narratives.PhraseEncoder} the caller supplies.
 */
package org.narrativelens.narratives;
