package jp.mamori.web;

import java.beans.PropertyEditorSupport;
import jp.mamori.shared.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies {@link TextInput} to every string bound from a request — form fields, form records,
 * request parameters — for every controller, pages and API alike (JSON bodies: {@link
 * TextInputJson}). A refused text becomes a field error in the reader's language naming the
 * character ({@code text.refused.*} in the web bundle), shown next to the field like any other.
 */
@ControllerAdvice
class TextInputBinding {

    /**
     * Binders that check form values before a form record is constructed: a conversion failure
     * during constructor binding would leave the binding result without its target, and the form
     * page would lose the error (spring-framework#24372). The refused value is replaced by its
     * acceptable characters for the constructor, and the refusal is added as a field error of the
     * constructed form.
     */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations checkingBinders() {
        return new org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations() {
            @Override
            public org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter
                    getRequestMappingHandlerAdapter() {
                return new org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter() {
                    @Override
                    protected org.springframework.web.method.annotation.InitBinderDataBinderFactory
                            createDataBinderFactory(
                                    java.util.List<org.springframework.web.method.support.InvocableHandlerMethod>
                                            methods) {
                        return new org.springframework.web.servlet.mvc.method.annotation
                                .ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
                            @Override
                            protected org.springframework.web.bind.ServletRequestDataBinder createBinderInstance(
                                    @Nullable Object target,
                                    String objectName,
                                    org.springframework.web.context.request.NativeWebRequest request) {
                                return new CheckingBinder(target, objectName);
                            }
                        };
                    }
                };
            }
        };
    }

    /** The framework's binder, checking text before constructor binding. */
    static final class CheckingBinder
            extends org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder {
        CheckingBinder(@Nullable Object target, String objectName) {
            super(target, objectName);
        }

        @Override
        public void construct(ValueResolver resolver) {
            java.util.Map<String, TextInput.RefusedException> refusals = new java.util.LinkedHashMap<>();
            java.util.Map<String, Object> rejected = new java.util.HashMap<>();
            java.util.List<org.springframework.beans.TypeMismatchException> mismatches = new java.util.ArrayList<>();
            super.construct(new ValueResolver() {
                @Override
                public @Nullable Object resolveValue(String name, Class<?> type) {
                    Object value = resolver.resolveValue(name, type);
                    if ((value instanceof String || value instanceof String[])
                            && type != String.class
                            && type != String[].class
                            && type != Object.class
                            && !java.util.Collection.class.isAssignableFrom(type)) {
                        // a value that does not convert (a date or number field holding text) would leave
                        // the form unconstructed and its page without the error: the field gets a
                        // typeMismatch error and the form is built without that value
                        try {
                            convertIfNecessary(value, type);
                        } catch (org.springframework.beans.TypeMismatchException e) {
                            e.initPropertyName(name);
                            mismatches.add(e);
                            return null;
                        }
                    }
                    if (value instanceof String text) {
                        return checked(name, text);
                    }
                    if (value instanceof String[] texts) {
                        String[] kept = new String[texts.length];
                        for (int i = 0; i < texts.length; i++) {
                            kept[i] = checked(name, texts[i]);
                        }
                        return kept;
                    }
                    return value;
                }

                private String checked(String name, String text) {
                    try {
                        TextInput.check(text);
                        return text;
                    } catch (TextInput.RefusedException e) {
                        refusals.putIfAbsent(name, e);
                        String kept = withoutRefused(text);
                        rejected.putIfAbsent(name, kept);
                        return kept;
                    }
                }

                @Override
                public java.util.Set<String> getNames() {
                    return resolver.getNames();
                }
            });
            if (getTarget() == null) {
                return;
            }
            BindingResult result = getBindingResult();
            for (org.springframework.beans.TypeMismatchException e : mismatches) {
                getBindingErrorProcessor().processPropertyAccessException(e, result);
            }
            refusals.forEach((field, refused) -> result.addError(new FieldError(
                    result.getObjectName(),
                    field,
                    rejected.get(field),
                    true,
                    new String[] {"text.refused." + refused.problem().name()},
                    new Object[] {refused.codePointText()},
                    refused.getMessage())));
        }
    }

    @InitBinder
    void cleanText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleaningEditor());
        binder.setBindingErrorProcessor(new RefusalAsFieldError());
    }

    /** Cleans on the way in; an empty result stays "" so that {@code @NotBlank} applies. */
    static final class CleaningEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(@Nullable String text) {
            setValue(text == null ? null : TextInput.clean(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** Turns a {@link TextInput.RefusedException} into a field error with its own message. */
    static final class RefusalAsFieldError extends DefaultBindingErrorProcessor {
        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            TextInput.RefusedException refused = refusal(ex);
            if (refused == null) {
                super.processPropertyAccessException(ex, result);
                return;
            }
            String field = ex.getPropertyName() == null ? "" : ex.getPropertyName();
            Object rejected = ex.getValue() instanceof String s ? withoutRefused(s) : ex.getValue();
            result.addError(new FieldError(
                    result.getObjectName(),
                    field,
                    rejected,
                    true,
                    new String[] {"text.refused." + refused.problem().name()},
                    new Object[] {refused.codePointText()},
                    refused.getMessage()));
        }
    }

    static TextInput.@Nullable RefusedException refusal(@Nullable Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TextInput.RefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    /** The text shown again in the form: without the characters that were refused. */
    static String withoutRefused(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = String.valueOf(text.charAt(i));
            if (Character.isSurrogate(text.charAt(i))
                    && i + 1 < text.length()
                    && Character.isHighSurrogate(text.charAt(i))
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(text, i, i + 2);
                i++;
                continue;
            }
            try {
                TextInput.check(one);
                kept.append(one);
            } catch (TextInput.RefusedException ignored) {
                // left out
            }
        }
        return kept.toString();
    }
}
