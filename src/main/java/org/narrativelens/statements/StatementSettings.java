package org.narrativelens.statements;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which sentences the statement stage parses. */
@ConfigMapping(prefix = "narrative-lens.statements")
public interface StatementSettings {

    /** How many of the corpus's most widely used content words count as salient (besides the guides' words). */
    @WithDefault("40")
    int salientTerms();

    /** A sentence is parsed when it names at least this many distinct salient terms. */
    @WithDefault("2")
    int minTerms();

    /** Longer sentences are not parsed (the parser's time grows with length; such "sentences" are mostly lists). */
    @WithDefault("600")
    int maxSentenceChars();

    /** Passages handled per step: the memory held and the work stored per transaction. */
    @WithDefault("500")
    int chunkPassages();
}
