package vn.motcua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a clerk reads in the webapps is Vietnamese: every served locale file, every form under {@code forms/}
 * and our overrides are scanned for the English and technical text clerks met (form-js's English messages,
 * raw deadline rules, ISO dates, "citizen", the Camunda 8 migration banner, logins where names belong).
 */
class VietnameseSurfaceTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

    /** Text a clerk must not read, each with why. */
    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "form-js's English 'Field is required'", Pattern.compile("Field is required"),
            "form-js's English 'Field must match pattern'", Pattern.compile("Field must match pattern"),
            "the English 'Select'", Pattern.compile("\\bSelect\\b"),
            "'citizen' instead of 'công dân'", Pattern.compile("\\bcitizens?\\b", Pattern.CASE_INSENSITIVE),
            "a raw deadline rule (WD:n, WH:n, SAME_DAY)", Pattern.compile("\\b(WD|WH):\\d+|\\bSAME_DAY\\b"),
            "an ISO date or its pattern", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|yyyy-mm-dd", Pattern.CASE_INSENSITIVE),
            "the Camunda 8 migration notice", Pattern.compile("Camunda 8"));

    /** Form keys holding logins or office ids: a form shows the person's or the office's name instead. */
    private static final Pattern ID_KEY = Pattern.compile(".*By|assignee|officeId|tenantId|office");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void servesNoEnglishOrTechnicalTextInTheVietnameseLocale(String app) throws IOException {
        JsonNode labels = json(resource(APP + app + "/locales/vi.json")).get("labels");
        List<String> found = new ArrayList<>();
        labels.fields().forEachRemaining(label -> found.addAll(problems(app + " " + label.getKey(), label.getValue().asText())));

        assertThat(found).isEmpty();
    }

    @Test
    void showsNoEnglishOrTechnicalTextInAnyForm() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path form : forms()) {
            visibleComponents(json(Files.readString(form)).get("components"), component -> {
                String where = form + " " + component.path("id").asText();
                for (String property : List.of("label", "text", "description", "dateLabel", "timeLabel", "placeholder")) {
                    found.addAll(problems(where + " " + property, component.path(property).asText("")));
                }
                component.path("values").forEach(v -> found.addAll(problems(where + " value", v.path("label").asText(""))));
                if (ID_KEY.matcher(component.path("key").asText("")).matches()) {
                    found.add(where + ": shows the id " + component.path("key").asText() + " where a name belongs");
                }
            });
        }

        assertThat(found).isEmpty();
    }

    @Test
    void explainsInWordsTheFormatOfEveryFieldWithAPattern() throws IOException {
        List<String> unexplained = new ArrayList<>();
        for (Path form : forms()) {
            visibleComponents(json(Files.readString(form)).get("components"), component -> {
                if (component.path("validate").has("pattern") && component.path("description").asText("").isBlank()) {
                    unexplained.add(form + " " + component.path("id").asText());
                }
            });
        }

        assertThat(unexplained).as("pattern fields without a description saying the format").isEmpty();
    }

    @Test
    void hidesTheCamunda8BannerInEveryApp() throws IOException {
        for (String app : APPS) {
            assertThat(json(resource(APP + app + "/locales/vi.json")).at("/labels/BANNER_CE_EOL_TEXT").asText())
                    .as(app + " banner text").isEmpty();
            assertThat(resource(APP + app + "/styles/user-styles.css")).as(app + " user-styles.css")
                    .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none;");
        }
    }

    @Test
    void translatesFormJsMessagesInTasklist() throws IOException {
        String config = resource(APP + "tasklist/scripts/config.js");
        String script = resource(APP + "tasklist/scripts/motcua-form-messages.js");

        assertThat(config).contains("customScripts: ['scripts/motcua-form-messages']");
        assertThat(script).contains("^Field is required\\.$", "^Field must match pattern ", "^Select$")
                .contains("Vui lòng nhập mục này.", "Chưa đúng định dạng", "'Chọn'");
    }

    @Test
    void showsTheDueSoonWindowInWordsOnTheOverduePage() throws IOException {
        String plugin = resource("plugin-webapp/overdue/app/plugin.js");

        assertThat(plugin).doesNotContain("data.dueSoonRule").contains("data.dueSoonInWords");
    }

    private static List<String> problems(String where, String text) {
        List<String> found = new ArrayList<>();
        FORBIDDEN.forEach((why, pattern) -> {
            if (pattern.matcher(text).find()) {
                found.add(where + ": " + why + " in \"" + text + "\"");
            }
        });
        return found;
    }

    private static void visibleComponents(JsonNode components, java.util.function.Consumer<JsonNode> visit) {
        if (components == null) {
            return;
        }
        for (JsonNode component : components) {
            visit.accept(component);
            visibleComponents(component.get("components"), visit);
        }
    }

    private static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            List<Path> forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
            assertThat(forms).isNotEmpty();
            return forms;
        }
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text.replace("\uFEFF", ""));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = VietnameseSurfaceTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
