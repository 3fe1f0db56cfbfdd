package org.narrativelens.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Action classes with the real model: prototypes, verbs near them, and verbs of no class. */
class ActionLexiconTest {

    private static final List<String> PROBES = List.of("shelter", "harbour", "bombard", "slaughter", "battle",
            "say", "visit", "cost", "announce", "meet");

    private final ActionLexicon lexicon = ActionLexicon.of(PROBES, ModelEncoder.get());

    @Test
    void prototypesAreTheirOwnClass() {
        assertEquals(ActionClass.SUPPORT, lexicon.classOf("shelter"));
        assertEquals(ActionClass.SUPPORT, lexicon.classOf("harbour"));
        assertEquals(ActionClass.COUNTER, lexicon.classOf("dismantle"));
        assertEquals(ActionClass.HARM, lexicon.classOf("attack"));
    }

    @Test
    void verbsCloseToAPrototypeJoinItsClass() {
        assertEquals(ActionClass.HARM, lexicon.classOf("slaughter"));
        assertEquals(ActionClass.HARM, lexicon.classOf("bombard"));
    }

    @Test
    void neutralVerbsHaveNoClass() {
        for (String verb : List.of("say", "visit", "cost", "announce", "meet")) {
            assertNull(lexicon.classOf(verb), verb);
        }
    }

    @Test
    void contraryClasses() {
        assertEquals(true, ActionClass.SUPPORT.contrary(ActionClass.COUNTER));
        assertEquals(true, ActionClass.HARM.contrary(ActionClass.SUPPORT));
        assertEquals(false, ActionClass.HARM.contrary(ActionClass.COUNTER));
        assertEquals(false, ActionClass.COUNTER.contrary(ActionClass.COUNTER));
    }
}
