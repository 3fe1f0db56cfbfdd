package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a document into passages of whole sentences within one paragraph and one voice, after dropping boilerplate
 * lines; every passage carries its voice and, where named, its speaker.
 *
 * <p>Thread-safe: instances hold only immutable settings and share one CoreNLP pipeline.
 */
public final class PassageSegmenter {

    private final BoilerplateFilter boilerplate;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final PassageGrouper grouper;
    private final VoiceAnnotator voices = new VoiceAnnotator();

    public PassageSegmenter(SegmenterSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.boilerplate = new BoilerplateFilter(settings.minCharsPerPassage());
        this.grouper = new PassageGrouper(settings);
    }

    public Segmentation segment(String text) {
        Objects.requireNonNull(text, "text");
        BoilerplateFilter.Result filtered = boilerplate.filter(ParagraphSplitter.split(text), text.length());
        int dropped = filtered.dropped();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<List<Span>> sentencesOf = new ArrayList<>();
        List<VoiceAnnotator.ParagraphSentences> forVoices = new ArrayList<>();
        for (Paragraph paragraph : filtered.kept()) {
            List<Span> paragraphSentences = sentences.split(text, paragraph.start(), paragraph.end());
            if (paragraphSentences.isEmpty()) {
                dropped++; // only invisible characters the tokenizer skips: nothing to read
                continue;
            }
            paragraphs.add(paragraph);
            sentencesOf.add(paragraphSentences);
            forVoices.add(new VoiceAnnotator.ParagraphSentences(paragraph.start(), paragraph.end(),
                    paragraphSentences.stream().map(s -> new int[] {s.start(), s.end()}).toList()));
        }
        List<List<PassageVoice>> voices = this.voices.annotate(text, forVoices);
        List<Passage> passages = new ArrayList<>();
        int sentenceCount = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Span> paragraphSentences = sentencesOf.get(p);
            for (PassageGrouper.Group group : grouper.group(paragraphSentences, voices.get(p))) {
                Span span = group.span();
                passages.add(new Passage(passages.size(), paragraphs.get(p).index(), span.start(), span.end(),
                        text.substring(span.start(), span.end()),
                        PassageGrouper.voiceOf(group, paragraphSentences, voices.get(p))));
                sentenceCount += group.sentences();
            }
        }
        return new Segmentation(passages, dropped, sentenceCount);
    }
}
