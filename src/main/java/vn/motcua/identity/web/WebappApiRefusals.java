package vn.motcua.identity.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletContext;

/**
 * The webapps' own engine API ({@code /camunda/api/engine/...}, which Tasklist's start form submits to) is a Jersey
 * application of Camunda's that takes no providers of ours. Registered before Camunda's initializer, under the name it
 * looks for, the same API with our refusal mappers is the one it keeps.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappApiRefusals implements ServletContextInitializer {

    /** The servlet name Camunda's webapp initializer registers its engine API under, unless it exists already. */
    static final String ENGINE_API = "Engine Api";

    private final String applicationPath;

    WebappApiRefusals(@Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        this.applicationPath = applicationPath;
    }

    @Override
    public void onStartup(ServletContext context) {
        if (context.getServletRegistration(ENGINE_API) == null) {
            var api = context.addServlet(ENGINE_API, ServletContainer.class);
            api.addMapping(applicationPath + "/api/engine/*");
            api.setInitParameters(Map.of("jakarta.ws.rs.Application", EngineApi.class.getName()));
        }
    }

    /** Camunda's webapp engine API plus the mappers of office refusals and invalid start variables. */
    public static class EngineApi extends EngineRestApplication {

        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.add(EngineRefusalMappers.WrappedRefusals.class);
            classes.add(EngineRefusalMappers.DirectRefusals.class);
            return classes;
        }
    }
}
