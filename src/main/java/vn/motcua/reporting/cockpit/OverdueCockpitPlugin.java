package vn.motcua.reporting.cockpit;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit page "Hồ sơ quá hạn / sắp đến hạn" (overdue dossiers), found by Cockpit through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}. Its front end lives in
 * {@code plugin-webapp/overdue/app/} on the class path; its API is {@link OverdueCockpitResource}.
 */
public class OverdueCockpitPlugin extends AbstractCockpitPlugin {

    /** The plugin's id: its assets' folder and its API path under /camunda/api/cockpit/plugin/. */
    public static final String ID = "overdue";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(OverdueCockpitResource.class);
    }
}
