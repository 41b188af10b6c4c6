package vn.motcua.reporting.web;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.identity.StaffRole;
import vn.motcua.shared.InvalidRequest;

/**
 * Who asks for a report or an import: a supervisor or an office leader (HTTP Basic, checked by the engine's
 * authentication filter), and the offices (tenants) they belong to. Anyone else gets 403.
 */
@Component
class StaffScope {

    static final String ALL = "all";
    private static final Set<String> ROLES = Set.of(StaffRole.SUPERVISOR.groupId(), StaffRole.OFFICE_LEADER.groupId());

    private final IdentityService identity;
    private final Offices offices;

    StaffScope(IdentityService identity, Offices offices) {
        this.identity = identity;
        this.offices = offices;
    }

    /** A supervisor or leader and their offices. */
    record Staff(String userId, List<Office> offices) {
    }

    Staff current() {
        var user = identity.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(ROLES::contains)) {
            throw forbidden("Reports and imports are for supervisors (giam-sat) and office leaders (lanh-dao).");
        }
        var tenants = user.getTenantIds() == null ? List.<String>of() : user.getTenantIds();
        return new Staff(user.getUserId(), offices.all().stream().filter(o -> tenants.contains(o.id())).toList());
    }

    /**
     * The offices a request names: {@code all} (every office of the user), or one office by its code (e.g.
     * {@code 000.00.21.H56}) or id. Adds a problem for a missing or unknown office; 403 for another's office.
     */
    List<Office> offices(Staff staff, String office, List<InvalidRequest.FieldProblem> problems) {
        if (office == null || office.isBlank()) {
            problems.add(new InvalidRequest.FieldProblem("office", "is required: an office code or id, or 'all'"));
            return List.of();
        }
        if (office.equalsIgnoreCase(ALL)) {
            if (staff.offices().isEmpty()) {
                throw forbidden("You belong to no office.");
            }
            return staff.offices();
        }
        var named = offices.all().stream().filter(o -> o.code().equals(office) || o.id().equals(office)).findFirst();
        if (named.isEmpty()) {
            problems.add(new InvalidRequest.FieldProblem("office", "'" + office + "' is no office code or id"));
            return List.of();
        }
        if (staff.offices().stream().noneMatch(o -> o.id().equals(named.get().id()))) {
            throw forbidden("Office " + office + " is not one of your offices.");
        }
        return List.of(named.get());
    }

    static ErrorResponseException forbidden(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
