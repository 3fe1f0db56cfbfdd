package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void whitespaceAndUnicodeCompositionDoNotChangeTheFingerprint() {
        assertEquals(ContentHash.ofDocument("Caf\u00e9 opens.\nNews."), ContentHash.ofDocument("  Cafe\u0301 opens. News.\r\n"));
    }

    @Test
    void differentWordsDo() {
        assertNotEquals(ContentHash.ofDocument("The council voted."), ContentHash.ofDocument("The council voted no."));
    }

    @Test
    void sha256IsTheStandardDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.sha256("abc"));
    }
}
