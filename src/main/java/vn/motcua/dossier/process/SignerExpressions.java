package vn.motcua.dossier.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a task whose outcome is signed in their name (the officer who compared an original,
 * the leader who certifies it): {@code ${signers.record(task, 'comparedBy')}} on the task's complete event. The
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
    }
}
