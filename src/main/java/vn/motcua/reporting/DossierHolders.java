package vn.motcua.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Who holds a dossier, as {@code mc_dossier_watch.holders} keeps it: {@code |GROUP:tiep-nhan|USER:letan.anphu|}, each
 * holder once, sorted; "" for nobody. Ids are Camunda user and group ids (letters, digits, '.', '_', '-'), so '|' and
 * ':' never occur in them.
 */
public final class DossierHolders {

    private DossierHolders() {
    }

    /** The text of these holders, each given as {@code TYPE:id}. */
    public static String text(Collection<String> typeAndId) {
        return typeAndId.isEmpty() ? "" : "|" + String.join("|", new TreeSet<>(typeAndId)) + "|";
    }

    /** A LIKE pattern (escape character '\') that matches the text of holders among which is this one. */
    static String pattern(String type, String id) {
        return "%|" + type + ":" + id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%";
    }

    /** The holders of a text, each as {type, id}. */
    static List<String[]> parse(String text) {
        List<String[]> holders = new ArrayList<>();
        for (String holder : text.split("\\|")) {
            int colon = holder.indexOf(':');
            if (colon > 0) {
                holders.add(new String[] {holder.substring(0, colon), holder.substring(colon + 1)});
            }
        }
        return holders;
    }
}
