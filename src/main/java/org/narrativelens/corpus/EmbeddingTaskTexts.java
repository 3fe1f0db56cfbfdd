package org.narrativelens.corpus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrativelens.text.Passage;
import org.narrativelens.text.PassageVoice;

/**
 * The texts a task embeds, as an analysis will look them up: each passage of the task, and what its speaker says
 * where that is embedded on its own ({@link Passage#embeddingText()}).
 */
@ApplicationScoped
public class EmbeddingTaskTexts {

    public List<String> load(long taskId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<CorpusPassage> passages = CorpusPassage.list("embeddingTask = ?1 order by id", taskId);
            Map<Long, String> documents = new HashMap<>();
            List<Long> ids = passages.stream().map(p -> p.documentId).distinct().toList();
            if (!ids.isEmpty()) {
                CorpusDocument.<CorpusDocument>list("id in ?1", ids).forEach(d -> documents.put(d.id, d.text));
            }
            List<String> texts = new ArrayList<>(passages.size());
            for (CorpusPassage stored : passages) {
                PassageVoice voice = stored.passageVoice();
                Passage passage = new Passage(0, stored.paragraph, stored.start, stored.end,
                        documents.get(stored.documentId).substring(stored.start, stored.end),
                        voice == null ? PassageVoice.AUTHOR : voice);
                texts.add(passage.text());
                if (!passage.embeddingText().equals(passage.text())) {
                    texts.add(passage.embeddingText());
                }
            }
            return texts;
        });
    }
}
