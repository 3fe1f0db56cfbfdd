package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextCharactersTest {

    @Test
    void layoutCharactersAreAllowedInLongTextOnly() {
        assertEquals(Optional.empty(), TextCharacters.problem("text", "a\tb\nc\r\fd", true));
        assertEquals(Optional.of("name: control character U+000A at offset 1 is not allowed"),
                TextCharacters.problem("name", "a\nb", false));
    }

    @Test
    void otherControlCharactersAreRefusedWithTheirOffset() {
        assertEquals(Optional.of("text: control character U+0000 at offset 2 is not allowed (only tab, line feed, "
                + "carriage return and form feed are)"), TextCharacters.problem("text", "ab\u0000", true));
        assertTrue(TextCharacters.problem("text", "\u0085", true).get()
                .startsWith("text: control character U+0085 at offset 0 "));
    }

    @Test
    void pairedSurrogatesAreFineAndLoneOnesAreNot() {
        assertEquals(Optional.empty(), TextCharacters.problem("text", "emoji \uD83D\uDE00 ok", true));
        assertEquals(Optional.of("text: unpaired surrogate U+DE00 at offset 1 is not a Unicode character"),
                TextCharacters.problem("text", "a\uDE00", true));
        assertEquals(Optional.of("text: unpaired surrogate U+D83D at offset 0 is not a Unicode character"),
                TextCharacters.problem("text", "\uD83D", true));
    }

    @Test
    void nullIsNotAProblemHere() {
        assertEquals(Optional.empty(), TextCharacters.problem("title", null, false));
    }
}
