package jp.mamori.web;

import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handlers that fail on purpose, for {@link ErrorHandlingTests}. They live in the test sources only
 * and are picked up by component scanning in the shared test context.
 */
final class ErrorTestEndpoints {
    private ErrorTestEndpoints() {}

    @Controller
    static class Pages {
        @GetMapping("/test-errors/not-found")
        String notFound() {
            throw new NotFoundException("unit", 999);
        }

        @GetMapping("/test-errors/things/{id}")
        String thing(@PathVariable long id) {
            return "redirect:/"; // never reached: the tests give ids that do not parse
        }

        @GetMapping("/test-errors/forbidden")
        String forbidden() {
            throw new AuthorizationDeniedException("denied");
        }
    }

    @RestController
    static class Api {
        @GetMapping("/api/v1/test-errors/not-found")
        String notFound() {
            throw new NotFoundException("person", 999);
        }

        @GetMapping("/api/v1/test-errors/things/{id}")
        String thing(@PathVariable long id) {
            return "ok";
        }

        @GetMapping("/api/v1/test-errors/invalid")
        String invalid() {
            throw InvalidInputException.of("email", "error.missingParameter", "email");
        }

        @GetMapping("/api/v1/test-errors/forbidden")
        String forbidden() {
            throw new AuthorizationDeniedException("denied");
        }
    }
}
