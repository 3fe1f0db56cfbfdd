package org.narrativelens.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.narrativelens.corpus.DocumentSubmission;
import org.narrativelens.scoring.ScoreReport;
import org.narrativelens.scoring.ScoringService;
import org.narrativelens.security.CurrentTenant;
import org.narrativelens.timeline.Timeline;
import org.narrativelens.timeline.TimelineService;

/** Following a story with a finished analysis: scoring new documents on it, and its breakdown over time. */
@Path("/v1/analyses/{analysisId}")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    private final ScoringService scoring;
    private final TimelineService timelines;
    private final CurrentTenant tenant;

    public StoryResource(ScoringService scoring, TimelineService timelines, CurrentTenant tenant) {
        this.scoring = scoring;
        this.timelines = timelines;
        this.tenant = tenant;
    }

    @POST
    @Path("/score")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScoreReport score(@PathParam("analysisId") String analysisId, List<DocumentSubmission> documents) {
        UUID id = Ids.parse(analysisId, "analysis");
        return scoring.score(tenant.id(), id, documents).orElseThrow(() -> Ids.notFound("analysis", analysisId));
    }

    @GET
    @Path("/timeline")
    public Timeline timeline(@PathParam("analysisId") String analysisId, @QueryParam("bucket") String bucket) {
        UUID id = Ids.parse(analysisId, "analysis");
        return timelines.timeline(tenant.id(), id, bucket).orElseThrow(() -> Ids.notFound("analysis", analysisId));
    }
}
