package jp.mamori.web;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The navigation for the signed-in user: only destinations that exist in this build (a GET handler
 * is mapped) and that the user may use. Templates read it as {@code ${@navigation.items()}}; the
 * home page shows the same entries with a short description each.
 */
@Component("navigation")
@ConditionalOnWebApplication
public class Navigation {
    /**
     * One destination. {@code key} names the texts {@code nav.<key>} (link) and
     * {@code nav.<key>.description} (home page).
     */
    public record Item(String path, String key) {}

    private record Entry(String path, String key, Predicate<Access> allowed) {}

    /** Every destination a module offers, in menu order. A new module adds its line here. */
    private static final List<Entry> ENTRIES = List.of(
            new Entry("/notifications", "notifications", Navigation::signedIn),
            new Entry("/assets", "assets", Navigation::signedIn),
            new Entry("/policies", "policies", Navigation::signedIn),
            new Entry("/incidents", "incidents", Navigation::signedIn),
            new Entry("/controls", "controls", Navigation::signedIn),
            new Entry("/soa", "soa", Navigation::canSeeOrganization),
            new Entry("/units", "units", Navigation::canSeeOrganization),
            new Entry("/people", "people", Navigation::canSeeOrganization),
            new Entry("/roles", "roles", Access::canReadAll),
            new Entry("/audit-trail", "auditTrail", Access::canReadAuditTrail),
            new Entry("/admin/users", "users", Access::isAdmin),
            new Entry("/account", "account", Navigation::signedIn));

    private final Access access;
    private final RequestMappingHandlerMapping mappings;
    private volatile @Nullable Set<String> mappedPaths;

    Navigation(Access access, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.access = access;
        this.mappings = mappings;
    }

    private static boolean signedIn(Access access) {
        return Access.current().isPresent();
    }

    /** The destinations this user may open, in menu order. */
    public List<Item> items() {
        Set<String> mapped = mappedPaths();
        return ENTRIES.stream()
                .filter(e -> mapped.contains(e.path()))
                .filter(e -> e.allowed().test(access))
                .map(e -> new Item(e.path(), e.key()))
                .toList();
    }

    /** True when the current request is for this destination or a page below it (for aria-current). */
    public boolean isCurrent(String path) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        String uri = attributes.getRequest().getRequestURI();
        return uri.equals(path) || uri.startsWith(path + "/");
    }

    /** The signed-in user, or null before sign-in. */
    public @Nullable CurrentUser user() {
        return Access.current().orElse(null);
    }

    /** True when someone is signed in. */
    public boolean signedIn() {
        return Access.current().isPresent();
    }

    /** The user's roles today, each once, in catalogue order (for the header and the home page). */
    public List<Role> roles() {
        return Access.current()
                .map(u -> u.grants().stream()
                        .map(g -> g.role())
                        .distinct()
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    private static boolean canSeeOrganization(Access access) {
        return access.canReadAll()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name());
    }

    private Set<String> mappedPaths() {
        Set<String> paths = mappedPaths;
        if (paths == null) {
            paths = mappings.getHandlerMethods().keySet().stream()
                    .filter(Navigation::answersGet)
                    .flatMap(info -> info.getPatternValues().stream())
                    .collect(Collectors.toUnmodifiableSet());
            mappedPaths = paths;
        }
        return paths;
    }

    private static boolean answersGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }
}
