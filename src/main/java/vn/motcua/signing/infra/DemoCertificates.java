package vn.motcua.signing.infra;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.identity.StaffRole;
import vn.motcua.signing.Signer;
import vn.motcua.signing.SigningIdentity;

/**
 * In the demo, makes sure at start (after the demo province is seeded) that every office and every office
 * leader has a demo key and certificate. Does nothing outside the demo.
 */
@Component
class DemoCertificates {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

    private final Signer signer;
    private final Offices offices;
    private final IdentityService identity;

    DemoCertificates(Signer signer, Offices offices, IdentityService identity) {
        this.signer = signer;
        this.offices = offices;
        this.identity = identity;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(30)
    void issue() {
        if (!(signer instanceof DemoSigner)) {
            return;
        }
        int count = 0;
        for (Office office : offices.all()) {
            signer.certificateChain(SigningIdentity.office(office.id()));
            count++;
        }
        for (var leader : identity.createUserQuery().memberOfGroup(StaffRole.OFFICE_LEADER.groupId()).list()) {
            signer.certificateChain(SigningIdentity.officer(leader.getId()));
            count++;
        }
        log.info("Demo signing keys ready for {} offices and leaders, issued by '{}' (demo only)", count,
                DemoCertificateAuthority.CA_NAME);
    }
}
