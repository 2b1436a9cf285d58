package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, tested: each business area may use another only through that module's
 * root package (its API), and no cycles. Also writes the module diagrams into docs/modules/.
 */
class ModularityTests {
    /**
     * netcheck shares the jp.mamori package prefix but is a plain library (its own Maven module, no
     * Spring), not an application module: the launcher may call into its command-line package.
     */
    static final ApplicationModules MODULES =
            ApplicationModules.of(Mamori.class, JavaClass.Predicates.resideInAPackage("jp.mamori.netcheck.."));

    @Test
    void modules_use_each_other_only_through_their_apis() {
        MODULES.verify();
    }

    @Test
    void the_expected_modules_exist() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("web", "audittrail", "security", "organization", "shared")
                .doesNotContain("netcheck");
    }

    @Test
    void module_diagrams_are_written_into_the_docs() {
        Path out = Path.of("..", "docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Files.exists(out.resolve("components.puml"))).isTrue();
    }
}
