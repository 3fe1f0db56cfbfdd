package org.narrativelens.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VerbFormsTest {

    @Test
    void labelsAreStatementsInTheThirdPerson() {
        assertEquals("Pakistan shelters ISIS-K", VerbForms.label("Pakistan", "shelter", "ISIS-K", false));
        assertEquals("Pakistan dismantles ISIS-K", VerbForms.label("Pakistan", "dismantle", "ISIS-K", false));
        assertEquals("The police force cracks down on gangs",
                VerbForms.label("the police force", "crack down on", "gangs", false));
        assertEquals("The council carries the vote", VerbForms.label("the council", "carry", "the vote", false));
        assertEquals("Islamabad finances militants", VerbForms.label("Islamabad", "finance", "militants", false));
        assertEquals("Kabul pushes refugees", VerbForms.label("Kabul", "push", "refugees", false));
        assertEquals("Pakistan has a link", VerbForms.label("Pakistan", "have", "a link", false));
        assertEquals("The city obeys", VerbForms.label("The city", "obey", null, false));
    }

    @Test
    void negatedLabelsSayDoesNot() {
        assertEquals("The bike lane does not remove parking",
                VerbForms.label("the bike lane", "remove", "parking", true));
        assertEquals("Pakistan is not a sanctuary", VerbForms.label("Pakistan", "be a sanctuary", null, true));
    }

    @Test
    void aResultativeTakesItsPatientBeforeItsResult() {
        assertEquals("The tram makes the square quieter", VerbForms.label("the tram", "make quieter", "the square",
                false));
        assertEquals("The tram does not make the square quieter", VerbForms.label("the tram", "make quieter",
                "the square", true));
        assertEquals("The tram makes quieter", VerbForms.label("the tram", "make quieter", null, false));
        assertEquals("The mayor gives up the plan", VerbForms.label("the mayor", "give up", "the plan", false));
    }
}
