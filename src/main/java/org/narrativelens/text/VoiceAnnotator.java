package org.narrativelens.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every sentence of a document a voice and, where the text names one, a speaker.
 * <ul>
 *   <li>A sentence at least half of whose characters lie inside quotation marks is {@link Voice#QUOTED}; the speaker
 *   is that of the quote covering most of it, found after the quote (",” Mujahid said", ",” said X", ",” desc, X,
 *   wrote"), before it ("X said: “"), in a reporting clause of the same sentence, in a dash line that follows a
 *   paragraph-long quote ("—Name, title."), or carried over from a quote continued from the previous paragraph.</li>
 *   <li>Otherwise a sentence with a reporting verb outside quotes whose subject is a name ("X asserted that", "X,
 *   who described"), "he"/"she" right after a named speaker, "according to X", or an unnamed subject followed by
 *   "that" ("officials said that") is {@link Voice#REPORTED}.</li>
 *   <li>Everything else is the {@link Voice#AUTHOR}'s.</li>
 * </ul>
 * Names are resolved within the document: a later "Mujahid" or "Mr. Mujahid" is "Zabihullah Mujahid". A quote or
 * report whose speaker is not named gets no speaker; nothing is guessed. Deterministic and model-free: about as fast
 * as tokenising.
 */
public final class VoiceAnnotator {

    /** One paragraph and its sentences, in document order. */
    public record ParagraphSentences(int start, int end, List<int[]> sentences) {
    }

    /** The voices of the sentences, paragraph by paragraph, in the order given. */
    public List<List<PassageVoice>> annotate(String text, List<ParagraphSentences> paragraphs) {
        List<List<SpeechSentence>> prepared = new ArrayList<>();
        List<List<QuoteScanner.Quote>> quotes = new ArrayList<>();
        List<Boolean> openAtEnd = new ArrayList<>();
        SpeakerRegistry registry = new SpeakerRegistry();
        for (int p = 0; p < paragraphs.size(); p++) {
            ParagraphSentences paragraph = paragraphs.get(p);
            List<QuoteScanner.Quote> found = QuoteScanner.scan(text, paragraph.start(), paragraph.end());
            quotes.add(found);
            openAtEnd.add(!found.isEmpty() && found.get(found.size() - 1).end() == paragraph.end()
                    && !isClosingMark(text.charAt(paragraph.end() - 1)));
            List<SpeechSentence> sentences = new ArrayList<>();
            for (int[] span : paragraph.sentences()) {
                List<Token> tokens = Token.of(text, span[0], span[1]);
                List<NameMention> mentions = NameFinder.find(text, tokens);
                registry.learnFullNames(mentions);
                sentences.add(new SpeechSentence(p, span[0], span[1], tokens, mentions, quotedMask(tokens, found)));
            }
            prepared.add(sentences);
        }
        for (List<SpeechSentence> sentences : prepared) {
            for (SpeechSentence sentence : sentences) {
                registry.learnDescriptions(text, sentence.tokens(), sentence.mentions());
            }
        }
        return new Pass(text, registry, prepared, quotes, openAtEnd).run();
    }

    private static boolean isClosingMark(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == '»';
    }

    /** Quotes are outermost, so sorted and disjoint: one walk over tokens and quotes together. */
    private static boolean[] quotedMask(List<Token> tokens, List<QuoteScanner.Quote> quotes) {
        boolean[] mask = new boolean[tokens.size()];
        int q = firstQuoteEndingAfter(quotes, tokens.isEmpty() ? 0 : tokens.get(0).start());
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            while (q < quotes.size() && quotes.get(q).end() <= token.start()) {
                q++;
            }
            mask[t] = q < quotes.size() && token.start() > quotes.get(q).start() && token.end() < quotes.get(q).end();
        }
        return mask;
    }

    /** The index of the first of the sorted, disjoint quotes that ends after {@code offset}: a binary search. */
    static int firstQuoteEndingAfter(List<QuoteScanner.Quote> quotes, int offset) {
        int low = 0;
        int high = quotes.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (quotes.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The second pass, in document order, so that "he said" can refer back to the last named speaker. */
    private static final class Pass {
        private final String text;
        private final SpeakerRegistry registry;
        private final SpeechAttributor attributor;
        private final List<List<SpeechSentence>> paragraphs;
        private final List<List<QuoteScanner.Quote>> quotes;
        private final List<Boolean> openAtEnd;
        private final Map<QuoteScanner.Quote, Speaker> quoteSpeakers = new HashMap<>();

        Pass(String text, SpeakerRegistry registry, List<List<SpeechSentence>> paragraphs,
             List<List<QuoteScanner.Quote>> quotes, List<Boolean> openAtEnd) {
            this.text = text;
            this.registry = registry;
            this.attributor = new SpeechAttributor(registry);
            this.paragraphs = paragraphs;
            this.quotes = quotes;
            this.openAtEnd = openAtEnd;
        }

        List<List<PassageVoice>> run() {
            List<List<PassageVoice>> voices = new ArrayList<>();
            Speaker continued = null;
            for (int p = 0; p < paragraphs.size(); p++) {
                List<SpeechSentence> sentences = paragraphs.get(p);
                Speaker dash = dashLine(p);
                if (dash != null) {
                    registry.spoke(dash, p);
                    voices.add(sentences.stream().map(s -> new PassageVoice(Voice.QUOTED, dash)).toList());
                    continued = null;
                    continue;
                }
                List<PassageVoice> paragraphVoices = new ArrayList<>();
                int nextQuote = 0;
                for (SpeechSentence sentence : sentences) {
                    // quotes are attributed when their first sentence comes, so "he" sees the sentences before
                    while (nextQuote < quotes.get(p).size() && quotes.get(p).get(nextQuote).start() < sentence.end()) {
                        Speaker speaker = attributeQuote(p, nextQuote, continued);
                        quoteSpeakers.put(quotes.get(p).get(nextQuote), speaker);
                        registry.spoke(speaker, p);
                        nextQuote++;
                    }
                    PassageVoice voice = voiceOf(sentence, p);
                    paragraphVoices.add(voice);
                    if (voice.voice() == Voice.REPORTED) {
                        registry.spoke(voice.speaker(), p);
                    }
                    registry.mentionedAsSubject(sentence, p);
                }
                voices.add(paragraphVoices);
                List<QuoteScanner.Quote> here = quotes.get(p);
                continued = openAtEnd.get(p) ? quoteSpeakers.get(here.get(here.size() - 1)) : null;
            }
            return voices;
        }

        private PassageVoice voiceOf(SpeechSentence sentence, int p) {
            int quoted = 0;
            QuoteScanner.Quote main = null;
            int mainOverlap = 0;
            List<QuoteScanner.Quote> here = quotes.get(p);
            for (int q = firstQuoteEndingAfter(here, sentence.start()); q < here.size()
                    && here.get(q).start() < sentence.end(); q++) {
                QuoteScanner.Quote quote = here.get(q);
                int overlap = Math.max(0, Math.min(quote.end(), sentence.end()) - Math.max(quote.start(), sentence.start()));
                quoted += overlap;
                if (overlap > mainOverlap) {
                    mainOverlap = overlap;
                    main = quote;
                }
            }
            if (main != null && quoted * 2 >= sentence.length()) {
                // speech reported inside the quote belongs to its innermost named speaker
                SpeechAttributor.Found nested = reported(sentence, true);
                if (nested != null && nested.speaker() != null) {
                    return new PassageVoice(Voice.REPORTED, nested.speaker(), nested.contentStart(),
                            nested.contentEnd());
                }
                return new PassageVoice(Voice.QUOTED, quoteSpeakers.get(main),
                        Math.max(main.start() + 1, sentence.start()), Math.min(main.end() - 1, sentence.end()));
            }
            SpeechAttributor.Found reported = reported(sentence, false);
            Speaker quoteSpeaker = main == null ? null : quoteSpeakers.get(main);
            if (reported != null && quoteSpeaker != null && reported.speaker() != null
                    && quoteSpeaker.name().equals(reported.speaker().name())) {
                // the end of a longer quote and its attribution ("Where will they park?" said X): still the quote
                return new PassageVoice(Voice.QUOTED, quoteSpeaker, Math.max(main.start() + 1, sentence.start()),
                        Math.min(main.end() - 1, sentence.end()));
            }
            return reported == null ? PassageVoice.AUTHOR : new PassageVoice(Voice.REPORTED, reported.speaker(),
                    reported.contentStart(), reported.contentEnd());
        }

        /**
         * The first speech construction outside quotes (or, with {@code insideQuotes}, inside them) that names its
         * speaker, else an unnamed one, else null.
         */
        private SpeechAttributor.Found reported(SpeechSentence sentence, boolean insideQuotes) {
            List<Token> tokens = sentence.tokens();
            SpeechAttributor.Found unnamed = null;
            for (int t = 0; t < tokens.size(); t++) {
                if (sentence.quotedToken()[t] != insideQuotes) {
                    continue;
                }
                Token token = tokens.get(t);
                SpeechAttributor.Found found = null;
                if (token.is("according") && t + 1 < tokens.size() && tokens.get(t + 1).is("to")) {
                    found = attributor.accordingTo(sentence, t);
                    found = found.withContent(t <= firstWordIndex(tokens) ? afterComma(tokens, t, sentence)
                            : sentence.start(), t <= firstWordIndex(tokens) ? sentence.end() : token.start());
                } else if (SpeechLexicon.isReportingVerbAt(tokens, t)) {
                    found = attributor.speakerOfVerb(sentence, t, 0, tokens.size());
                    if (found == null && followedByThat(tokens, t)) {
                        found = new SpeechAttributor.Found(null, true);
                    }
                    if (found != null) {
                        found = found.withContent(afterVerb(tokens, t, sentence), contentEnd(tokens, t, sentence,
                                insideQuotes));
                    }
                }
                if (found != null && found.speaker() != null) {
                    return found;
                }
                if (found != null && unnamed == null) {
                    unnamed = found;
                }
            }
            return unnamed;
        }

        private Speaker attributeQuote(int p, int q, Speaker continued) {
            QuoteScanner.Quote quote = quotes.get(p).get(q);
            Speaker after = fromTail(p, q);
            if (after != null) {
                return after;
            }
            // "Mujahid said: “…", "According to X, “…", "Adams called it “nonsense”": speech outside the quote marks
            SpeechSentence sentence = sentenceAt(p, quote.start());
            if (sentence != null) {
                SpeechAttributor.Found reported = reported(sentence, false);
                if (reported != null && reported.speaker() != null) {
                    return reported.speaker();
                }
            }
            if (q == 0 && continued != null && quote.start() == paragraphs.get(p).get(0).start()) {
                return continued;
            }
            if (quote.start() == paragraphs.get(p).get(0).start() && quotes.get(p).size() == 1) {
                return dashSpeakerAfter(p);
            }
            return null;
        }

        /** ",” Mujahid said." / ",” said Mujahid." / ",” senior fellow X wrote": the words after a quote's end. */
        private Speaker fromTail(int p, int q) {
            QuoteScanner.Quote quote = quotes.get(p).get(q);
            SpeechSentence sentence = sentenceAt(p, quote.end() - 1);
            if (sentence == null || !quoteLeavesSentenceOpen(quote, sentence)) {
                return null;
            }
            List<Token> tokens = sentence.tokens();
            int from = firstTokenAtOrAfter(tokens, quote.end());
            int to = tokens.size();
            if (q + 1 < quotes.get(p).size()) {
                to = Math.min(to, firstTokenAtOrAfter(tokens, quotes.get(p).get(q + 1).start()));
            }
            for (int t = from; t < to && t < from + 15; t++) {
                if (tokens.get(t).is(".") || tokens.get(t).is(";")) {
                    return null;
                }
                if (SpeechLexicon.isReportingVerbAt(tokens, t)) {
                    SpeechAttributor.Found found = attributor.speakerOfVerb(sentence, t, from, to);
                    return found == null ? null : found.speaker();
                }
            }
            return null;
        }

        /** A paragraph that is a dash and a name ("—Gregory D. LoGerfo, Acting ...") right after a quote paragraph. */
        private Speaker dashLine(int p) {
            if (p == 0 || !startsWithDash(p)) {
                return null;
            }
            List<QuoteScanner.Quote> previous = quotes.get(p - 1);
            List<SpeechSentence> before = paragraphs.get(p - 1);
            if (previous.size() != 1 || previous.get(0).start() != before.get(0).start()) {
                return null;
            }
            return dashSpeaker(p);
        }

        private Speaker dashSpeakerAfter(int p) {
            return p + 1 < paragraphs.size() && startsWithDash(p + 1) ? dashSpeaker(p + 1) : null;
        }

        private boolean startsWithDash(int p) {
            SpeechSentence first = paragraphs.get(p).get(0);
            char c = text.charAt(first.start());
            return (c == '—' || c == '–' || c == '-') && !first.mentions().isEmpty();
        }

        private Speaker dashSpeaker(int p) {
            SpeechSentence first = paragraphs.get(p).get(0);
            NameMention mention = first.mentions().get(0);
            if (mention.runStart() > 1) {
                return null;
            }
            return registry.speaker(mention, false);
        }

        /** Whether the sentence goes on after the quote: it closed on a comma, or lower-case words follow. */
        private boolean quoteLeavesSentenceOpen(QuoteScanner.Quote quote, SpeechSentence sentence) {
            int close = quote.end() - 1;
            char beforeMark = close > quote.start() ? text.charAt(close - 1) : ' ';
            if (beforeMark == ',' || beforeMark == '?' || beforeMark == '!' || beforeMark == '—') {
                return true;
            }
            int next = quote.end();
            while (next < sentence.end() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            return next < sentence.end() && (text.charAt(next) == ',' || Character.isLowerCase(text.charAt(next)));
        }

        /** The paragraph's sentences are sorted and disjoint: a binary search. */
        private SpeechSentence sentenceAt(int p, int offset) {
            List<SpeechSentence> sentences = paragraphs.get(p);
            int low = 0;
            int high = sentences.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sentences.get(middle).end() <= offset) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low < sentences.size() && offset >= sentences.get(low).start() ? sentences.get(low) : null;
        }

        private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).start() >= offset) {
                    return t;
                }
            }
            return tokens.size();
        }

        /** Where the reported words start: after the verb, and after "that" or a colon or comma right after it. */
        private static int afterVerb(List<Token> tokens, int verb, SpeechSentence sentence) {
            int t = verb + 1;
            while (t < tokens.size() && (tokens.get(t).is("that") || tokens.get(t).is(",") || tokens.get(t).is(":"))) {
                t++;
            }
            return t < tokens.size() ? tokens.get(t).start() : sentence.end();
        }

        /** The reported words run to the sentence's end, or to the end of the quote the verb sits in. */
        private static int contentEnd(List<Token> tokens, int verb, SpeechSentence sentence, boolean insideQuotes) {
            if (!insideQuotes) {
                return sentence.end();
            }
            int t = verb;
            while (t + 1 < tokens.size() && sentence.quotedToken()[t + 1]) {
                t++;
            }
            return tokens.get(t).end();
        }

        private static int afterComma(List<Token> tokens, int according, SpeechSentence sentence) {
            for (int t = according; t < tokens.size() - 1; t++) {
                if (tokens.get(t).is(",")) {
                    return tokens.get(t + 1).start();
                }
            }
            return sentence.end();
        }

        private static int firstWordIndex(List<Token> tokens) {
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).isWord()) {
                    return t;
                }
            }
            return 0;
        }

        private static boolean followedByThat(List<Token> tokens, int t) {
            return t + 1 < tokens.size() && tokens.get(t + 1).is("that");
        }
    }
}
