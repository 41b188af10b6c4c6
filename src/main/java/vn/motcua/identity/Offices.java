package vn.motcua.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The register of one-stop offices, each mirrored as a Camunda tenant. An office, once registered, never
 * changes, so each node keeps the offices it has read (every dossier step asks for its office).
 */
@Service
public class Offices {

    private final JdbcClient jdbc;
    private final IdentityService identity;
    private final Map<String, Office> known = new ConcurrentHashMap<>();

    Offices(JdbcClient jdbc, IdentityService identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    public List<Office> all() {
        return jdbc.sql("select id, code, name, province from mc_office order by id").query(Office.class).list();
    }

    public Optional<Office> find(String id) {
        Office office = known.get(id);
        if (office != null) {
            return Optional.of(office);
        }
        var found = jdbc.sql("select id, code, name, province from mc_office where id = ?").param(id).query(Office.class).optional();
        found.ifPresent(this::keepOnceCommitted);
        return found;
    }

    /** An office read in a transaction that rolls back (one that registered it) must not linger. */
    private void keepOnceCommitted(Office office) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            known.put(office.id(), office);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                known.put(office.id(), office);
            }
        });
    }

    /** The office with this id, or {@link UnknownOffice}. */
    public Office get(String id) {
        return find(id).orElseThrow(() -> new UnknownOffice(id));
    }

    /** Registers the office and its tenant; registering an existing office again changes nothing. */
    @Transactional
    public Office register(Office office) {
        if (find(office.id()).isEmpty()) {
            jdbc.sql("insert into mc_office (id, code, name, province) values (?, ?, ?, ?)")
                    .params(office.id(), office.code(), office.name(), office.province()).update();
        }
        if (identity.createTenantQuery().tenantId(office.id()).count() == 0) {
            var tenant = identity.newTenant(office.id());
            tenant.setName(office.name());
            identity.saveTenant(tenant);
        }
        return office;
    }
}
