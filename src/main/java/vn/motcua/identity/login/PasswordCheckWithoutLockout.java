package vn.motcua.identity.login;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own users and passwords, without its login attempt policy. Camunda locks an account for longer
 * after each wrong password (loginDelayBase, loginDelayFactor, loginDelayMaxTime) and for good after
 * loginMaxAttempts (10): user ids here are predictable, so anyone could lock the administrator and every clerk
 * out. Failed logins are throttled per client address instead (module throttling); an account is never locked by
 * what strangers type, and one the engine locked before is usable again.
 *
 * <p>Public with a public constructor: the engine creates one per command by reflection.
 */
public class PasswordCheckWithoutLockout extends DbIdentityServiceProvider {

    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // no attempt counter, no lock: see the class comment
    }
}
