package vn.motcua.dossier.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.motcua.dossier.FeeCollection;

/** The inputs of the fee-collection call activity that the caller gave (the others come from the dossier's details). */
final class FeeInputs {

    private static final List<String> NAMES = List.of(FeeCollection.PAGES, FeeCollection.COPIES, FeeCollection.CASES,
            FeeCollection.CLAIMED, FeeCollection.GRANTED);

    private FeeInputs() {
    }

    static Map<String, Object> of(VariableScope scope) {
        Map<String, Object> given = new HashMap<>();
        for (String name : NAMES) {
            Object value = scope.getVariable(name);
            if (value != null) {
                given.put(name, value);
            }
        }
        return given;
    }
}
