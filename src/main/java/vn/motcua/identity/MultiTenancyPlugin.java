package vn.motcua.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Installs the office tenant provider and keeps the tenant check on for every query. */
@Component
class MultiTenancyPlugin extends AbstractProcessEnginePlugin {

    private final Offices offices;

    // Lazy: Offices needs the IdentityService, which exists only once the engine is built.
    MultiTenancyPlugin(@Lazy Offices offices) {
        this.offices = offices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new OfficeTenantIdProvider(offices));
        configuration.setTenantCheckEnabled(true);
    }
}
