package org.narrativelens.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnchorRuleTest {

    private static EvalDocument doc(String source, String side) {
        return new EvalDocument(source + side, source, side, "g", null, "text");
    }

    @Test
    void picksTheSourceWithMostDocumentsOnThatSide() {
        List<EvalDocument> docs = List.of(doc("A", "left"), doc("B", "left"), doc("B", "left"), doc("C", "right"),
                doc("D", "center"), doc("D", "center"), doc("D", "center"));
        assertEquals(Optional.of("B"), AnchorRule.choose(docs, "left"));
        assertEquals(Optional.of("C"), AnchorRule.choose(docs, "right"));
    }

    @Test
    void tiesGoToTheFirstName() {
        List<EvalDocument> docs = List.of(doc("Zeta", "right"), doc("Alpha", "right"), doc("Zeta", "right"),
                doc("Alpha", "right"), doc("Mid", "right"));
        assertEquals(Optional.of("Alpha"), AnchorRule.choose(docs, "right"));
    }

    @Test
    void noSourceOnTheSideIsEmpty() {
        assertEquals(Optional.empty(), AnchorRule.choose(List.of(doc("A", "left")), "right"));
    }
}
