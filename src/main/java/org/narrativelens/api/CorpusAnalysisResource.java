package org.narrativelens.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.narrativelens.analysis.AnalysisConfig;
import org.narrativelens.analysis.AnalysisService;
import org.narrativelens.analysis.AnalysisSubmission;
import org.narrativelens.security.CurrentTenant;

/** Starting an analysis of a corpus. */
@Path("/v1/corpora/{corpusId}/analyses")
@Produces(MediaType.APPLICATION_JSON)
public class CorpusAnalysisResource {

    private final AnalysisService analyses;
    private final AnalysisConfig config;
    private final CurrentTenant tenant;

    public CorpusAnalysisResource(AnalysisService analyses, AnalysisConfig config, CurrentTenant tenant) {
        this.analyses = analyses;
        this.config = config;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("corpusId") String corpusId, @QueryParam("wait") String waitParameter,
                          AnalysisSubmission body) throws InterruptedException {
        boolean wait = BadParameterException.flag("wait", waitParameter, false);
        AnalysisService.Submitted submitted = analyses.submit(tenant.id(), Ids.parse(corpusId, "corpus"), body)
                .orElseThrow(() -> Ids.notFound("corpus", corpusId));
        URI location = URI.create("/v1/analyses/" + submitted.id());
        boolean inline = wait && submitted.passages() <= config.waitMaxPassages();
        if (inline) {
            // the job's own state, shown below, tells the client whether it finished in time
            analyses.awaitFinished(tenant.id(), submitted.id(), config.waitTimeout());
        }
        AnalysisView view = AnalysisResource.view(analyses, tenant.id(), submitted.id());
        Response.ResponseBuilder response = inline && view.status().finished()
                ? Response.ok(view) : Response.accepted(view);
        return response.location(location).build();
    }
}
