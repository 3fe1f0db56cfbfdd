/**
 * Stances on the main axis and their aggregation; {@link org.narrativelens.stance.NarrativeAnalyzer} runs the frames
 * stage and then this one. A passage's stance, from the frames stage, is {@code tanh(lean / scale)}, where the zero of
 * the lean (halfway between the two frames) is kept and the scale maps the median |lean| to 0.5. Documents and
 * sources get the relevance-weighted mean of their passages' stances; a source's 95% interval is a seeded percentile
 * bootstrap over its documents (over its passages when it has one document). Frame scores are shares of passages;
 * evidence is the passages whose weighted stance pulled the source furthest toward its side.
 */
package org.narrativelens.stance;
