package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hostile input: articles with Windows-1252 punctuation decoded as Latin-1 are stored, not refused. */
class Windows1252Test {

    @Test
    void c1PunctuationBecomesTheCharacterItStandsForWithOffsetsUnchanged() {
        String raw = "It\u0092s 1990\u00962000 \u0093quoted\u0094 \u0085 \u0080 5";
        String repaired = Windows1252.repair(raw);
        assertEquals("It\u2019s 1990\u20132000 \u201Cquoted\u201D \u2026 \u20AC 5", repaired);
        assertEquals(raw.length(), repaired.length());
        assertEquals(raw.indexOf("quoted"), repaired.indexOf("quoted"));
    }

    @Test
    void aRepairedDocumentPassesValidationAndOnlyUndefinedC1CodesAreRefused() {
        DocumentValidator validator = new DocumentValidator(1000, 200);
        DocumentSubmission stray = new DocumentSubmission(null, "Daily\u0092s", "A \u0096 B", null, null, null,
                "The minister\u0092s view \u0096 as reported.");
        assertTrue(validator.problem(stray).isPresent(), "refused before the repair, as it was");
        assertTrue(validator.problem(Windows1252.repair(stray)).isEmpty());
        assertEquals("Daily\u2019s", Windows1252.repair(stray).source());

        DocumentSubmission undefined = new DocumentSubmission(null, "a", null, null, null, null, "x \u0081 y");
        assertTrue(validator.problem(Windows1252.repair(undefined)).orElseThrow().contains("U+0081"));
    }

    @Test
    void textWithoutC1CharactersIsReturnedAsIs() {
        String plain = "plain \u00e9t\u00e9 text";
        assertTrue(plain == Windows1252.repair(plain));
    }
}
