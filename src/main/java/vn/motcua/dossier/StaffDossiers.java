package vn.motcua.dossier;

import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.NotFound;

/**
 * What staff do to a dossier outside its task forms: look at it, refuse it, attach the scans made at the
 * counter. Only staff of the dossier's office may; to anyone else the dossier does not exist.
 */
@Service
@Transactional
public class StaffDossiers {

    private final Dossiers dossiers;
    private final ComponentFiles componentFiles;
    private final IdentityService identity;
    private final PublicDossiers views;

    StaffDossiers(Dossiers dossiers, ComponentFiles componentFiles, IdentityService identity, PublicDossiers views) {
        this.dossiers = dossiers;
        this.componentFiles = componentFiles;
        this.identity = identity;
        this.views = views;
    }

    /** The dossier as staff see it: every component with its earlier versions, who handed each in and when. */
    @Transactional(readOnly = true)
    public DossierView view(String code) {
        officeStaff(code);
        return views.staffView(dossiers.get(code));
    }

    public DossierView reject(String code, String reason) {
        var officer = officeStaff(code);
        return views.staffView(dossiers.reject(code, officer.getUserId(), reason));
    }

    /**
     * A scan of a component made at the counter, digitised into the applicant's store and attached as the component's
     * current document; a document it replaces (an earlier scan, an upload) stays in the component's history.
     */
    public DossierView attachScan(String code, String componentCode, String fileName, InputStream content) {
        var clerk = officeStaff(code);
        Dossier dossier = dossiers.get(code);
        var file = new PublicDossiers.File(componentCode, fileName, -1, () -> content);
        componentFiles.digitise(dossiers.procedureOf(dossier), dossier.applicant().idNumber().value(), clerk.getUserId(),
                List.of(file), part -> "file").forEach(component -> dossiers.addComponent(code, component, clerk.getUserId()));
        return views.staffView(dossiers.get(code));
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
