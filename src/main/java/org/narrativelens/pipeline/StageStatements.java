package org.narrativelens.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.narrativelens.narratives.EntitySummary;
import org.narrativelens.narratives.PassagePolarity;
import org.narrativelens.narratives.PlacedStatement;
import org.narrativelens.statements.Entities;
import org.narrativelens.statements.EntityResolver;
import org.narrativelens.statements.Mention;
import org.narrativelens.statements.Statement;
import org.narrativelens.statements.StatementExtractor;
import org.narrativelens.statements.StatementStage;

/**
 * The statement stage as the narrative layer sees it: {@link StatementStage} reads (parsing only sentences that name
 * salient terms, cached per sentence), {@link EntityResolver} groups the mentions of passages and guides, with the
 * alias hints, into entities. A bean in the service; the evaluation command builds it on its own sentence file.
 */
@ApplicationScoped
public class StageStatements implements StatementReader {

    private final StatementStage stage;

    public StageStatements(StatementStage stage) {
        this.stage = stage;
    }

    @Override
    public Statements read(List<PassageText> passages, List<String> guideTexts, Map<String, List<String>> aliasHints,
                     IntConsumer progress) {
        List<StatementStage.Input> inputs = passages.stream()
                .map(p -> new StatementStage.Input(p.passageId(), p.source(), p.start(), p.text(), p.voice()))
                .toList();
        Map<String, List<String>> hints = aliasHints == null ? Map.of() : aliasHints;
        List<String> hintedNames = new ArrayList<>();
        hints.forEach((name, aliases) -> {
            hintedNames.add(name);
            hintedNames.addAll(aliases);
        });
        StatementStage.Result read = stage.run(inputs, guideTexts, hintedNames, (done, total) -> progress.accept(done));
        EntityResolver resolver = new EntityResolver(hints);
        passages.forEach(p -> resolver.addText(p.text()));
        read.byPassage().values().forEach(resolver::addAll);
        read.guides().forEach(resolver::addAll);
        Entities entities = resolver.resolve();
        List<PlacedStatement> placed = new ArrayList<>();
        for (PassageText p : passages) {
            for (Statement s : read.byPassage().getOrDefault(p.passageId(), List.of())) {
                placed.add(place(s, p.documentId(), p.source(), entities));
            }
        }
        List<List<PlacedStatement>> guides = read.guides().stream()
                .map(g -> g.stream().map(s -> place(s, -1, "guide", entities)).toList()).toList();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("extractor", StatementExtractor.VERSION);
        Map<Long, PassagePolarity.Span> spans = new HashMap<>();
        passages.forEach(p -> spans.put(p.passageId(), new PassagePolarity.Span(p.documentId(), p.start(), p.end())));
        return new Statements(placed, entities.all().stream()
                .map(e -> new EntitySummary(e.id(), e.name(), e.aliases(), e.mentions())).toList(), guides, parameters, spans);
    }

    private static PlacedStatement place(Statement s, long documentId, String source, Entities entities) {
        return new PlacedStatement(s, documentId, source, name(entities, s.agent()), name(entities, s.patient()));
    }

    private static String name(Entities entities, Mention mention) {
        return entities.of(mention).map(e -> e.name()).orElse(null);
    }
}
