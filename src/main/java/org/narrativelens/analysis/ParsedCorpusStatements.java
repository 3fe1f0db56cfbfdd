package org.narrativelens.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.narrativelens.analysis.CorpusPassages.LoadedPassage;
import org.narrativelens.embed.ModelConfig;
import org.narrativelens.narratives.MentionEntities;
import org.narrativelens.narratives.PlacedStatement;
import org.narrativelens.statements.CoreNlpModels;
import org.narrativelens.statements.DependencyParser;
import org.narrativelens.statements.Statement;
import org.narrativelens.statements.StatementExtractor;
import org.narrativelens.text.PassageVoice;

/**
 * Reads the statements of a corpus with {@link StatementExtractor} (parser loaded on first use) and groups their
 * mentions with {@link MentionEntities}: the bridge to the statement layer until its cached CDI stage and entity
 * resolver replace it.
 */
@ApplicationScoped
public class ParsedCorpusStatements implements CorpusStatements {

    /** Passages whose statements are kept in memory (about 1 KB each): re-analysing a corpus does not parse again. */
    private static final int CACHED_PASSAGES = 50_000;

    private final Path modelsDir;
    private volatile StatementExtractor extractor;
    private final Map<String, List<Statement>> cache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Statement>> eldest) {
                    return size() > CACHED_PASSAGES;
                }
            });

    public ParsedCorpusStatements(ModelConfig models) {
        this.modelsDir = Path.of(models.dir());
    }

    @Override
    public Read read(List<LoadedPassage> passages, List<String> guideTexts, Map<String, List<String>> aliasHints,
                     IntConsumer progress) {
        StatementExtractor reader = extractor();
        MentionEntities entities = new MentionEntities(aliasHints == null ? Map.of() : aliasHints);
        List<Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            LoadedPassage p = passages.get(i);
            String key = p.textHash() + "/" + p.start() + "/" + p.voice();
            List<Statement> read = cache.get(key);
            if (read == null) {
                read = reader.extract(p.text(), p.start(), p.voice());
                cache.put(key, read);
            }
            for (Statement s : read) {
                keyed.add(new Keyed(s, p.documentId(), p.source(), entities.resolve(s.agent()),
                        entities.resolve(s.patient())));
            }
            progress.accept(i + 1);
        }
        List<List<Keyed>> guides = new ArrayList<>();
        for (String text : guideTexts) {
            List<Keyed> guide = new ArrayList<>();
            for (Statement s : reader.extract(text, 0, PassageVoice.AUTHOR)) {
                guide.add(new Keyed(s, -1, "guide", entities.resolve(s.agent()), entities.resolve(s.patient())));
            }
            guides.add(guide);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("extractor", StatementExtractor.VERSION);
        parameters.put("entities", "head lemma or alias hint (MentionEntities)");
        return new Read(keyed.stream().map(k -> k.placed(entities)).toList(), entities.entities(),
                guides.stream().map(g -> g.stream().map(k -> k.placed(entities)).toList()).toList(), parameters);
    }

    private StatementExtractor extractor() {
        if (extractor == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = new StatementExtractor(new DependencyParser(CoreNlpModels.verified(modelsDir)));
                }
            }
        }
        return extractor;
    }

    /** A statement with entity keys, named once every mention is counted. */
    private record Keyed(Statement statement, long documentId, String source, String agent, String patient) {
        PlacedStatement placed(MentionEntities entities) {
            return new PlacedStatement(statement, documentId, source, agent == null ? null : entities.name(agent),
                    patient == null ? null : entities.name(patient));
        }
    }
}
