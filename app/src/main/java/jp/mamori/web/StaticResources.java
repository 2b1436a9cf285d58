package jp.mamori.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files (style sheets, scripts, images, htmx from its webjar), linked with a content hash in
 * their name ({@code /css/mamori-<md5>.css}) and cached for a year: a changed file gets a new name.
 *
 * <p>Registered under their own folders only, not under {@code /**} (Spring Boot's default, switched off
 * with {@code spring.web.resources.add-mappings: false}). With {@code /**}, every {@code @{...}} link a
 * page writes ({@code /assets/123}, fifty per list page) was looked up as a file on the class path
 * before it was written, and a miss is never cached: about half of the asset list's CPU (issue 17).
 * Now a link outside these folders matches no resource pattern and is written as it is.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {
    private static final CacheControl A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(A_YEAR)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
