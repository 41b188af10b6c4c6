package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.digitisation.DocumentRejected;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.NewDocument;
import vn.motcua.shared.Conflict;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.InvalidRequest.FieldProblem;
import vn.motcua.shared.SystemEngineAccess;

/**
 * The applicant hands in what a supplement request (form 02) asked for: the files join the dossier
 * and its process, waiting on the message {@value #SUPPLEMENT_RECEIVED}, resumes its clocks.
 */
@Service
@Transactional
class Supplements {

    static final String SUPPLEMENT_RECEIVED = "SupplementReceived";

    private final Dossiers dossiers;
    private final Documents documents;
    private final RuntimeService runtime;
    private final SystemEngineAccess system;

    Supplements(Dossiers dossiers, Documents documents, RuntimeService runtime, SystemEngineAccess system) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.runtime = runtime;
        this.system = system;
    }

    Dossier supplement(String code, String idNumber, List<PublicDossiers.File> files) {
        Dossier dossier = dossiers.lookup(code, idNumber);
        if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw new Conflict("dossier " + code + " is " + dossier.status() + ", no supplement is awaited");
        }
        var procedure = dossiers.procedureOf(dossier);
        List<FieldProblem> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(new FieldProblem("components", "at least one file is required"));
        }
        for (PublicDossiers.File file : files) {
            String field = "components." + file.part();
            var component = procedure.component(file.part());
            if (component.isEmpty()) {
                problems.add(new FieldProblem(field, "is not a component of procedure " + procedure.code()));
                continue;
            }
            try (InputStream content = file.content().open()) {
                var stored = documents.digitise(new NewDocument(idNumber, file.fileName(), content, OnlineIntake.ONLINE_SCANNER, file.part()));
                if (!component.get().formats().contains(stored.format().name())) {
                    problems.add(new FieldProblem(field, "'" + file.fileName() + "' is " + stored.format()
                            + "; this component accepts " + component.get().formats()));
                } else {
                    dossiers.addComponent(code, new Dossier.ComponentDocument(file.part(), stored.id(), false));
                }
            } catch (DocumentRejected e) {
                problems.add(new FieldProblem(field, "'" + file.fileName() + "': " + e.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        system.run(() -> runtime.createMessageCorrelation(SUPPLEMENT_RECEIVED).processInstanceBusinessKey(code).correlate());
        return dossiers.get(code);
    }
}
