package org.narrativelens.statements;

import java.util.ArrayList;
import java.util.List;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Sentences;
import org.narrativelens.text.Span;

/**
 * Agent–action–patient statements of a passage, read from CoreNLP's UD dependency parse with the rules of
 * {@link SentenceReader}. Thread-safe; the parser is loaded once by the caller.
 */
public final class StatementExtractor {

    /** Changes whenever the parser or a rule changes: cached statements of another version are not reused. */
    public static final String VERSION = DependencyParser.VERSION + "/rules-5";

    private final DependencyParser parser;

    public StatementExtractor(DependencyParser parser) {
        this.parser = parser;
    }

    /**
     * The statements of a passage, offsets into the document ({@code passageStart} is where the passage starts), with
     * the passage's voice and speaker applied and cheap pronouns resolved.
     */
    public List<Statement> extract(String passageText, int passageStart, PassageVoice voice) {
        List<List<Statement>> sentences = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (Span span : sentences(passageText)) {
            sentences.add(sentence(passageText.substring(span.start(), span.end())));
            starts.add(passageStart + span.start());
        }
        return PassageStatements.assemble(sentences, starts, voice,
                PassageStatements.speakerMention(passageText, passageStart, voice));
    }

    /** Where the sentences of a text are; offsets into it. */
    public static List<Span> sentences(String text) {
        return Sentences.of(text);
    }

    /**
     * The statements of one sentence, offsets relative to it, voice as the sentence alone gives it: what
     * {@link PassageStatements#assemble} takes and what a cache keeps per sentence.
     */
    public List<Statement> sentence(String sentenceText) {
        if (sentenceText.isBlank()) {
            return List.of();
        }
        return new SentenceReader(parser.parse(sentenceText)).statements();
    }
}
