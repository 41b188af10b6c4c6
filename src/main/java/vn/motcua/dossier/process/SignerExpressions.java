package vn.motcua.dossier.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a task whose outcome is signed in their name (the officer who compared an original,
 * the leader who certifies it): {@code ${signers.record(task, 'comparedBy')}} on the task's complete event, with
 * their name beside the id ({@code comparedByName}) for the forms that follow. The
 * signer is the task's assignee, or else the logged-in user who completes it; a task completed by neither cannot
 * be signed for, and fails.
 */
@Component("signers")
public class SignerExpressions {

    private final IdentityService identity;

    SignerExpressions(IdentityService identity) {
        this.identity = identity;
    }

    public void record(DelegateTask task, String variable) {
        String user = task.getAssignee();
        if (user == null && identity.getCurrentAuthentication() != null) {
            user = identity.getCurrentAuthentication().getUserId();
        }
        if (user == null || user.isBlank()) {
            throw new IllegalStateException("task " + task.getTaskDefinitionKey() + " must be claimed or completed by a signed-in officer");
        }
        task.setVariable(variable, user);
        // the next form shows the person, not the login (variable + "Name", e.g. comparedByName)
        task.setVariable(variable + "Name", nameOf(user));
    }

    private String nameOf(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
