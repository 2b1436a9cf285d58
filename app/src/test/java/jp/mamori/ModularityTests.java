package jp.mamori;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;

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
                .contains(
                        "web",
                        "shared",
                        "security",
                        "organization",
                        "audittrail",
                        "notification",
                        "printing",
                        "asset",
                        "policy",
                        "incident",
                        "control",
                        "audit",
                        "system")
                .doesNotContain("netcheck");
    }

    /**
     * Modules whose pages have not yet moved into their {@code web} package (issue 22 point 7). A
     * module leaves this list when its owner splits it; a new module never enters it.
     */
    static final Set<String> NOT_YET_SPLIT = Set.of();

    /**
     * The package layout of every business module (docs/architecture.md): its controllers live in
     * {@code jp.mamori.<module>.web} and are named {@code *Pages} (HTML) or {@code *Api} (REST). The
     * {@code web} module itself (error pages, home) is the shell around them and exempt.
     */
    @Test
    void every_module_keeps_its_controllers_in_its_web_package_named_pages_or_api() {
        JavaClasses app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.mamori");
        String[] exempt =
                NOT_YET_SPLIT.stream().map(m -> "jp.mamori." + m + "..").toArray(String[]::new);
        classes()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .and()
                .resideOutsideOfPackages("jp.mamori.web..")
                .and()
                .resideOutsideOfPackages(exempt)
                .should()
                .resideInAPackage("jp.mamori.*.web")
                .check(app);
        classes()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .and()
                .resideOutsideOfPackages("jp.mamori.web..")
                .should()
                .haveSimpleNameEndingWith("Pages")
                .orShould()
                .haveSimpleNameEndingWith("Api")
                .check(app);
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
