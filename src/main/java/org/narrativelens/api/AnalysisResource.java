package org.narrativelens.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;
import org.narrativelens.analysis.AnalysisService;
import org.narrativelens.analysis.ProgressFeed;
import org.narrativelens.security.CurrentTenant;

/** Following analyses to their result: by polling, or as a stream of server-sent events. */
@Path("/v1/analyses")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    private final AnalysisService analyses;
    private final ProgressFeed feed;
    private final CurrentTenant tenant;
    private final ObjectMapper json;

    public AnalysisResource(AnalysisService analyses, ProgressFeed feed, CurrentTenant tenant, ObjectMapper json) {
        this.analyses = analyses;
        this.feed = feed;
        this.tenant = tenant;
        this.json = json;
    }

    @GET
    @Path("/{analysisId}")
    public AnalysisView get(@PathParam("analysisId") String analysisId) {
        return view(analyses, tenant.id(), Ids.parse(analysisId, "analysis"));
    }

    /**
     * One event per change of state, named by the status ({@code queued}, {@code running}, {@code succeeded},
     * {@code failed}); the stream ends after the event of a finished job.
     */
    @GET
    @Path("/{analysisId}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> events(@PathParam("analysisId") String analysisId, @Context Sse sse) {
        UUID id = Ids.parse(analysisId, "analysis");
        String owner = tenant.id();
        if (analyses.state(owner, id).isEmpty()) {
            throw Ids.notFound("analysis", id);
        }
        // data is JSON written here: an event given a media type would carry a non-standard content-type line
        return feed.follow(owner, id).map(state -> sse.newEventBuilder()
                .name(state.status().name())
                .data(toJson(ProgressEvent.of(state)))
                .build());
    }

    private String toJson(ProgressEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A progress event always serialises", e);
        }
    }

    static AnalysisView view(AnalysisService analyses, String tenant, UUID id) {
        return analyses.find(tenant, id).map(AnalysisView::of).orElseThrow(() -> Ids.notFound("analysis", id));
    }
}
