package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.DemoApp;

/**
 * Camunda's login attempt policy (longer locks after each wrong password, locked for good after ten) is off: staff
 * ids are predictable, and a stranger must not be able to lock their owners out. Throttling is by client address
 * (ThrottlingIntegrationTest).
 */
@DemoApp
class AccountLockoutIntegrationTest {

    @Autowired
    IdentityService identity;

    @Test
    void aStrangersWrongPasswordsNeverLockTheAccount() {
        var user = identity.newUser("khoa.thu.anphu");
        user.setPassword("mat-khau-dung");
        identity.saveUser(user);

        for (int i = 0; i < 12; i++) {
            assertThat(identity.checkPassword("khoa.thu.anphu", "doan-" + i)).isFalse();
        }

        assertThat(identity.checkPassword("khoa.thu.anphu", "mat-khau-dung")).isTrue();
    }
}
