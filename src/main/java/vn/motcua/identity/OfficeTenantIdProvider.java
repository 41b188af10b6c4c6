package vn.motcua.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Puts every process instance of a shared (tenant-less) process definition into the office that
 * received the dossier. Definitions are deployed once for all offices; instances, tasks and history
 * carry the office's tenant id, so the engine's tenant check keeps offices apart.
 *
 * <p>The office is the {@value #OFFICE_VARIABLE} start variable, else the only office the starting
 * user works for; a sub-process inherits its caller's office.
 */
class OfficeTenantIdProvider implements TenantIdProvider {

    static final String OFFICE_VARIABLE = "officeId";

    private final Offices offices;

    OfficeTenantIdProvider(Offices offices) {
        this.offices = offices;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        if (ctx.getSuperCaseExecution() != null) {
            return ctx.getSuperCaseExecution().getTenantId();
        }
        Authentication user = currentUser();
        Object requested = ctx.getVariables() == null ? null : ctx.getVariables().get(OFFICE_VARIABLE);
        if (requested != null) {
            String officeId = requested.toString();
            offices.find(officeId).orElseThrow(() -> new BadUserRequestException(
                    "variable '" + OFFICE_VARIABLE + "': no office with id '" + officeId + "'"));
            if (user != null && !isAdmin(user) && !tenantsOf(user).contains(officeId)) {
                throw new AuthorizationException(
                        "user '" + user.getUserId() + "' does not work for office '" + officeId + "'");
            }
            return officeId;
        }
        List<String> mine = user == null ? List.of() : tenantsOf(user);
        if (mine.size() == 1) {
            return mine.get(0);
        }
        throw new BadUserRequestException("variable '" + OFFICE_VARIABLE
                + "' is required: cannot tell which office receives this dossier"
                + (user == null ? "" : " (user '" + user.getUserId() + "' works for " + mine.size() + " offices)"));
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        return execution == null ? null : execution.getTenantId();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    private static Authentication currentUser() {
        var commandContext = Context.getCommandContext();
        return commandContext == null ? null : commandContext.getAuthentication();
    }

    private static List<String> tenantsOf(Authentication user) {
        return user.getTenantIds() == null ? List.of() : user.getTenantIds();
    }

    private static boolean isAdmin(Authentication user) {
        return user.getGroupIds() != null && user.getGroupIds().contains("camunda-admin");
    }
}
