package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageSegmenter;
import org.narrativelens.text.PassageVoice;

/**
 * Loads every passage of a corpus with its text, source, document and voice, in a stable order (as stored), with the
 * ids the tenant sees. Passages stored before voices existed get theirs here, from their document, and keep it.
 */
@ApplicationScoped
public class CorpusPassages {

    private final PassageSegmenter segmenter;

    public CorpusPassages(PassageSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    public List<LoadedPassage> load(UUID corpusId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, CorpusDocument> documents = new HashMap<>();
            CorpusDocument.<CorpusDocument>list("corpusId", corpusId).forEach(d -> documents.put(d.id, d));
            List<CorpusPassage> passages = Panache.getEntityManager().createQuery(
                            "select p from CorpusPassage p where p.documentId in "
                                    + "(select d.id from CorpusDocument d where d.corpusId = ?1) order by p.id",
                            CorpusPassage.class)
                    .setParameter(1, corpusId).getResultList();
            fillMissingVoices(passages, documents);
            List<LoadedPassage> loaded = new ArrayList<>(passages.size());
            for (CorpusPassage passage : passages) {
                CorpusDocument document = documents.get(passage.documentId);
                if (document == null) {
                    // stored (with all its passages, in one transaction) after the documents were read: the analysis
                    // covers the corpus as it was when it started
                    continue;
                }
                Passage text = new Passage(0, passage.paragraph, passage.start, passage.end,
                        document.text.substring(passage.start, passage.end), passage.passageVoice());
                String speech = text.embeddingText();
                boolean separate = !speech.equals(text.text());
                loaded.add(new LoadedPassage(passage.publicId, document.publicId, document.externalId, document.source,
                        passage.start, passage.end, text.text(), text.voice(), separate ? speech : null,
                        document.title, document.publishedAt));
            }
            return loaded;
        });
    }

    private void fillMissingVoices(List<CorpusPassage> passages, Map<Long, CorpusDocument> documents) {
        Map<Long, List<CorpusPassage>> missing = new HashMap<>();
        for (CorpusPassage passage : passages) {
            if (passage.voice == null && documents.containsKey(passage.documentId)) {
                missing.computeIfAbsent(passage.documentId, id -> new ArrayList<>()).add(passage);
            }
        }
        missing.forEach((documentId, stored) -> {
            List<PassageVoice> voices = StoredPassageVoices.of(segmenter.segment(documents.get(documentId).text),
                    stored.stream().map(p -> new int[] {p.start, p.end}).toList());
            for (int i = 0; i < stored.size(); i++) {
                stored.get(i).assignVoice(voices.get(i));
            }
        });
    }

    /**
     * A passage with what an analysis needs to know of it.
     *
     * @param speechText for quoted or reported speech, what the speaker says, embedded on its own; else null
     */
    public record LoadedPassage(long passageId, long documentId, String externalId, String source, int start, int end,
                                String text, PassageVoice voice, String speechText, String title,
                                OffsetDateTime publishedAt) {
    }
}
