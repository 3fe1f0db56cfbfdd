package org.narrativelens.statements;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which sentences the statement stage parses. */
@ConfigMapping(prefix = "narrative-lens.statements")
public interface StatementSettings {

    int SALIENT_TERMS = 40;
    int MIN_TERMS = 2;
    int MAX_SENTENCE_CHARS = 600;
    int CHUNK_PASSAGES = 500;

    /** How many of the corpus's most widely used content words count as salient (besides the guides' words). */
    @WithDefault("" + SALIENT_TERMS)
    int salientTerms();

    /** A sentence is parsed when it names at least this many distinct salient terms. */
    @WithDefault("" + MIN_TERMS)
    int minTerms();

    /** Longer sentences are not parsed (the parser's time grows with length; such "sentences" are mostly lists). */
    @WithDefault("" + MAX_SENTENCE_CHARS)
    int maxSentenceChars();

    /** Passages handled per step: the memory held and the work stored per transaction. */
    @WithDefault("" + CHUNK_PASSAGES)
    int chunkPassages();

    /** Whether the service loads the parser when it starts rather than on the first analysis that needs it. */
    @WithDefault("true")
    boolean loadAtStartup();

    /** The defaults above, for code that runs outside the service (the evaluation command). */
    static StatementSettings defaults() {
        return new StatementSettings() {
            @Override
            public int salientTerms() {
                return SALIENT_TERMS;
            }

            @Override
            public int minTerms() {
                return MIN_TERMS;
            }

            @Override
            public int maxSentenceChars() {
                return MAX_SENTENCE_CHARS;
            }

            @Override
            public int chunkPassages() {
                return CHUNK_PASSAGES;
            }

            @Override
            public boolean loadAtStartup() {
                return false;
            }
        };
    }
}
