package jp.mamori.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the JSON body of an API request (and the type it is read into) for the length of the
 * request, so that when Jackson refuses it {@link ApiErrors} can name every bad field with
 * {@link BodyFields}, not only the first. Bodies above {@link #MAX_KEPT} bytes are read as they come
 * and not kept (they are answered with the first problem only).
 */
@ControllerAdvice(annotations = RestController.class)
class BodyCapture extends RequestBodyAdviceAdapter {
    static final int MAX_KEPT = 1024 * 1024;
    private static final String BODY = BodyCapture.class.getName() + ".body";
    private static final String TARGET = BodyCapture.class.getName() + ".target";

    private final JsonMapper mapper;

    BodyCapture(JsonMapper mapper) {
        // the strings of a body are read under the same text rule as the message converter's
        this.mapper = mapper.rebuild().addModule(TextInputJson.module()).build();
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return message;
        }
        InputStream in = message.getBody();
        byte[] head = in.readNBytes(MAX_KEPT + 1);
        if (head.length > MAX_KEPT) {
            InputStream rest = new java.io.SequenceInputStream(new ByteArrayInputStream(head), in);
            return replay(message.getHeaders(), rest);
        }
        request.setAttribute(BODY, head, RequestAttributes.SCOPE_REQUEST);
        request.setAttribute(TARGET, targetType, RequestAttributes.SCOPE_REQUEST);
        return replay(message.getHeaders(), new ByteArrayInputStream(head));
    }

    /** Every bad field of the kept body of this request; empty when no body was kept. */
    List<Problem> problems() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return List.of();
        }
        @Nullable Object body = request.getAttribute(BODY, RequestAttributes.SCOPE_REQUEST);
        @Nullable Object target = request.getAttribute(TARGET, RequestAttributes.SCOPE_REQUEST);
        if (!(body instanceof byte[] bytes) || !(target instanceof Type type)) {
            return List.of();
        }
        return BodyFields.problems(mapper, bytes, type);
    }

    private static HttpInputMessage replay(HttpHeaders headers, InputStream body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
