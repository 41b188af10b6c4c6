package vn.motcua.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.motcua.shared.DossierOfAnotherOffice;
import vn.motcua.shared.InvalidStartVariables;

/**
 * The stock engine REST API answers 500 when a request is refused for a reason the caller can fix:
 * no office could be chosen for a new dossier (a bad request), the task or instance belongs to
 * another office (a tenant refusal), or a process step of one office reached for another office's
 * dossier. These mappers answer 400 and 403 instead, and leave every other error to Camunda's
 * handlers. They serve the engine REST API and the webapps' own engine API alike. Start variables that
 * cannot make a dossier ({@link InvalidStartVariables}) get a 400 problem response naming each field.
 */
final class EngineRefusalMappers {

    /** The engine's code for "belongs to no authenticated tenant". */
    private static final String TENANT_REFUSAL = "ENGINE-13034";
    private static final String ANOTHER_OFFICE = "https://motcua.vn/problems/another-office";
    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    private EngineRefusalMappers() {
    }

    static Optional<Response> refusal(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DossierOfAnotherOffice refused) {
                return Optional.of(anotherOffice(refused.getMessage(), DossierOfAnotherOffice.FIELD));
            }
            if (e instanceof InvalidStartVariables invalid) {
                return Optional.of(problem(invalid));
            }
            if (e instanceof BadUserRequestException) {
                return Optional.of(json(Response.Status.BAD_REQUEST, "InvalidRequestException", e.getMessage()));
            }
            if (e instanceof ProcessEngineException && e.getMessage() != null && e.getMessage().contains(TENANT_REFUSAL)) {
                // the engine's message names the refused id only; the caller gave it
                return Optional.of(anotherOffice("Việc, quy trình hoặc dữ liệu này thuộc cơ quan khác"
                        + " (this task, process instance or its data belongs to another office)", null));
            }
        }
        return Optional.empty();
    }

    /** An RFC 9457 problem naming each field; {@code message} too, where Camunda's clients (Tasklist) look. */
    private static Response problem(InvalidStartVariables invalid) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "https://motcua.vn/problems/invalid-request");
        body.put("title", "Invalid request");
        body.put("status", 400);
        body.put("detail", invalid.getMessage());
        body.put("errors", invalid.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        body.put("message", invalid.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).type("application/problem+json").entity(body).build();
    }

    private static Response json(Response.Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message, "code", 0)).build();
    }

    /** An RFC 9457 problem; {@code message} repeats the detail where the webapps look for it. */
    private static Response anotherOffice(String detail, String field) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ANOTHER_OFFICE);
        problem.put("title", "Forbidden");
        problem.put("status", Response.Status.FORBIDDEN.getStatusCode());
        problem.put("detail", detail);
        problem.put("message", detail);
        if (field != null) {
            problem.put("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return Response.status(Response.Status.FORBIDDEN).type(PROBLEM).entity(problem).build();
    }

    @Provider
    @Priority(1000)
    static class WrappedRefusals implements ExceptionMapper<RestException> {
        private final RestExceptionHandler stock = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return refusal(exception.getCause()).orElseGet(() -> stock.toResponse(exception));
        }
    }

    @Provider
    @Priority(1000)
    static class DirectRefusals implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler stock = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return refusal(exception).orElseGet(() -> stock.toResponse(exception));
        }
    }

    /** A process step refused the dossier itself (a delegate's exception reaches the API as it was thrown). */
    @Provider
    @Priority(1000)
    static class DossierRefusals implements ExceptionMapper<DossierOfAnotherOffice> {

        @Override
        public Response toResponse(DossierOfAnotherOffice exception) {
            return anotherOffice(exception.getMessage(), DossierOfAnotherOffice.FIELD);
        }
    }
}
