package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.Procedure;
import vn.motcua.digitisation.DocumentRejected;
import vn.motcua.digitisation.Documents;
import vn.motcua.digitisation.NewDocument;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.InvalidRequest.FieldProblem;

/**
 * Files handed in for a procedure's components (online, as a supplement, scanned at the counter):
 * each is digitised into the applicant's store and must be of a format its component accepts. Every
 * problem of every file is reported at once, under the field the caller names.
 */
@Component
class ComponentFiles {

    private final Documents documents;

    ComponentFiles(Documents documents) {
        this.documents = documents;
    }

    List<Dossier.ComponentDocument> digitise(Procedure procedure, String owner, String scannedBy,
            List<PublicDossiers.File> files, UnaryOperator<String> fieldOfComponent) {
        List<Dossier.ComponentDocument> stored = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        boolean overBudget = false;
        for (PublicDossiers.File file : files) {
            String field = fieldOfComponent.apply(file.part());
            var component = procedure.component(file.part());
            if (component.isEmpty()) {
                problems.add(new FieldProblem(field, "is not a component of procedure " + procedure.code()));
                continue;
            }
            try (InputStream content = file.content().open()) {
                var document = documents.digitise(new NewDocument(owner, file.fileName(), content, scannedBy, file.part()));
                if (component.get().formats().contains(document.format().name())) {
                    stored.add(new Dossier.ComponentDocument(file.part(), document.id(), false));
                } else {
                    problems.add(new FieldProblem(field, "'" + file.fileName() + "' is " + document.format()
                            + "; this component accepts " + component.get().formats()));
                }
            } catch (DocumentRejected e) {
                problems.add(new FieldProblem(field, "'" + file.fileName() + "': " + e.getMessage()));
                overBudget |= e.reason() == DocumentRejected.Reason.PDF_OVER_BUDGET;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            // a well-formed PDF too costly to read is not a malformed request
            throw overBudget ? InvalidRequest.unprocessable(problems) : new InvalidRequest(problems);
        }
        return stored;
    }
}
