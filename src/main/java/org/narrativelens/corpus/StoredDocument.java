package org.narrativelens.corpus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored document with its verbatim text, as its service hands it out (without the entity). */
public record StoredDocument(long id, UUID corpusId, String externalId, String source, String title, String url,
                             OffsetDateTime publishedAt, String language, String text, int boilerplateDropped) {

    static StoredDocument of(CorpusDocument d) {
        return new StoredDocument(d.id, d.corpusId, d.externalId, d.source, d.title, d.url, d.publishedAt, d.language,
                d.text, d.boilerplateDropped);
    }
}
