package org.narrativelens.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.narrativelens.frames.ScoredPassage;
import org.narrativelens.text.Voice;

/**
 * Chooses the passages that speak for a source or a document: by default only the author's own voice, since a
 * reported claim the author goes on to reject is not the outlet's view. A source or document with no passage in
 * the author's voice keeps all of its passages, and the notes say so.
 */
public record VoiceSelection(List<ScoredPassage> forSources, List<ScoredPassage> forDocuments, List<String> notes) {

    public static VoiceSelection select(List<ScoredPassage> scored, boolean allVoices) {
        if (allVoices) {
            return new VoiceSelection(scored, scored,
                    List.of("source and document stances count every voice (options.voices = all)"));
        }
        List<String> notes = new ArrayList<>();
        long others = scored.stream().filter(p -> p.voice().voice() != Voice.AUTHOR).count();
        if (others > 0) {
            notes.add(others + " of " + scored.size() + " passages are quoted or reported speech: source and document"
                    + " stances count the author's voice only, speakers are scored on theirs (options.voices = all"
                    + " counts every voice)");
        }
        Set<String> sourcesWithout = new TreeSet<>();
        List<ScoredPassage> forSources = authorsOrAll(scored, ScoredPassage::source, sourcesWithout);
        if (!sourcesWithout.isEmpty()) {
            notes.add("no passage in the author's voice, so every passage counts, for source(s) " + sourcesWithout);
        }
        Set<Long> documentsWithout = new TreeSet<>();
        List<ScoredPassage> forDocuments = authorsOrAll(scored, ScoredPassage::documentId, documentsWithout);
        if (!documentsWithout.isEmpty()) {
            notes.add(documentsWithout.size() + " document(s) have no passage in the author's voice: every passage"
                    + " counts for them");
        }
        return new VoiceSelection(forSources, forDocuments, notes);
    }

    private static <K> List<ScoredPassage> authorsOrAll(List<ScoredPassage> scored, Function<ScoredPassage, K> key,
                                                        Set<K> without) {
        Set<K> withAuthor = new LinkedHashSet<>();
        for (ScoredPassage passage : scored) {
            if (passage.voice().voice() == Voice.AUTHOR) {
                withAuthor.add(key.apply(passage));
            }
        }
        List<ScoredPassage> selected = new ArrayList<>();
        for (ScoredPassage passage : scored) {
            boolean hasAuthor = withAuthor.contains(key.apply(passage));
            if (!hasAuthor) {
                without.add(key.apply(passage));
            }
            if (!hasAuthor || passage.voice().voice() == Voice.AUTHOR) {
                selected.add(passage);
            }
        }
        return selected;
    }
}
