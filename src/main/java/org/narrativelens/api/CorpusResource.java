package org.narrativelens.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.narrativelens.InvalidInputException;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.CorpusSummary;
import org.narrativelens.corpus.DocumentSubmission;
import org.narrativelens.corpus.IdempotencyKey;
import org.narrativelens.corpus.IngestionService;
import org.narrativelens.security.CurrentTenant;

/** Corpora and their documents. */
@Path("/v1/corpora")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CorpusResource {

    /** Marks the answer to a retried request as the stored answer to the first. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final CorpusService corpora;
    private final IngestionService ingestion;
    private final CurrentTenant tenant;

    public CorpusResource(CorpusService corpora, IngestionService ingestion, CurrentTenant tenant) {
        this.corpora = corpora;
        this.ingestion = ingestion;
        this.tenant = tenant;
    }

    /** The body of a new corpus. */
    public record NewCorpus(String name) {
    }

    /** A corpus just created. */
    public record CreatedCorpus(UUID id, String name) {
    }

    @POST
    public Response create(NewCorpus body) {
        CorpusSummary corpus = corpora.create(tenant.id(), body == null ? null : body.name());
        return Response.created(URI.create("/v1/corpora/" + corpus.id()))
                .entity(new CreatedCorpus(corpus.id(), corpus.name())).build();
    }

    /** Every corpus, or those with one name, so that a client can reuse the corpus it created before. */
    @GET
    public List<CorpusSummary> list(@QueryParam("name") String name) {
        return corpora.list(tenant.id(), name == null || name.isBlank() ? null : name);
    }

    @GET
    @Path("/{corpusId}/documents/{documentId}")
    public DocumentView document(@PathParam("corpusId") String corpusId, @PathParam("documentId") String documentId) {
        UUID corpus = Ids.parse(corpusId, "corpus");
        // The corpus first: another tenant's corpus must answer exactly like one that does not exist.
        if (!corpora.exists(tenant.id(), corpus)) {
            throw Ids.notFound("corpus", corpusId);
        }
        long document;
        try {
            document = Long.parseLong(documentId);
        } catch (NumberFormatException e) {
            throw Ids.notFound("document", documentId);
        }
        return corpora.document(tenant.id(), corpus, document).map(DocumentView::of)
                .orElseThrow(() -> Ids.notFound("document", documentId + "' in corpus '" + corpusId));
    }

    @GET
    @Path("/{corpusId}")
    public CorpusSummary get(@PathParam("corpusId") String corpusId) {
        UUID id = Ids.parse(corpusId, "corpus");
        return corpora.summary(tenant.id(), id).orElseThrow(() -> Ids.notFound("corpus", corpusId));
    }

    /**
     * With an {@code Idempotency-Key}, the first answer is stored with the documents and a retry with the same key
     * gets it back (marked {@code Idempotent-Replayed: true}) without storing anything again.
     */
    @POST
    @Path("/{corpusId}/documents")
    public Response addDocuments(@PathParam("corpusId") String corpusId,
                                 @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                                 List<DocumentSubmission> documents) {
        UUID id = Ids.parse(corpusId, "corpus");
        if (!corpora.exists(tenant.id(), id)) {
            throw Ids.notFound("corpus", corpusId);
        }
        if (documents == null) {
            throw new InvalidInputException("documents", "documents: the body must be a JSON array of documents");
        }
        IdempotencyKey key = idempotencyKey == null ? null : IdempotencyKey.of(idempotencyKey, documents);
        IngestionService.Ingestion ingestion = this.ingestion.ingest(tenant.id(), id, documents, key)
                .orElseThrow(() -> Ids.notFound("corpus", corpusId));
        Response.ResponseBuilder response = Response.ok(ingestion.report());
        if (ingestion.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
