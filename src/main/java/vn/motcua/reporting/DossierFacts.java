package vn.motcua.reporting;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.ClockChanged;
import vn.motcua.deadline.Clocks;
import vn.motcua.deadline.DeadlineSettings;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocumentAdded;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.Dossiers;
import vn.motcua.fee.FeeLinesRecorded;
import vn.motcua.fee.PaymentReceived;
import vn.motcua.fee.Payments;
import vn.motcua.fee.Fees;

/**
 * Keeps each live dossier's reporting row current: every event of the dossier, fee and deadline modules
 * updates it in the transaction that made the change, so a report never disagrees with a committed dossier.
 */
@Component
class DossierFacts {

    private static final Logger log = LoggerFactory.getLogger(DossierFacts.class);

    private final FactStore facts;
    private final Clocks clocks;
    private final ProcedureCatalog catalog;
    private final ZoneId zone;

    DossierFacts(FactStore facts, Clocks clocks, ProcedureCatalog catalog, DeadlineSettings deadlines) {
        this.facts = facts;
        this.clocks = clocks;
        this.catalog = catalog;
        this.zone = deadlines.zone();
    }

    @EventListener
    void received(DossierReceived e) {
        if (facts.removeImported(e.code())) {
            log.warn("Dossier {} was imported from an older system; the live dossier with that code replaces it in the reports", e.code());
        }
        var clock = heldTo(e.code()).map(c -> ClockFacts.of(c, zone));
        // a dossier awaiting reception has no appointment; its reception clock, started by its model in this
        // transaction, replaces the receipt as its due
        var dueAt = clock.map(ClockFacts::dueAt).orElse(e.dueAt() == null ? e.receivedAt() : e.dueAt());
        facts.insert(new Fact(e.code(), e.officeId(), e.procedureCode(), fieldOf(e.procedureCode()), e.channel().name(),
                DossierStatus.RECEIVED.name(), e.receivedAt(), dueAt, dayStart(dueAt), clock.map(ClockFacts::lateAt).orElse(dueAt),
                null, false, false, e.digitised(), e.reused(), false, null, 0, null, null, false));
    }

    @EventListener
    void statusChanged(DossierStatusChanged e) {
        facts.status(e.code(), e.status().name(), e.at(), e.status().isFinal());
    }

    @EventListener
    void documentAdded(DossierDocumentAdded e) {
        if (e.kind() == DossierDocumentAdded.Kind.COMPONENT) {
            facts.componentAdded(e.code(), e.reused());
        } else {
            facts.resultIssued(e.code());
        }
    }

    @EventListener
    void clockChanged(ClockChanged e) {
        boolean awaitingReception = Dossiers.RECEPTION_CLOCK.equals(e.clockKey())
                && clocks.find(e.dossier(), Dossiers.DOSSIER_CLOCK).isEmpty();
        if (Dossiers.DOSSIER_CLOCK.equals(e.clockKey()) || awaitingReception) {
            clocks.find(e.dossier(), e.clockKey()).map(c -> ClockFacts.of(c, zone)).ifPresent(c -> facts.clock(e.dossier(),
                    c.dueAt(), c.dueDayStartsAt(), c.lateAt(), c.apologyAt(), c.supplementRequests(), c.supplementFrom(),
                    c.supplementUntil()));
        }
    }

    @EventListener
    void feeLinesRecorded(FeeLinesRecorded e) {
        facts.feeBearing(e.dossierCode(), e.totalVnd() > 0);
    }

    @EventListener
    void paymentReceived(PaymentReceived e) {
        facts.paidOnline(e.dossierCode());
    }

    /**
     * The clock the reports hold the dossier to: its dossier clock (the appointment), or while it awaits reception
     * (a procedure counted from acceptance) its reception clock.
     */
    private java.util.Optional<vn.motcua.deadline.ClockView> heldTo(String code) {
        return clocks.find(code, Dossiers.DOSSIER_CLOCK).or(() -> clocks.find(code, Dossiers.RECEPTION_CLOCK));
    }

    /** The procedure's field by its Vietnamese name; a procedure no longer catalogued keeps its code. */
    String fieldOf(String procedureCode) {
        return catalog.find(procedureCode).map(p -> p.field().vi()).orElse(procedureCode);
    }

    java.time.Instant dayStart(java.time.Instant dueAt) {
        return dueAt.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** The whole row of a dossier written before this module kept facts, from the modules' public APIs. */
    Fact rebuild(Dossier dossier, Fees fees, Payments payments) {
        var clock = heldTo(dossier.code()).map(c -> ClockFacts.of(c, zone));
        var dueAt = clock.map(ClockFacts::dueAt).orElse(dossier.dueAt() == null ? dossier.receivedAt() : dossier.dueAt());
        var c = clock.orElse(new ClockFacts(dueAt, dayStart(dueAt), dueAt, null, 0, null, null));
        return new Fact(dossier.code(), dossier.officeId(), dossier.procedureCode(), fieldOf(dossier.procedureCode()),
                dossier.channel().name(), dossier.status().name(), dossier.receivedAt(), dueAt, dayStart(dueAt), c.lateAt(),
                dossier.status().isFinal() ? dossier.finishedAt() : null, fees.totalOf(dossier.code()) > 0 || payments.paidOnline(dossier.code()),
                payments.paidOnline(dossier.code()), !dossier.components().isEmpty(),
                dossier.components().stream().anyMatch(Dossier.ComponentDocument::reused), !dossier.results().isEmpty(),
                c.apologyAt(), c.supplementRequests(), c.supplementFrom(), c.supplementUntil(), false);
    }
}
