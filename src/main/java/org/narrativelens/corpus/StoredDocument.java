package org.narrativelens.corpus;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored document with its verbatim text, as its service hands it out (without the entity); its id is the one its
 * tenant sees.
 */
public record StoredDocument(long id, UUID corpusId, String externalId, String source, String title, String url,
                             OffsetDateTime publishedAt, String language, String text, int boilerplateDropped) {

    static StoredDocument of(CorpusDocument d) {
        return new StoredDocument(d.publicId, d.corpusId, d.externalId, d.source, d.title, d.url, d.publishedAt, d.language,
                d.text, d.boilerplateDropped);
    }
}
