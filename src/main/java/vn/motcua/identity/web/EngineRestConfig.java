package vn.motcua.identity.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.ApplicationPath;

/** The engine REST API as Camunda ships it, plus our mapping of office (tenant) refusals. */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(EngineRefusalMappers.WrappedRefusals.class);
        register(EngineRefusalMappers.DirectRefusals.class);
        register(EngineRefusalMappers.DossierRefusals.class);
    }
}
