package vn.motcua.identity.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.identity.StaffRole;

/**
 * A demo province with two commune offices and one login per role in each, plus a provincial
 * supervisor who watches both. Only in the "demo" profile; created once, kept across restarts.
 */
@Component
@Profile("demo")
class DemoProvince {

    static final String PROVINCE = "Tỉnh Mẫu (dữ liệu demo)";
    static final Office AN_PHU = new Office("xa-an-phu", "000.00.21.H56", "Trung tâm phục vụ hành chính công xã An Phú", PROVINCE);
    static final Office BINH_HOA = new Office("xa-binh-hoa", "000.00.22.H56", "Trung tâm phục vụ hành chính công xã Bình Hòa", PROVINCE);

    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

    /** Login prefix per role; the login is prefix + "." + office suffix, e.g. letan.anphu. */
    private static final List<Staff> STAFF = List.of(
            new Staff("letan", StaffRole.RECEPTION_CLERK, "Lê Thị", "Tân"),
            new Staff("hotich", StaffRole.CIVIL_STATUS_OFFICER, "Hồ Văn", "Tịch"),
            new Staff("congan", StaffRole.POLICE_RESIDENCE_OFFICER, "Công Văn", "An"),
            new Staff("bhxh", StaffRole.SOCIAL_INSURANCE_OFFICER, "Bảo Thị", "Hiểm"),
            new Staff("lanhdao", StaffRole.OFFICE_LEADER, "Lãnh Văn", "Đạo"));

    private final Offices offices;
    private final IdentityService identity;
    private final String password;

    DemoProvince(Offices offices, IdentityService identity, @Value("${motcua.demo.password}") String password) {
        this.offices = offices;
        this.identity = identity;
        this.password = password;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(20)
    void seed() {
        for (Office office : List.of(AN_PHU, BINH_HOA)) {
            offices.register(office);
            String suffix = office.id().substring("xa-".length()).replace("-", "");
            for (Staff staff : STAFF) {
                String login = staff.prefix() + "." + suffix;
                ensureUser(login, staff.firstName(), staff.lastName() + " (" + office.name().replace("Trung tâm phục vụ hành chính công ", "") + ")");
                ensureMember(login, staff.role().groupId(), office.id());
            }
        }
        ensureUser("giamsat", "Giám Thị", "Sát (cấp tỉnh)");
        ensureMember("giamsat", StaffRole.SUPERVISOR.groupId(), AN_PHU.id());
        ensureMember("giamsat", StaffRole.SUPERVISOR.groupId(), BINH_HOA.id());
        log.info("Demo province ready: offices {} and {}; logins in README.md (password '{}')",
                AN_PHU.id(), BINH_HOA.id(), password);
    }

    private void ensureUser(String login, String firstName, String lastName) {
        if (identity.createUserQuery().userId(login).count() == 0) {
            var user = identity.newUser(login);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            user.setEmail(login + "@demo.motcua.invalid");
            identity.saveUser(user);
        }
    }

    private void ensureMember(String login, String groupId, String officeId) {
        if (identity.createUserQuery().userId(login).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(login, groupId);
        }
        if (identity.createUserQuery().userId(login).memberOfTenant(officeId).count() == 0) {
            identity.createTenantUserMembership(officeId, login);
        }
    }

    private record Staff(String prefix, StaffRole role, String firstName, String lastName) {
    }
}
