package org.narrativelens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTablesTest {

    private static final String RESULT = """
            {"frames": [{"id": "f0", "label": "safety", "keyphrases": ["bike lane", "injuries"],
                         "exemplars": [{"passageId": 1, "documentId": 7, "source": "a", "start": 0, "end": 12, "text": "x"}],
                         "size": 4},
                        {"id": "f1", "label": "burden, cost", "keyphrases": [], "exemplars": [], "size": 2}],
             "sources": [{"source": "a", "stance": -0.5, "interval": {"low": -0.75, "high": -0.25},
                          "frameScores": {"f1": 0.25, "f0": 0.75}, "passages": 4,
                          "evidence": [{"passageId": 1, "documentId": 7, "start": 0, "end": 12, "text": "x",
                                        "stance": -0.9, "weight": 0.5},
                                       {"passageId": 2, "documentId": 8, "start": 3, "end": 9, "text": "y",
                                        "stance": -0.1, "weight": 0.5}]}],
             "speakers": [{"name": "Maria \\"Mia\\" Lopez", "stance": -0.2, "sources": ["a", "b"]}],
             "documents": [],
             "narratives": [{"id": "n0", "label": "Pakistan shelters ISIS-K", "agent": "Pakistan", "action": "shelter",
                             "patient": "ISIS-K", "negated": false, "opposes": ["n1"], "statements": 3,
                             "sources": [{"source": "a", "asserts": 0, "reports": 1, "disputes": 2, "net": -1.0},
                                         {"source": "b", "asserts": 1, "reports": 0, "disputes": 0, "net": 1.0}],
                             "speakers": [{"name": "Zia", "asserts": 1, "disputes": 0}],
                             "exemplars": [{"documentId": 7, "source": "a", "start": 0, "end": 40, "voice": "reported",
                                            "speaker": "Zia"}]}],
             "entities": [{"id": "e0", "name": "Pakistan", "aliases": ["Islamabad"], "mentions": 9,
                           "roles": {"hero": 2.0, "villain": 1.0, "victim": 0.0}, "bySource": [],
                           "casts": [{"documentId": 7, "externalId": "doc-7", "source": "a", "role": "hero",
                                      "score": 2.0, "start": 4, "end": 12},
                                     {"documentId": 8, "externalId": "doc-8", "source": "b", "role": "villain",
                                      "score": 1.0, "start": 0, "end": 9}]}]}
            """;

    private final JsonNode result = read(RESULT);

    @Test
    void sourcesFlattenIntervalsSharesInFrameOrderAndEvidenceOffsets() {
        Table sources = ResultTables.table(result, "sources");
        assertEquals(List.of("source", "stance", "interval_low", "interval_high", "passages", "share:safety",
                "share:burden, cost", "evidence"), sources.header());
        assertEquals(List.of("a", "-0.5", "-0.75", "-0.25", "4", "0.75", "0.25", "7:0-12; 8:3-9"), sources.rows().get(0));
    }

    @Test
    void fieldsTheExportDoesNotKnowBecomeColumnsToo() {
        Table speakers = ResultTables.table(result, "speakers");
        assertEquals(List.of("name", "stance", "sources"), speakers.header());
        assertEquals(List.of("Maria \"Mia\" Lopez", "-0.2", "a; b"), speakers.rows().get(0));
    }

    @Test
    void framesListKeyphrasesAndExemplarOffsets() {
        Table frames = ResultTables.table(result, "frames");
        assertEquals(List.of("id", "label", "keyphrases", "exemplars", "size"), frames.header());
        assertEquals(List.of("f0", "safety", "bike lane; injuries", "7:0-12", "4"), frames.rows().get(0));
    }

    @Test
    void narrativesShowEachSourcesBalanceAndEachSpeakersStands() {
        Table narratives = ResultTables.table(result, "narratives");
        assertEquals(List.of("id", "label", "agent", "action", "patient", "negated", "opposes", "statements",
                "sources", "speakers", "exemplars"), narratives.header());
        assertEquals(List.of("n0", "Pakistan shelters ISIS-K", "Pakistan", "shelter", "ISIS-K", "false", "n1", "3",
                "a:-1.0; b:1.0", "Zia:+1/-0", "7:0-40"), narratives.rows().get(0));
    }

    @Test
    void rolesHaveOneRowPerDocumentEntityAndRole() {
        Table roles = ResultTables.table(result, "roles");
        assertEquals(List.of("externalId", "documentId", "source", "entity", "role", "score", "start", "end"),
                roles.header());
        assertEquals(List.of(List.of("doc-7", "7", "a", "Pakistan", "hero", "2.0", "4", "12"),
                List.of("doc-8", "8", "b", "Pakistan", "villain", "1.0", "0", "9")), roles.rows());
    }

    @Test
    void anEmptyTableStillHasItsHeader() {
        assertEquals("id,externalId,source,title,publishedAt,stance\r\n",
                Csv.write(ResultTables.table(result, "documents")));
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        assertEquals("name,stance,sources\r\n\"Maria \"\"Mia\"\" Lopez\",-0.2,a; b\r\n",
                Csv.write(ResultTables.table(result, "speakers")));
        assertEquals("\"line\nbreak\"", Csv.field("line\nbreak"));
        assertEquals("\" padded\"", Csv.field(" padded"));
        assertEquals("", Csv.field(null));
    }

    @Test
    void anUnknownTableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ResultTables.table(result, "people"));
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
