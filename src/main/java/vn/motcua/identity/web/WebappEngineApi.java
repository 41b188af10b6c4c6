package vn.motcua.identity.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletContext;

/**
 * The engine API the webapps call ({@code /camunda/api/engine}) with our refusal mappers, so Tasklist and
 * Cockpit get a 403 problem, not a 500, for another office's task or instance. Camunda's initializer registers
 * this servlet only when none of its name exists, so registering it first is how the mappers get in.
 */
public class WebappEngineApi extends EngineRestApplication {

    /** The servlet name Camunda's webapp initializer uses. */
    static final String SERVLET = "Engine Api";

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(super.getClasses());
        classes.addAll(Set.of(EngineRefusalMappers.WrappedRefusals.class, EngineRefusalMappers.DirectRefusals.class,
                EngineRefusalMappers.DossierRefusals.class));
        return classes;
    }

    /** Registers the servlet before Camunda's initializer looks for it. */
    @Component
    static class Registration implements ServletContextInitializer, Ordered {

        private final String applicationPath;

        Registration(CamundaBpmProperties camunda) {
            this.applicationPath = camunda.getWebapp().getApplicationPath();
        }

        @Override
        public void onStartup(ServletContext context) {
            var servlet = context.addServlet(SERVLET, ServletContainer.class);
            servlet.addMapping(applicationPath + "/api/engine/*");
            servlet.setInitParameters(Map.of("jakarta.ws.rs.Application", WebappEngineApi.class.getName()));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
