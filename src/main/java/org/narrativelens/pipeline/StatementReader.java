package org.narrativelens.pipeline;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** The statement stage: the statements of passages and of the frame guides' texts, resolved to entities. */
@FunctionalInterface
public interface StatementReader {

    /**
     * @param aliasHints entity alias hints (name to other names)
     * @param progress   told the number of passages read so far
     */
    Statements read(List<PassageText> passages, List<String> guideTexts, Map<String, List<String>> aliasHints,
                    IntConsumer progress);
}
