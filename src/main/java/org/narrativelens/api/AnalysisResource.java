package org.narrativelens.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.narrativelens.analysis.AnalysisService;
import org.narrativelens.security.CurrentTenant;

/** Following analyses to their result. */
@Path("/v1/analyses")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    private final AnalysisService analyses;
    private final CurrentTenant tenant;

    public AnalysisResource(AnalysisService analyses, CurrentTenant tenant) {
        this.analyses = analyses;
        this.tenant = tenant;
    }

    @GET
    @Path("/{analysisId}")
    public AnalysisView get(@PathParam("analysisId") String analysisId) {
        return view(analyses, tenant.id(), Ids.parse(analysisId, "analysis"));
    }

    static AnalysisView view(AnalysisService analyses, String tenant, UUID id) {
        return analyses.find(tenant, id).map(AnalysisView::of).orElseThrow(() -> Ids.notFound("analysis", id));
    }
}
