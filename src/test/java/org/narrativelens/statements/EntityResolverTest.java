package org.narrativelens.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each grouping rule of the entity resolver, on invented mentions. */
class EntityResolverTest {

    /** A mention as the extractor gives it: names keep their words as head, common nouns their lemma. */
    private static Mention m(String text, String head) {
        return new Mention(text, head, 0, text.length());
    }

    private static String entityOf(Entities entities, Mention mention) {
        return entities.of(mention).map(Entity::name).orElse("none");
    }

    @Test
    void articlesCaseAndPossessivesDoNotSplitANames() {
        EntityResolver resolver = new EntityResolver(Map.of());
        Mention a = m("the Taliban", "taliban");
        Mention b = m("Taliban", "taliban");
        Mention c = m("The Taliban’s", "taliban");
        List.of(a, b, c).forEach(resolver::add);
        Entities entities = resolver.resolve();
        assertEquals(1, entities.all().size());
        assertEquals("Taliban", entities.all().get(0).name());
        assertEquals(3, entities.all().get(0).mentions());
    }

    @Test
    void aPhraseBeginningWithAHyphenatedAcronymIsNoHyphenForm() {
        EntityResolver resolver = new EntityResolver(Map.of());
        Mention phrase = m("the GOP-led Senate", "senate");
        Mention hyphenForm = m("ISIS-Khorasan", "isis-khorasan");
        Mention acronym = m("ISIS-K", "isis-k");
        List.of(phrase, hyphenForm, acronym).forEach(resolver::add);
        Entities entities = resolver.resolve();
        assertEquals(entityOf(entities, acronym), entityOf(entities, hyphenForm));
        assertNotEquals(entityOf(entities, acronym), entityOf(entities, phrase));
    }

    @Test
    void initialsJoinAnAcronymWithItsExpansion() {
        EntityResolver resolver = new EntityResolver(Map.of());
        Mention full = m("the Northern Liberation Front", "northern liberation front");
        Mention acronym = m("NLF", "nlf");
        resolver.add(full);
        resolver.add(acronym);
        Entities entities = resolver.resolve();
        assertEquals(entityOf(entities, full), entityOf(entities, acronym));
    }

    @Test
    void hyphenSuffixFormsAreOneAcronym() {
        EntityResolver resolver = new EntityResolver(Map.of());
        Mention shortForm = m("NLF-W", "nlf-w");
        Mention longForm = m("NLF-Westland", "nlf-westland");
        resolver.add(shortForm);
        resolver.add(longForm);
        Entities entities = resolver.resolve();
        assertEquals(entityOf(entities, shortForm), entityOf(entities, longForm));
    }

    @Test
    void aTextDefinesAnAcronymInParentheses() {
        EntityResolver resolver = new EntityResolver(Map.of());
        resolver.addText("Fighters of the Red Hand Brigade (RHB-W) crossed the river.");
        Mention full = m("Red Hand Brigade", "red hand brigade");
        Mention acronym = m("RHB-W", "rhb-w");
        resolver.add(full);
        resolver.add(acronym);
        Entities entities = resolver.resolve();
        assertEquals(entityOf(entities, full), entityOf(entities, acronym));
    }

    @Test
    void demonymsCapitalsAndInstitutionsNameTheirCountry() {
        EntityResolver resolver = new EntityResolver(Map.of());
        Mention country = m("Pakistan", "pakistan");
        Mention capital = m("Islamabad", "islamabad");
        Mention authorities = m("Pakistani authorities", "authority");
        Mention army = m("Pakistan’s army", "army");
        Mention record = m("Pakistan’s record", "record");
        List.of(country, capital, authorities, army, record).forEach(resolver::add);
        Entities entities = resolver.resolve();
        for (Mention mention : List.of(capital, authorities, army)) {
            assertEquals("Pakistan", entityOf(entities, mention), mention.text());
        }
        assertNotEquals("Pakistan", entityOf(entities, record), "a record is not an institution");
    }

    @Test
    void commonNounsGroupByLemma() {
        EntityResolver resolver = new EntityResolver(Map.of());
        Mention lane = m("The bike lane", "lane");
        Mention again = m("the lane", "lane");
        Mention shops = m("businesses", "business");
        List.of(lane, again, shops).forEach(resolver::add);
        Entities entities = resolver.resolve();
        assertEquals(entityOf(entities, lane), entityOf(entities, again));
        resolver.add(m("Lanes", "lane"));
        assertEquals("lane", entityOf(resolver.resolve(), lane), "the lemma over a sentence's capitalised first word");
        assertNotEquals(entityOf(entities, lane), entityOf(entities, shops));
    }

    @Test
    void aliasHintsJoinNamesAndNameTheEntity() {
        EntityResolver resolver = new EntityResolver(Map.of("ISIS-K", List.of("ISKP", "Islamic State Khorasan")));
        Mention acronym = m("ISKP", "iskp");
        Mention longer = m("the Islamic State Khorasan Province", "islamic state khorasan province");
        Mention hinted = m("ISIS-K", "isis-k");
        List.of(acronym, longer, hinted).forEach(resolver::add);
        Entities entities = resolver.resolve();
        assertEquals(1, entities.all().size(), () -> entities.all().toString());
        assertEquals("ISIS-K", entities.all().get(0).name());
    }

    @Test
    void pronounsHaveNoEntityUnlessResolved() {
        EntityResolver resolver = new EntityResolver(Map.of());
        Mention pronoun = m("it", "it");
        Mention resolved = m("it", "northland");
        resolver.add(pronoun);
        resolver.add(m("Northland", "northland"));
        Entities entities = resolver.resolve();
        assertTrue(entities.of(pronoun).isEmpty());
        assertEquals("Northland", entityOf(entities, resolved));
        resolver.add(resolved);
        Entity northland = resolver.resolve().of(resolved).orElseThrow();
        assertEquals(List.of("Northland"), northland.aliases(), "a pronoun is no alias");
        assertEquals(2, northland.mentions());
    }

    @Test
    void idsAreStableAndOrderFree() {
        List<Mention> mentions = List.of(m("NLF", "nlf"), m("Northern Liberation Front", "northern liberation front"),
                m("Westland", "westland"));
        EntityResolver forward = new EntityResolver(Map.of());
        mentions.forEach(forward::add);
        EntityResolver backward = new EntityResolver(Map.of());
        for (int i = mentions.size() - 1; i >= 0; i--) {
            backward.add(mentions.get(i));
        }
        assertEquals(forward.resolve().all(), backward.resolve().all());
        assertTrue(forward.resolve().all().get(0).id().matches("e-[0-9a-f]{12}"));
    }

    @Test
    void membersOfANamedGroupStandForTheGroup() {
        EntityResolver resolver = new EntityResolver(Map.of());
        Mention group = m("NLF-W", "nlf-w");
        Mention cells = m("key NLF-W cells", "cell");
        Mention fighters = m("high-value NLF-W fighters", "fighter");
        Mention other = m("the local cells", "cell");
        Mention startOfSentence = m("Key cells", "cell");
        List.of(group, cells, fighters, other, startOfSentence).forEach(resolver::add);
        Entities entities = resolver.resolve();
        assertEquals("NLF-W", entityOf(entities, cells));
        assertEquals("NLF-W", entityOf(entities, fighters));
        assertNotEquals("NLF-W", entityOf(entities, other));
        assertNotEquals("NLF-W", entityOf(entities, startOfSentence));
    }
}
