package vn.motcua.reporting.cockpit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.motcua.reporting.OverdueReports;
import vn.motcua.shared.InvalidRequest;

/**
 * The dashboard's API, {@code GET /camunda/api/cockpit/plugin/overdue/{engine}/report}: the same report
 * and JSON as {@code GET /api/reports/overdue}, for the Cockpit session's user (the webapp's security
 * filter lets only signed-in users through and makes them the engine's current authentication).
 * Cockpit's Jersey creates this resource, so the Spring beans are looked up in the web application context.
 */
@Path("plugin/" + OverdueCockpitPlugin.ID)
public class OverdueCockpitResource extends AbstractCockpitPluginRootResource {

    public OverdueCockpitResource() {
        super(OverdueCockpitPlugin.ID);
    }

    @Override
    protected List<String> getAllowedAssets() {
        List<String> assets = new ArrayList<>(super.getAllowedAssets());
        assets.add("app/labels.js");
        assets.add("app/charts.js");
        return assets;
    }

    @GET
    @Path("{engine}/report")
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("engine") String engine) throws JsonProcessingException {
        var spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        var json = spring.getBean(ObjectMapper.class);
        Map<String, List<String>> parameters = uriInfo.getQueryParameters();
        try {
            return Response.ok(json.writeValueAsString(spring.getBean(OverdueReports.class).report(parameters))).build();
        } catch (InvalidRequest e) {
            return Response.status(Response.Status.BAD_REQUEST).type("application/problem+json")
                    .entity(json.writeValueAsString(Map.of("status", 400, "title", "Bad Request", "detail", e.getMessage(),
                            "errors", e.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList())))
                    .build();
        }
    }
}
