package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every fixed message key the incident templates and classes name is in both bundles. */
class IncidentBundleTest {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(incident\\.[A-Za-z0-9_.]+[A-Za-z0-9_])");
    private static final Pattern JAVA_KEY =
            Pattern.compile("\"(incident\\.(?:error|page|escalation)\\.[A-Za-z0-9_.]+)\"");

    @Test
    void every_key_in_the_incident_templates_and_classes_has_japanese_and_english_text() throws IOException {
        Properties ja = ReportingRulesTest.bundle("i18n/incident_ja.properties");
        Properties en = ReportingRulesTest.bundle("i18n/incident_en.properties");
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/resources/templates/incident"), TEMPLATE_KEY, keys);
        collect(Path.of("src/main/java/jp/mamori/incident"), JAVA_KEY, keys);
        // plan keys belong to the plan page and arrive with it
        keys.removeIf(key -> key.startsWith("incident.plan."));

        assertThat(keys).contains("incident.page.list", "incident.error.evidence.tooLarge", "incident.escalation.note");
        assertThat(keys).allSatisfy(key -> {
            assertThat(ja.getProperty(key)).as("ja " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        });
    }

    private static void collect(Path dir, Pattern pattern, Set<String> keys) throws IOException {
        // the module's sub-packages (incident.web) too
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }
}
