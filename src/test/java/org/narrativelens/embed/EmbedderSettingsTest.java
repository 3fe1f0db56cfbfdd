package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbedderSettingsTest {

    @Test
    void defaultsUseEveryProcessorAndBatchesOfSixteen() {
        EmbedderSettings defaults = EmbedderSettings.defaults();
        assertEquals(Runtime.getRuntime().availableProcessors(), defaults.intraOpThreads());
        assertEquals(16, defaults.batchSize());
    }

    @Test
    void refusesZeroThreadsOrBatchSize() {
        assertThrows(IllegalArgumentException.class, () -> new EmbedderSettings(0, 16));
        assertThrows(IllegalArgumentException.class, () -> new EmbedderSettings(2, 0));
    }
}
