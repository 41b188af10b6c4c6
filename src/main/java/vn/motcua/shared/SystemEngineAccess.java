package vn.motcua.shared;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine work as the system, without the current user's authorization and tenant checks, in the
 * caller's transaction. For steps whose permission was already decided by the application (a
 * citizen withdrawing their own dossier, timers following a clock); never for what a user asks of the
 * engine directly.
 */
@Component
public class SystemEngineAccess {

    private final ProcessEngineConfigurationImpl configuration;

    SystemEngineAccess(ProcessEngineConfiguration configuration) {
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
    }

    public <T> T call(Supplier<T> work) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            boolean tenantCheck = context.isTenantCheckEnabled();
            context.disableTenantCheck();
            try {
                return context.runWithoutAuthorization(work::get);
            } finally {
                if (tenantCheck) {
                    context.enableTenantCheck();
                }
            }
        });
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
