package vn.motcua.dossier;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.Conflict;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.SystemEngineAccess;

/**
 * The applicant hands in what a supplement request (form 02) asked for: the files join the dossier
 * and every stage of its process waiting on the message {@value #SUPPLEMENT_RECEIVED} (parallel stages may have
 * asked at once, see {@code processes/common/supplement.bpmn}) resumes with its clocks.
 */
@Service
@Transactional
class Supplements {

    static final String SUPPLEMENT_RECEIVED = "SupplementReceived";

    private final Dossiers dossiers;
    private final ComponentFiles componentFiles;
    private final RuntimeService runtime;
    private final SystemEngineAccess system;

    Supplements(Dossiers dossiers, ComponentFiles componentFiles, RuntimeService runtime, SystemEngineAccess system) {
        this.dossiers = dossiers;
        this.componentFiles = componentFiles;
        this.runtime = runtime;
        this.system = system;
    }

    Dossier supplement(String code, String idNumber, List<PublicDossiers.File> files) {
        Dossier dossier = dossiers.lookup(code, idNumber);
        if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw new Conflict("dossier " + code + " is " + dossier.status() + ", no supplement is awaited");
        }
        if (files.isEmpty()) {
            throw new InvalidRequest("components", "at least one file is required");
        }
        componentFiles.digitise(dossiers.procedureOf(dossier), idNumber, OnlineIntake.ONLINE_SCANNER, files, part -> "components." + part)
                .forEach(component -> dossiers.addComponent(code, component, OnlineIntake.ONLINE_SCANNER));
        int resumed = system.call(() -> runtime.createMessageCorrelation(SUPPLEMENT_RECEIVED).processInstanceBusinessKey(code)
                .tenantId(dossier.officeId()).correlateAllWithResult().size());
        if (resumed == 0) {
            throw new Conflict("dossier " + code + " has no stage waiting for a supplement");
        }
        return dossiers.get(code);
    }
}
