package org.narrativelens.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrativelens.statements.Mention;

class MentionEntitiesTest {

    private static Mention m(String text, String head) {
        return new Mention(text, head, 0, text.length());
    }

    @Test
    void aMentionNamesItsCapitalisedWordsElseItsHead() {
        assertEquals("Pakistani", MentionEntities.nameIn("The Pakistani military"));
        assertEquals("ISIS-K", MentionEntities.nameIn("key ISIS-K nodes"));
        assertEquals("Pakistan", MentionEntities.nameIn("Pakistan’s military and intelligence forces"));
        assertEquals("Islamic State Khorasan Province", MentionEntities.nameIn("Islamic State Khorasan Province"));
        assertNull(MentionEntities.nameIn("the bike lane"));
    }

    @Test
    void demonymsAcronymsAndHintsJoinTheirEntity() {
        MentionEntities entities = new MentionEntities(Map.of("ISIS-K", List.of("ISKP")));
        String pakistan = entities.resolve(m("Pakistan", "pakistan"));
        String military = entities.resolve(m("the Pakistani military", "military"));
        String afghan = entities.resolve(m("Afghan authorities", "authority"));
        entities.resolve(m("Afghanistan", "afghanistan"));
        String iskp = entities.resolve(m("ISKP", "iskp"));
        String province = entities.resolve(m("Islamic State Khorasan Province", "islamic state khorasan province"));
        String lane = entities.resolve(m("the bike lane", "lane"));
        String isi = entities.resolve(m("the ISI", "isi"));
        String isis = entities.resolve(m("ISIS", "isis"));

        assertEquals("Pakistan", entities.name(pakistan));
        assertEquals("Pakistan", entities.name(military));
        assertEquals("Afghanistan", entities.name(afghan));
        assertEquals("ISIS-K", entities.name(iskp));
        assertEquals("ISIS-K", entities.name(province));
        assertEquals("lane", entities.name(lane));
        assertEquals("ISI", entities.name(isi));
        assertEquals("ISIS", entities.name(isis), "no demonym ending joins ISIS to ISI");
        assertNull(entities.resolve(m("it", "it")));
        assertEquals(List.of("Islamic State Khorasan Province"), entities.entities().stream()
                .filter(e -> e.name().equals("ISIS-K")).findFirst().orElseThrow().aliases());
    }
}
