package vn.motcua;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The house stands: no module reaches into another's internals, no cycles between modules. */
class ModularityTest {

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(MotcuaApplication.class).verify();
    }
}
