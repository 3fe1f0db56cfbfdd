package org.narrativelens.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.narrativelens.text.PassageVoice;

/** The stage parses only selected sentences, caches them in the database, and a second run parses nothing. */
@QuarkusTest
class StatementStageTest {

    @Inject
    StatementStage stage;

    @Test
    void selectsCachesAndReusesParses() {
        // a nonce makes the sentences new to the cache even when the database outlives one test run
        String nonce = "Zorv" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        String document = "Northland did not shelter the " + nonce + " militants. The weather was mild.";
        List<StatementStage.Input> inputs = new ArrayList<>();
        inputs.add(new StatementStage.Input(1, "north-post", 40, document, PassageVoice.AUTHOR));
        inputs.add(new StatementStage.Input(2, "south-post", 0,
                "Northland crushed the " + nonce + " militants last week.", PassageVoice.AUTHOR));
        List<int[]> reports = new ArrayList<>();

        StatementStage.Result first = stage.run(inputs, List.of("Northland shelters the militants."),
                (done, total) -> reports.add(new int[] {done, total}));

        assertEquals(4, first.sentences(), "three of the passages, one of the guide");
        assertEquals(3, first.selected(), "not the weather sentence, whose words one source uses; the guide whole");
        assertEquals(first.selected(), first.parsed());
        Statement shelter = first.byPassage().get(1L).get(0);
        assertEquals("northland|shelter|militant not", Parsers.brief(shelter));
        assertEquals(40 + document.indexOf("shelter"), shelter.action().start(), "offsets into the document");
        assertEquals("northland|shelter|militant", Parsers.brief(first.guides().get(0).get(0)));
        assertFalse(first.byPassage().containsKey(3L));
        int[] last = reports.get(reports.size() - 1);
        assertEquals(2, last[0]);
        assertEquals(2, last[1]);

        StatementStage.Result second = stage.run(inputs, List.of("Northland shelters the militants."), (d, t) -> { });
        assertEquals(0, second.parsed(), "every selected sentence comes from the cache");
        assertEquals(first.byPassage(), second.byPassage());
        assertTrue(second.selected() > 0);
    }
    @Test
    void theNamesOfAliasHintsAreSalient() {
        String nonce = "Quil" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        List<StatementStage.Input> inputs = List.of(
                new StatementStage.Input(1, "north-post", 0, "Northland crushed the militants.", PassageVoice.AUTHOR),
                new StatementStage.Input(2, "south-post", 0, "Northland praised the militants. Northland fought the "
                        + nonce + " Band.", PassageVoice.AUTHOR));

        assertEquals(2, stage.run(inputs, List.of(), (d, t) -> { }).selected(), "the band is one source's word");
        StatementStage.Result hinted = stage.run(inputs, List.of(), List.of(nonce + " Band", "the Band"),
                (d, t) -> { });
        assertEquals(3, hinted.selected());
        assertTrue(hinted.byPassage().get(2L).stream().anyMatch(st -> st.action().head().equals("fight")));
    }
}
