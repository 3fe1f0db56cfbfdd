package org.narrativelens.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.narrativelens.analysis.AnalysisService;

/** Following analyses to their result. */
@Path("/v1/analyses")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    private final AnalysisService analyses;

    public AnalysisResource(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @GET
    @Path("/{analysisId}")
    public AnalysisView get(@PathParam("analysisId") String analysisId) {
        return view(analyses, Ids.parse(analysisId, "analysis"));
    }

    static AnalysisView view(AnalysisService analyses, UUID id) {
        return analyses.find(id).map(AnalysisView::of).orElseThrow(() -> Ids.notFound("analysis", id));
    }
}
