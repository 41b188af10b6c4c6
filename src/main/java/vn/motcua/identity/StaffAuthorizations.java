package vn.motcua.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure every staff role exists as a group with the permissions it needs, and that the shared
 * Tasklist filters exist. What a person may see beyond that is limited by the office (tenant) they
 * belong to. Idempotent: runs at every start, on every node.
 */
@Component
class StaffAuthorizations {

    static final String MY_GROUP_TASKS = "Việc của nhóm tôi";
    static final String MY_TASKS = "Việc của tôi";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    StaffAuthorizations(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    void ensureRolesAndFilters() {
        for (StaffRole role : StaffRole.values()) {
            ensureGroup(role);
            for (Grant grant : grantsOf(role)) {
                ensureGrant(role.groupId(), grant);
            }
        }
        ensureFilter(MY_GROUP_TASKS, -10, tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        ensureFilter(MY_TASKS, -20, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    }

    private static List<Grant> grantsOf(StaffRole role) {
        List<Permission> onDefinitions = new ArrayList<>(List.of(Permissions.READ, Permissions.CREATE_INSTANCE,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY));
        List<Grant> grants = new ArrayList<>(List.of(
                new Grant(Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)),
                new Grant(Resources.PROCESS_DEFINITION, ANY, onDefinitions),
                new Grant(Resources.PROCESS_INSTANCE, ANY, List.of(Permissions.CREATE, Permissions.READ)),
                new Grant(Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ)),
                new Grant(Resources.DEPLOYMENT, ANY, List.of(Permissions.READ))));
        if (role.supervises()) {
            onDefinitions.add(Permissions.READ_TASK);
            grants.add(new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
            grants.add(new Grant(Resources.TASK, ANY, List.of(Permissions.READ)));
        }
        return grants;
    }

    private void ensureGroup(StaffRole role) {
        if (identity.createGroupQuery().groupId(role.groupId()).count() == 0) {
            var group = identity.newGroup(role.groupId());
            group.setName(role.label());
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
        }
    }

    /** One authorization per group and resource (the engine enforces it); missing permissions are added. */
    private void ensureGrant(String groupId, Grant grant) {
        var authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(grant.resource()).resourceId(grant.resourceId())
                .authorizationType(AUTH_TYPE_GRANT).list().stream().findFirst()
                .orElseGet(() -> newGrant(groupId, grant));
        boolean changed = authorization.getId() == null;
        for (Permission permission : grant.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }

    private org.camunda.bpm.engine.authorization.Authorization newGrant(String groupId, Grant grant) {
        var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        return authorization;
    }

    private void ensureFilter(String name, int priority, org.camunda.bpm.engine.task.TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        var filter = filters.newTaskFilter(name).setQuery(query)
                .setProperties(new java.util.HashMap<>(java.util.Map.of("priority", priority, "refresh", true)));
        filters.saveFilter(filter);
        var everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
    }

    private record Grant(Resource resource, String resourceId, List<Permission> permissions) {
    }
}
