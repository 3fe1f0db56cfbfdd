package org.narrativelens.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Finds the sentences of one paragraph with Stanford CoreNLP (tokenize, ssplit) as offsets into the original text.
 *
 * <p>Thread-safe. All callers share one pipeline, built on first use. {@code StanfordCoreNLP.annotate} may be called
 * concurrently for these two annotators: the tokenizer annotator makes a fresh lexer per call from an immutable
 * factory and the sentence splitter keeps only final, read-only state; the one shared mutable state, the pipeline's
 * timing and word counters, is statistics that a race can only miscount (CoreNLP's own multi-threaded
 * {@code annotate(Iterable, threads)} runs a single pipeline the same way).
 */
final class SentenceSplitter {

    /** A capital letter with a full stop: what CoreNLP may take for a name's initial ("Gregory D. LoGerfo"). */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    private static final class SharedPipeline {
        static final StanfordCoreNLP INSTANCE = build();

        private static StanfordCoreNLP build() {
            Properties properties = new Properties();
            properties.setProperty("annotators", "tokenize,ssplit");
            properties.setProperty("tokenize.language", "en");
            // Emoji and other symbols the lexer does not know stay tokens, without a warning per character.
            properties.setProperty("tokenize.options", "untokenizable=noneKeep");
            properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
            return new StanfordCoreNLP(properties);
        }
    }

    /**
     * Longest sentence handed on, the longest passage of the default settings: a longer span is cut at the last
     * whitespace before the limit (it becomes passages of its own anyway), because the voice rules cost the square of
     * a sentence's length when it is made of thousands of quotes.
     */
    static final int MAX_SENTENCE = 600;

    /** Longest run without whitespace that CoreNLP is handed (see {@link LongRuns}); URLs longer than it are cut too. */
    static final int MAX_RUN = 32;

    /**
     * The sentences of {@code text.substring(from, to)}, which must not contain a line break. Pieces cut inside long
     * runs are tokenized one by one; a cut never ends a sentence, so the sentences on either side of it are joined.
     */
    List<Span> split(String text, int from, int to) {
        List<Span> sentences = new ArrayList<>();
        int start = from;
        for (int cut : LongRuns.cuts(text, start, to, MAX_RUN)) {
            addPiece(text, start, cut, sentences, start > from);
            start = cut;
        }
        addPiece(text, start, to, sentences, start > from);
        return capped(text, sentences);
    }

    private static List<Span> capped(String text, List<Span> sentences) {
        if (sentences.stream().allMatch(s -> s.length() <= MAX_SENTENCE)) {
            return sentences;
        }
        List<Span> capped = new ArrayList<>();
        for (Span sentence : sentences) {
            int start = sentence.start();
            while (sentence.end() - start > MAX_SENTENCE) {
                int cut = start + MAX_SENTENCE;
                while (cut > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(cut))) {
                    cut--;
                }
                if (Character.isLowSurrogate(text.charAt(cut))) {
                    cut--;
                }
                int end = cut;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    capped.add(new Span(start, end));
                }
                start = cut;
                while (start < sentence.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (start < sentence.end()) {
                capped.add(new Span(start, sentence.end()));
            }
        }
        return capped;
    }

    private static void addPiece(String text, int from, int to, List<Span> sentences, boolean continuesRun) {
        List<Span> piece = splitPiece(text, from, to);
        if (continuesRun && !piece.isEmpty() && !sentences.isEmpty()) {
            Span last = sentences.remove(sentences.size() - 1);
            sentences.add(new Span(last.start(), piece.get(0).end()));
            piece = piece.subList(1, piece.size());
        }
        sentences.addAll(piece);
    }

    private static List<Span> splitPiece(String text, int from, int to) {
        Annotation annotation = new Annotation(text.substring(from, to));
        SharedPipeline.INSTANCE.annotate(annotation);
        List<Span> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (!tokens.isEmpty()) {
                addSplitAtHyphenatedInitials(tokens, from, sentences);
            }
        }
        return sentences;
    }

    /**
     * CoreNLP keeps "ISIS-K. Deflection is …" in one sentence: it reads "K." as an initial before a surname. An
     * initial glued to a hyphen is not a name's initial, so a following capitalised word starts a new sentence.
     */
    private static void addSplitAtHyphenatedInitials(List<CoreLabel> tokens, int offset, List<Span> sentences) {
        int sentenceStart = tokens.get(0).beginPosition();
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (endsSentenceAfterHyphen(tokens.get(i - 1), tokens.get(i), tokens.get(i + 1))) {
                sentences.add(new Span(offset + sentenceStart, offset + tokens.get(i).endPosition()));
                sentenceStart = tokens.get(i + 1).beginPosition();
            }
        }
        sentences.add(new Span(offset + sentenceStart, offset + tokens.get(tokens.size() - 1).endPosition()));
    }

    private static boolean endsSentenceAfterHyphen(CoreLabel previous, CoreLabel token, CoreLabel next) {
        String before = previous.originalText();
        return INITIAL.matcher(token.originalText()).matches()
                && previous.endPosition() == token.beginPosition()
                && (before.endsWith("-") || before.endsWith("–"))
                && Character.isUpperCase(next.originalText().codePointAt(0));
    }
}
