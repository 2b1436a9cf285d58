package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every handler says who may call it (docs/architecture.md, "Authorisation"): each request-mapping
 * method of a controller carries {@code @PreAuthorize}, on itself or on its class, and is public,
 * since method security is only sure to apply to public methods. The few handlers that must answer
 * before anyone is signed in are listed below, each with its reason; the filter chains guard them.
 */
class HandlerAuthorisationTests {
    /** Controllers reached before sign-in; their URL rules are in the security module's filter chains. */
    static final Set<String> OPEN = Set.of(
            // the container's error page: also shown for unknown URLs and refusals before sign-in
            "jp.mamori.web.ErrorPages",
            // the sign-in page and the second step (the filter chain lets only MFA_PENDING reach it)
            "jp.mamori.security.web.SignInPages",
            // the first administrator, created with the one-time setup token before any account exists
            "jp.mamori.security.web.SetupPages");

    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.mamori");

    @Test
    void every_handler_declares_who_may_call_it_and_is_public() {
        List<String> problems = new ArrayList<>();
        for (JavaClass controller : APP) {
            if (!controller.isMetaAnnotatedWith(Controller.class) || OPEN.contains(controller.getName())) {
                continue;
            }
            for (JavaMethod handler : handlers(controller)) {
                if (!handler.isAnnotatedWith(PreAuthorize.class) && !controller.isAnnotatedWith(PreAuthorize.class)) {
                    problems.add(handler.getFullName() + " has no @PreAuthorize");
                } else if (!handler.getModifiers().contains(JavaModifier.PUBLIC)) {
                    problems.add(handler.getFullName() + " carries @PreAuthorize but is not public");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_open_list_names_only_controllers_that_exist() {
        for (String name : OPEN) {
            assertThat(handlers(APP.get(name))).as(name).isNotEmpty();
        }
    }

    private static List<JavaMethod> handlers(JavaClass controller) {
        return controller.getMethods().stream()
                .filter(m -> m.isMetaAnnotatedWith(RequestMapping.class))
                .toList();
    }
}
