package org.narrativelens.statements;

import java.nio.file.Path;

/** One extractor for all tests of this package: the models the build unpacked, loaded once. */
final class Parsers {

    static final StatementExtractor EXTRACTOR =
            new StatementExtractor(new DependencyParser(CoreNlpModels.verified(Path.of("models"))));

    private Parsers() {
    }

    /** "agent|action|patient" with flags, for compact assertions; "-" for a missing part. */
    static String brief(Statement s) {
        return (s.agent() == null ? "-" : s.agent().head()) + "|" + s.action().head() + "|"
                + (s.patient() == null ? "-" : s.patient().head()) + (s.negated() ? " not" : "")
                + (s.hedged() ? " hedged" : "");
    }
}
