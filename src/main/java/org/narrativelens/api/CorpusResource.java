package org.narrativelens.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.narrativelens.InvalidInputException;
import org.narrativelens.corpus.Corpus;
import org.narrativelens.corpus.CorpusService;
import org.narrativelens.corpus.CorpusSummary;
import org.narrativelens.corpus.DocumentSubmission;
import org.narrativelens.corpus.IngestionReport;
import org.narrativelens.corpus.IngestionService;
import org.narrativelens.security.CurrentTenant;

/** Corpora and their documents. */
@Path("/v1/corpora")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CorpusResource {

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
        Corpus corpus = corpora.create(tenant.id(), body == null ? null : body.name());
        return Response.created(URI.create("/v1/corpora/" + corpus.id))
                .entity(new CreatedCorpus(corpus.id, corpus.name)).build();
    }

    @GET
    @Path("/{corpusId}")
    public CorpusSummary get(@PathParam("corpusId") String corpusId) {
        UUID id = Ids.parse(corpusId, "corpus");
        return corpora.summary(tenant.id(), id).orElseThrow(() -> Ids.notFound("corpus", corpusId));
    }

    @POST
    @Path("/{corpusId}/documents")
    public IngestionReport addDocuments(@PathParam("corpusId") String corpusId, List<DocumentSubmission> documents) {
        UUID id = Ids.parse(corpusId, "corpus");
        if (!corpora.exists(tenant.id(), id)) {
            throw Ids.notFound("corpus", corpusId);
        }
        if (documents == null) {
            throw new InvalidInputException("documents", "documents: the body must be a JSON array of documents");
        }
        return ingestion.ingest(id, documents);
    }
}
