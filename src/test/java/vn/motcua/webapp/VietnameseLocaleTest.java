package vn.motcua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every string the stock Camunda webapps show in English has a Vietnamese translation. */
class VietnameseLocaleTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    /** Labels left blank on purpose: the Camunda 8 migration notice (see styles/user-styles.css). */
    private static final Set<String> SILENCED = Set.of("BANNER_CE_EOL_TEXT");
    private static final Pattern MARKUP = Pattern.compile("\\{\\{[^}]*}}|</?[a-zA-Z][^>]*>");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void translatesEveryLabelOfTheApp(String app) throws IOException {
        JsonNode english = read(APP + app + "/locales/en.json").get("labels");
        JsonNode vietnamese = read(APP + app + "/locales/vi.json").get("labels");

        assertThat(names(vietnamese)).containsExactlyInAnyOrderElementsOf(names(english));
        List<String> untranslated = new ArrayList<>();
        List<String> brokenMarkup = new ArrayList<>();
        english.fields().forEachRemaining(label -> {
            String en = label.getValue().asText();
            String vi = vietnamese.get(label.getKey()).asText();
            if (en.length() > 12 && en.contains(" ") && en.equals(vi) && !en.contains("Camunda")) {
                untranslated.add(label.getKey());
            }
            if (!markup(en).equals(markup(vi)) && !SILENCED.contains(label.getKey())) {
                brokenMarkup.add(label.getKey());
            }
        });
        assertThat(untranslated).as("labels still in English").isEmpty();
        assertThat(brokenMarkup).as("labels whose placeholders or tags changed").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void translatesDatesIntoVietnamese(String app) throws IOException {
        JsonNode dates = read(APP + app + "/locales/vi.json").get("dateLocales");

        assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("Thứ hai");
        assertThat(dates.get("months").size()).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void makesVietnameseTheDefaultWithEnglishOnRequest(String app) throws IOException {
        String config = text(APP + app + "/scripts/config.js");
        String locale = text(APP + "motcua-locale.js");

        assertThat(config).contains("import { locales } from '../../motcua-locale.js'").contains("locales");
        assertThat(locale).contains("=== 'en' ? 'en' : 'vi'").contains("get('lang')");
    }

    private static List<String> markup(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static JsonNode read(String resource) throws IOException {
        return new ObjectMapper().readTree(text(resource).replace("\uFEFF", ""));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = VietnameseLocaleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
