package jp.mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised while handling a page, mapped once: unknown id or URL → 404, not allowed → 403,
 * bad input that no form caught → 400. Anything unexpected goes on to {@link ErrorPages} as a
 * 500 page without a stack trace. REST controllers are answered by {@link ApiErrors} first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {
    private final ErrorResponses errors;

    PageErrors(ErrorResponses errors) {
        this.errors = errors;
    }

    // NoHandlerFoundException: an address no controller and no static folder answers (static files are
    // mapped under their own folders only, web.StaticResources)
    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(HttpServletRequest request) {
        return errors.respond(request, HttpStatus.NOT_FOUND, null);
    }

    /** An id that does not parse names nothing that exists (404); another bad parameter is a 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        jp.mamori.shared.TextInput.RefusedException refused = TextInputBinding.refusal(e);
        if (refused != null) {
            return errors.respond(
                    request,
                    errors.invalid(List.of(new InvalidInputException.Problem(
                            e.getName(),
                            "text.refused." + refused.problem().name(),
                            List.of(refused.codePointText())))));
        }
        boolean inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        return inPath
                ? errors.respond(request, HttpStatus.NOT_FOUND, null)
                : errors.respond(request, HttpStatus.BAD_REQUEST, "error.badParameter", e.getName());
    }

    @ExceptionHandler(NotAllowedException.class)
    ModelAndView notAllowed(NotAllowedException e, HttpServletRequest request) {
        return errors.respond(request, HttpStatus.FORBIDDEN, e.messageKey());
    }

    /** Method security said no. Before sign-in the security filters take over (sign-in page). */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView accessDenied(AccessDeniedException e, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            throw e;
        }
        return errors.respond(request, HttpStatus.FORBIDDEN, null);
    }

    @ExceptionHandler(jp.mamori.shared.BusyException.class)
    ModelAndView busy(jp.mamori.shared.BusyException e, HttpServletRequest request) {
        return errors.respond(request, HttpStatus.TOO_MANY_REQUESTS, e.messageKey());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request) {
        return errors.respond(request, errors.invalid(e.problems()));
    }

    /** A form that did not bind (a handler without a BindingResult): 400 listing each field problem. */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    ModelAndView notBound(org.springframework.validation.BindException e, HttpServletRequest request) {
        return errors.respond(request, errors.invalidFields(e.getFieldErrors()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, "error.missingParameter", e.getParameterName());
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ModelAndView badRequest(HttpServletRequest request) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpServletRequest request) {
        return errors.respond(request, HttpStatus.METHOD_NOT_ALLOWED, null);
    }
}
