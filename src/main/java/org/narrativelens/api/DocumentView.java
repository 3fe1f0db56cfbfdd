package org.narrativelens.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.narrativelens.corpus.StoredDocument;

/** A stored document with its verbatim text, into which passage and evidence offsets point. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(long id, UUID corpusId, String externalId, String source, String title, String url,
                           OffsetDateTime publishedAt, String language, String text, int boilerplateDropped) {

    static DocumentView of(StoredDocument d) {
        return new DocumentView(d.id(), d.corpusId(), d.externalId(), d.source(), d.title(), d.url(), d.publishedAt(),
                d.language(), d.text(), d.boilerplateDropped());
    }
}
