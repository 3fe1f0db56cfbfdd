package org.narrativelens.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.narrativelens.InvalidInputException;
import org.narrativelens.analysis.AnalysisService;
import org.narrativelens.analysis.AnalysisStatus;
import org.narrativelens.analysis.StoredAnalysis;
import org.narrativelens.export.Csv;
import org.narrativelens.export.ResultTables;
import org.narrativelens.export.Table;
import org.narrativelens.security.CurrentTenant;

/** An analysis's result alone, as JSON or as one CSV table (sources, speakers, documents or frames). */
@Path("/v1/analyses/{analysisId}/result")
public class AnalysisResultResource {

    private final AnalysisService analyses;
    private final ObjectMapper json;
    private final CurrentTenant tenant;

    public AnalysisResultResource(AnalysisService analyses, ObjectMapper json, CurrentTenant tenant) {
        this.analyses = analyses;
        this.json = json;
        this.tenant = tenant;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response result(@PathParam("analysisId") String analysisId, @QueryParam("table") String table,
                           @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        UUID id = Ids.parse(analysisId, "analysis");
        boolean csv = ExportFormat.wantsCsv(format, accept);
        if (table != null && !ResultTables.NAMES.contains(table)) {
            throw new InvalidInputException("table", "table: '" + table + "' is not one of "
                    + String.join(", ", ResultTables.NAMES));
        }
        StoredAnalysis analysis = analyses.find(tenant.id(), id).orElseThrow(() -> Ids.notFound("analysis", id));
        if (analysis.status() != AnalysisStatus.succeeded || analysis.result() == null) {
            return Problem.response(409, "Conflict", "Analysis " + id + " is " + analysis.status()
                    + (analysis.status() == AnalysisStatus.failed ? " and has no result" : "; its result is not ready yet"),
                    null);
        }
        JsonNode result = parse(analysis.result());
        if (!csv) {
            Object body = table == null ? result : result.path(table).isMissingNode()
                    ? json.createArrayNode() : result.get(table);
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
        }
        Table rows = ResultTables.table(result, table == null ? "sources" : table);
        return Response.ok(Csv.write(rows), Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"analysis-" + id + "-" + rows.name() + ".csv\"")
                .build();
    }

    private JsonNode parse(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored result is always valid JSON", e);
        }
    }
}
