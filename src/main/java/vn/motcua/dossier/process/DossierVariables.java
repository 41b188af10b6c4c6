package vn.motcua.dossier.process;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;

/** The markdown lists of a dossier's documents that task forms show, with staff links to open them. */
final class DossierVariables {

    private DossierVariables() {
    }

    static String componentLinks(Dossier dossier, Procedure procedure) {
        if (dossier.components().isEmpty()) {
            return "(chưa có thành phần điện tử)";
        }
        return dossier.components().stream().map(c -> "- [" + procedure.component(c.componentCode()).map(p -> p.name().vi())
                .orElse(c.componentCode()) + (c.reused() ? " (tái sử dụng)" : "") + "](/api/dossiers/" + dossier.code()
                + "/documents/" + c.documentId() + ")").collect(Collectors.joining("\n"));
    }

    static String resultLinks(Dossier dossier, Procedure procedure) {
        return resultLinks(dossier.code(), dossier.results(), procedure);
    }

    static String resultLinks(String dossierCode, List<Dossier.ResultDocument> results, Procedure procedure) {
        return results.stream().sorted(Comparator.comparing(Dossier.ResultDocument::resultCode)).map(r -> "- [" + procedure.results().stream().filter(p -> p.code().equals(r.resultCode()))
                .map(p -> p.name().vi()).findFirst().orElse(r.resultCode()) + "](/api/dossiers/" + dossierCode
                + "/documents/" + r.documentId() + ")").collect(Collectors.joining("\n"));
    }
}
