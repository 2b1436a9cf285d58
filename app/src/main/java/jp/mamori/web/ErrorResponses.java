package jp.mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds what an error looks like to the reader, in their language: the error page for people, RFC
 * 9457 problem JSON for programs under {@code /api/}. Texts: {@code error.<status>.title} and
 * {@code error.<status>.detail} in the web bundle.
 */
@Component
class ErrorResponses {
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final JsonMapper json;

    private final long maxRequestMegabytes;

    ErrorResponses(
            MessageSource messages,
            JsonMapper json,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:22MB}")
                    org.springframework.util.unit.DataSize maxRequestSize) {
        this.messages = messages;
        this.json = json;
        this.maxRequestMegabytes = maxRequestSize.toMegabytes();
    }

    /** True for requests to the REST API, which always get problem JSON. */
    static boolean isApi(HttpServletRequest request) {
        String uri = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String path = uri.substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    /** A problem for the status, with the standard title and detail texts. */
    ProblemDetail problem(HttpStatusCode status, @Nullable String detailKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(text("error." + family(status) + ".title"));
        if (detailKey == null && status.value() == 413) {
            // the one standard detail that needs a figure: the largest request accepted
            problem.setDetail(text("error.413.detail", maxRequestMegabytes));
        } else {
            problem.setDetail(detailKey != null ? text(detailKey, args) : text("error." + family(status) + ".detail"));
        }
        return problem;
    }

    /** A 400 problem listing every field problem: {@code errors: [{field, message}]}. */
    ProblemDetail invalid(List<InvalidInputException.Problem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalidInput");
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of(
                                "field",
                                p.field(),
                                "message",
                                text(p.messageKey(), p.args().toArray())))
                        .toList());
        return problem;
    }

    /** A 400 problem listing the field errors of a form that was not bound: {@code errors: [{field, message}]}. */
    ProblemDetail invalidFields(List<org.springframework.validation.FieldError> fieldErrors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalidInput");
        problem.setProperty(
                "errors",
                fieldErrors.stream()
                        .map(e -> Map.of(
                                "field",
                                e.getField(),
                                "message",
                                messages.getMessage(e, LocaleContextHolder.getLocale())))
                        .toList());
        return problem;
    }

    /** The error page, or problem JSON for API requests, for a status and an optional detail text. */
    ModelAndView respond(
            HttpServletRequest request, HttpStatusCode status, @Nullable String detailKey, Object... args) {
        return respond(request, problem(status, detailKey, args));
    }

    /** The error page, or problem JSON for API requests, showing the given problem. */
    ModelAndView respond(HttpServletRequest request, ProblemDetail problem) {
        HttpStatus status = HttpStatus.valueOf(problem.getStatus());
        if (isApi(request)) {
            ModelAndView mav = new ModelAndView(problemView(problem));
            mav.setStatus(status);
            return mav;
        }
        ModelAndView page = new ModelAndView("web/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("errorTitle", problem.getTitle());
        page.addObject("detail", problem.getDetail());
        Object errors =
                problem.getProperties() == null ? null : problem.getProperties().get("errors");
        page.addObject("errors", errors == null ? List.of() : errors);
        return page;
    }

    /** A view writing the problem as application/problem+json. */
    View problemView(ProblemDetail problem) {
        return (model, request, response) -> {
            response.setStatus(problem.getStatus());
            response.setContentType(PROBLEM_JSON.toString());
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), asMap(problem));
        };
    }

    /** The problem as a plain map in RFC 9457 member order, extension members last. */
    static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "type",
                problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String family(HttpStatusCode status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 409, 413, 415, 429 -> Integer.toString(status.value());
            default -> status.is4xxClientError() ? "400" : "500";
        };
    }
}
