package org.narrativelens.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.narrativelens.corpus.CorpusDocument;

/** A stored document with its verbatim text, into which passage and evidence offsets point. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(long id, UUID corpusId, String externalId, String source, String title, String url,
                           OffsetDateTime publishedAt, String language, String text, int boilerplateDropped) {

    static DocumentView of(CorpusDocument document) {
        return new DocumentView(document.publicId, document.corpusId, document.externalId, document.source, document.title,
                document.url, document.publishedAt, document.language, document.text, document.boilerplateDropped);
    }
}
