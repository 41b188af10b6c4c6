package vn.motcua.reporting.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.identity.StaffRole;

/** The overdue dashboard speaks Vietnamese and English: every label it uses exists in both, translated. */
class OverdueCockpitLabelsTest {

    private static final String APP = "plugin-webapp/overdue/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");
    private static final Pattern USED = Pattern.compile("\\bt\\('([a-zA-Z]+)'");

    @Test
    void hasTheSameLabelsInVietnameseAndEnglish() throws IOException {
        JsonNode labels = labels();

        assertThat(paths(labels.get("vi"), "")).isEqualTo(paths(labels.get("en"), ""));
        assertThat(labels.at("/vi/title").asText()).isEqualTo("Hồ sơ quá hạn / sắp đến hạn");
        assertThat(labels.at("/en/title").asText()).isEqualTo("Overdue dossiers / due soon");
    }

    @Test
    void translatesEveryLabelAndKeepsItsPlaceholders() throws IOException {
        JsonNode labels = labels();
        List<String> untranslated = new ArrayList<>();
        List<String> brokenPlaceholders = new ArrayList<>();
        for (String path : paths(labels.get("vi"), "")) {
            String vi = labels.get("vi").at(path).asText();
            String en = labels.get("en").at(path).asText();
            if (vi.equals(en) && en.length() > 3) {
                untranslated.add(path);
            }
            if (!placeholders(vi).equals(placeholders(en))) {
                brokenPlaceholders.add(path);
            }
        }
        assertThat(untranslated).as("labels left in one language").isEmpty();
        assertThat(brokenPlaceholders).as("labels whose {placeholders} differ").isEmpty();
    }

    @Test
    void namesEveryLabelThePluginUsesEveryStaffRoleAndEveryStageOfTheModels() throws IOException {
        JsonNode vi = labels().get("vi");
        Set<String> used = new TreeSet<>();
        for (String script : List.of("plugin.js", "charts.js")) {
            Matcher m = USED.matcher(text(APP + script));
            while (m.find()) {
                used.add(m.group(1));
            }
        }

        assertThat(used).hasSizeGreaterThan(20).allSatisfy(key -> assertThat(vi.has(key)).as(key).isTrue());
        for (StaffRole role : StaffRole.values()) {
            assertThat(vi.at("/groups/" + role.groupId()).asText()).isEqualTo(role.label());
        }
        assertThat(stagesOfTheModels()).isNotEmpty().allSatisfy(stage -> assertThat(vi.at("/stages/" + stage).isMissingNode()).as(stage).isFalse());
    }

    private static Set<String> stagesOfTheModels() throws IOException {
        Set<String> stages = new TreeSet<>();
        Pattern start = Pattern.compile("deadlines\\.start\\(execution, (?:&#x27;|')([A-Z_]+)(?:&#x27;|')");
        try (Stream<Path> models = Files.walk(Path.of("processes"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = start.matcher(Files.readString(model));
                while (m.find()) {
                    stages.add(m.group(1));
                }
            }
        }
        return stages;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Set<String> paths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode child = node.get(name);
            if (child.isObject()) {
                paths.addAll(paths(child, prefix + "/" + name));
            } else {
                paths.add(prefix + "/" + name);
            }
        }
        return paths;
    }

    /** labels.js is an ES module whose default export is plain JSON. */
    private static JsonNode labels() throws IOException {
        String module = text(APP + "labels.js").strip();
        assertThat(module).startsWith("export default {").endsWith("};");
        return new ObjectMapper().readTree(module.substring("export default ".length(), module.length() - 1));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = OverdueCockpitLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
