package org.narrativelens.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.narrativelens.Deadline;
import org.narrativelens.InvalidInputException;
import org.narrativelens.analysis.AnalysisNotReadyException;
import org.narrativelens.embed.EmbedderClosedException;
import org.narrativelens.security.KeyRefusal;

/** Turns every failure into application/problem+json with a clear detail and never a stack trace. */
public class ProblemMappers {

    static final int STOPPING_RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Jackson's message for a key given twice in one object. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return Problem.response(422, "Unprocessable Content", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response keyRefused(KeyRefusal e) {
        Response.ResponseBuilder answer = Response.fromResponse(
                Problem.response(e.status(), e.title(), e.getMessage(), e.field()));
        e.headers().forEach(answer::header);
        return answer.build();
    }

    @ServerExceptionMapper
    public Response notReady(AnalysisNotReadyException e) {
        return Problem.response(409, "Conflict", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response deadline(Deadline.Exceeded e) {
        return Response.fromResponse(Problem.response(503, "Service Unavailable", e.getMessage(), null))
                .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        return Problem.response(400, "Bad Request", e.getMessage(), e.parameter());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
        String field = duplicate.find() ? duplicate.group(1) : null;
        return Problem.response(400, "Malformed JSON", "The request body is not valid JSON: "
                + e.getOriginalMessage().split("\n")[0] + " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr(), field);
    }

    /** Declared for the most specific type, so that it wins over Quarkus's own mapper, which sends no body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return wrongShape(e);
    }

    @ServerExceptionMapper
    public Response wrongShape(JsonMappingException e) {
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return Problem.response(400, "Malformed JSON", "The request body has content after its JSON value", null);
        }
        String path = path(e);
        String expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? " expects " + describe(mismatch.getTargetType()) : " has the wrong type";
        // Jackson's own message names Java classes: the field and the expected JSON type are what a client needs.
        return Problem.response(400, "Invalid JSON structure",
                (path.isEmpty() ? "The request body" : "Field '" + path + "'") + expected, path.isEmpty() ? null : path);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (e.getCause() instanceof JsonMappingException mapping) {
            return wrongShape(mapping);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? status.getReasonPhrase() : e.getMessage();
        return Problem.response(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    /** Jackson's own message names Java classes; the client needs the field and the fields that do exist. */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String path = path(e);
        List<String> known = e.getKnownPropertyIds() == null ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        return Problem.response(400, "Unknown field", "Field '" + path + "' is not part of the contract; the fields "
                + "allowed here are " + known, path);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (EmbedderClosedException.causedBy(e)) {
            // the model was closed because the process is stopping: another replica, or this one restarted, serves
            return Response.fromResponse(Problem.response(503, "Service Unavailable", "The service is shutting down;"
                    + " nothing from this request was stored. Retry in " + STOPPING_RETRY_AFTER_SECONDS + " seconds",
                    null)).header("Retry-After", STOPPING_RETRY_AFTER_SECONDS).build();
        }
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(Problem.response(503, "Service Unavailable",
                            "The database is unavailable; nothing from this request was stored. Retry in "
                                    + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds", null))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return Problem.response(500, "Internal Server Error",
                "The service failed unexpectedly; quote reference " + reference + " when reporting it", null);
    }

    private static String describe(Class<?> type) {
        return java.util.Collection.class.isAssignableFrom(type) ? "a JSON array"
                : type.isRecord() ? "a JSON object" : "a " + type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
