package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentValidatorTest {

    private final DocumentValidator validator = new DocumentValidator(100, 20);

    private static DocumentSubmission document(String source, String text, String publishedAt) {
        return new DocumentSubmission(null, source, null, null, publishedAt, null, text);
    }

    @Test
    void acceptsAMinimalDocument() {
        assertEquals(Optional.empty(), validator.problem(document("outlet", "Some text.", null)));
    }

    @Test
    void namesTheFieldAndTheLimit() {
        assertEquals("text: is required and must not be empty or whitespace only", validator.problem(document("o", " \n\t", null)).get());
        assertEquals("text: 101 characters exceeds the limit of 100",
                validator.problem(document("o", "x".repeat(101), null)).get());
        assertEquals("source: is required and must not be empty", validator.problem(document(null, "text", null)).get());
        assertEquals("source: 21 characters exceeds the limit of 20",
                validator.problem(document("s".repeat(21), "text", null)).get());
        assertTrue(validator.problem(document("o", "text", "31/12/2025")).get().startsWith("publishedAt:"));
        assertEquals("document: must be an object, not null", validator.problem(null).get());
    }

    @Test
    void readsDatesWithOrWithoutTime() {
        assertEquals(OffsetDateTime.parse("2025-07-24T00:00Z"), DocumentValidator.parseDate("2025-07-24").get());
        assertEquals(OffsetDateTime.parse("2025-07-24T10:15+02:00"),
                DocumentValidator.parseDate("2025-07-24T10:15+02:00").get());
        assertEquals(Optional.empty(), DocumentValidator.parseDate(" "));
    }
}
