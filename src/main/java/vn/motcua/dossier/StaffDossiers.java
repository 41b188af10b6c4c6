package vn.motcua.dossier;

import java.io.InputStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.digitisation.DocumentRejected;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.NewDocument;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.NotFound;

/**
 * What staff do to a dossier outside its task forms: refuse it, attach the scans made at the
 * counter. Only staff of the dossier's office may; to anyone else the dossier does not exist.
 */
@Service
@Transactional
public class StaffDossiers {

    private final Dossiers dossiers;
    private final Documents documents;
    private final IdentityService identity;
    private final PublicDossiers views;

    StaffDossiers(Dossiers dossiers, Documents documents, IdentityService identity, PublicDossiers views) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.identity = identity;
        this.views = views;
    }

    public Dossier reject(String code, String reason) {
        var officer = officeStaff(code);
        return dossiers.reject(code, officer.getUserId(), reason);
    }

    /** A scan of a component made at the counter, digitised into the applicant's store and attached. */
    public Dossier attachScan(String code, String componentCode, String fileName, InputStream content) {
        var clerk = officeStaff(code);
        Dossier dossier = dossiers.get(code);
        var procedure = dossiers.procedureOf(dossier);
        var component = procedure.component(componentCode).orElseThrow(() -> new InvalidRequest("componentCode",
                "is not a component of procedure " + procedure.code()));
        try {
            var stored = documents.digitise(new NewDocument(dossier.applicant().idNumber().value(), fileName, content,
                    clerk.getUserId(), componentCode));
            if (!component.formats().contains(stored.format().name())) {
                throw new InvalidRequest("file", "'" + fileName + "' is " + stored.format() + "; this component accepts " + component.formats());
            }
            dossiers.addComponent(code, new Dossier.ComponentDocument(componentCode, stored.id(), false));
        } catch (DocumentRejected e) {
            throw new InvalidRequest("file", "'" + fileName + "': " + e.getMessage());
        }
        return dossiers.get(code);
    }

    /** A component or result document of the dossier, for staff of its office. */
    @Transactional(readOnly = true)
    public PublicDossiers.DocumentContent document(String code, String documentId) {
        officeStaff(code);
        Dossier dossier = dossiers.get(code);
        return views.document(code, documentId, dossier.applicant().idNumber().value());
    }

    private Authentication officeStaff(String code) {
        Authentication user = identity.getCurrentAuthentication();
        var dossier = dossiers.find(code);
        if (user == null || dossier.isEmpty() || user.getTenantIds() == null
                || !user.getTenantIds().contains(dossier.get().officeId())) {
            throw new NotFound("no dossier with code '" + code + "'");
        }
        return user;
    }
}
