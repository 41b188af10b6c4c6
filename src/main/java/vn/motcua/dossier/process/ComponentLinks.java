package vn.motcua.dossier.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierDocumentAdded;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.SystemEngineAccess;

/**
 * Keeps the task forms' links to a dossier's components current: a scan at the counter, a re-scan or a supplement
 * after the first step changes the documents the officers are to open, in the transaction that attaches it.
 */
@Component
class ComponentLinks {

    static final String VARIABLE = "componentLinks";

    private final Dossiers dossiers;
    private final RuntimeService runtime;
    private final SystemEngineAccess system;

    ComponentLinks(Dossiers dossiers, RuntimeService runtime, SystemEngineAccess system) {
        this.dossiers = dossiers;
        this.runtime = runtime;
        this.system = system;
    }

    @EventListener
    void componentAdded(DossierDocumentAdded added) {
        if (added.kind() != DossierDocumentAdded.Kind.COMPONENT) {
            return;
        }
        var dossier = dossiers.get(added.code());
        if (dossier.processInstanceId() == null) {
            return;
        }
        String links = DossierVariables.componentLinks(dossier, dossiers.procedureOf(dossier));
        system.run(() -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(dossier.processInstanceId()).count() > 0) {
                runtime.setVariable(dossier.processInstanceId(), VARIABLE, links);
            }
        });
    }
}
