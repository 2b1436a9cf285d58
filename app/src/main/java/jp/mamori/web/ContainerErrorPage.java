package jp.mamori.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.HtmlUtils;

/**
 * The container's last resort, used instead of Tomcat's own English error page: for refusals that
 * happen before the application sees the request (a malformed request line or URL, headers too
 * large) or when the application's error page itself fails. It writes a short page in Japanese,
 * with the product's style sheet, or problem JSON under {@code /api/}; never an exception text.
 * The texts come from the web bundle ({@code error.<status>.*}).
 */
public class ContainerErrorPage extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String family = switch (status) {
            case 400, 401, 403, 404, 405, 409, 413, 415, 429 -> Integer.toString(status);
            default -> status < 500 ? "400" : "500";
        };
        String title = text("error." + family + ".title");
        String detail = text("error." + family + ".detail").replace("{0}", "22");
        String uri = request.getDecodedRequestURI();
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer out = response.getReporter();
            if (out == null) {
                return;
            }
            if (uri != null && uri.startsWith("/api/")) {
                response.setContentType("application/problem+json");
                out.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\"}");
            } else {
                response.setContentType("text/html");
                out.write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>"
                        + HtmlUtils.htmlEscape(title) + " – mamori</title>"
                        + "<link rel=\"stylesheet\" href=\"/css/mamori.css\"></head><body><main class=\"error-page\">"
                        + "<p class=\"error-page__status\">" + status + "</p><h1>" + HtmlUtils.htmlEscape(title)
                        + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">"
                        + HtmlUtils.htmlEscape(text("error.backHome")) + "</a></p></main></body></html>");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response cannot be written: nothing more to do
        }
    }

    private static String text(String key) {
        try {
            return ResourceBundle.getBundle("i18n/web", Locale.JAPANESE, ContainerErrorPage.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
