package jp.mamori.web;

import java.util.List;
import jp.mamori.shared.TextInput;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link TextInput} to every string of a JSON request body. Only the converter that reads
 * HTTP bodies gets the rule: JSON the application stored itself (events, audit details) is read with
 * the plain mapper, so older data is never refused on the way out. A refused text fails the body;
 * {@link ApiErrors} answers 400 problem JSON naming the field and the character.
 */
@Configuration(proxyBeanMethods = false)
class TextInputJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        SimpleModule module = module();
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof JacksonJsonHttpMessageConverter json) {
                // the same converter (its place among the others is kept), reading JSON with the rule
                JsonMapper cleaning =
                        json.getMapper().rebuild().addModule(module).build();
                json.registerMappersForType(Object.class, mappers -> {
                    mappers.put(MediaType.APPLICATION_JSON, cleaning);
                    mappers.put(new MediaType("application", "*+json"), cleaning);
                });
            }
        }
    }

    /** The module that puts the rule on every string read (also used by {@link BodyFields}). */
    static SimpleModule module() {
        return new SimpleModule("mamori-text-input").addDeserializer(String.class, new CleaningDeserializer());
    }

    static final class CleaningDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text == null) {
                return null;
            }
            try {
                return TextInput.clean(text);
            } catch (TextInput.RefusedException e) {
                InvalidFormatException invalid = InvalidFormatException.from(
                        p, e.getMessage(), TextInputBinding.withoutRefused(text), String.class);
                invalid.initCause(e);
                throw invalid;
            }
        }
    }
}
