package org.narrativelens.statements;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Sentence boundaries of a passage (CoreNLP {@code tokenize, ssplit}, main jar only); thread-safe. */
public final class SentenceSpans {

    /** A sentence's offsets into the text it was found in. */
    public record Span(int start, int end) {
    }

    private static final class Shared {
        static final StanfordCoreNLP PIPELINE = build();

        private static StanfordCoreNLP build() {
            Properties properties = new Properties();
            properties.setProperty("annotators", "tokenize,ssplit");
            properties.setProperty("tokenize.language", "en");
            properties.setProperty("tokenize.options", "untokenizable=noneKeep,splitHyphenated=false");
            properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
            return new StanfordCoreNLP(properties);
        }
    }

    private SentenceSpans() {
    }

    public static List<Span> of(String text) {
        Annotation annotation = new Annotation(text);
        Shared.PIPELINE.annotate(annotation);
        List<Span> spans = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (end > start) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }
}
