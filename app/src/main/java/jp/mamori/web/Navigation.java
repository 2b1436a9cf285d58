package jp.mamori.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * One place in the header: a menu of related destinations ({@code key} names the text
     * {@code nav.group.<key>}), or a single link when the group is {@link #TOP} or the user may open
     * only one of its destinations.
     */
    public record Menu(String key, List<Item> items) {
        /** True when the header shows a plain link instead of a menu. */
        public boolean single() {
            return key.equals(TOP) || items.size() == 1;
        }
    }

    /** The group of a destination shown as a link of its own in the header. */
    static final String TOP = "top";

    private record Entry(String path, String key, String group, Predicate<Access> allowed) {}

    /**
     * Every destination a module offers, in menu order, with its group: {@code registers} (台帳),
     * {@code policy} (方針・対策), {@code operations} (運用), {@code organization} (組織),
     * {@code administration} (管理) or {@link #TOP}. A new module adds its line here; the header
     * shows the groups in the order their first destination appears.
     */
    private static final List<Entry> ENTRIES = List.of(
            new Entry("/notifications", "notifications", TOP, Navigation::signedIn),
            new Entry("/assets", "assets", "registers", Navigation::signedIn),
            new Entry("/systems", "systems", "registers", Navigation::canSeeSystems),
            new Entry("/areas", "areas", "registers", Navigation::canSeeOrganization),
            new Entry("/media", "media", "registers", Navigation::canSeeOrganization),
            new Entry("/contractors", "contractors", "registers", Navigation::canSeeOrganization),
            new Entry("/cloud-services", "cloudServices", "registers", Navigation::canSeeOrganization),
            new Entry("/sns-accounts", "snsAccounts", "registers", Navigation::canSeeOrganization),
            new Entry("/policies", "policies", "policy", Navigation::signedIn),
            new Entry("/controls", "controls", "policy", Navigation::signedIn),
            new Entry("/soa", "soa", "policy", Navigation::canSeeOrganization),
            new Entry("/risks", "risks", "policy", Navigation::canSeeOrganization),
            new Entry("/exceptions", "exceptions", "policy", Navigation::canSeeOrganization),
            new Entry("/zones", "zones", "policy", Navigation::canSeeSystems),
            new Entry("/committee", "committee", "policy", Navigation::canSeeCommittee),
            new Entry("/policy-reviews", "policyReviews", "policy", Navigation::managesOrReads),
            new Entry("/incidents", "incidents", "operations", Navigation::signedIn),
            new Entry("/netcheck/runs", "netcheckRuns", "operations", Navigation::canSeeSystems),
            new Entry("/carry-outs", "carryOuts", "operations", Navigation::signedIn),
            new Entry("/disposals", "disposals", "operations", Navigation::canSeeOrganization),
            new Entry("/self-inspections", "selfInspections", "operations", Navigation::managesOrReads),
            new Entry("/corrective-actions", "correctiveActions", "operations", Navigation::managesOrReads),
            new Entry("/training", "training", "operations", Navigation::managesOrReads),
            new Entry("/training/mine", "myTraining", "operations", Navigation::signedIn),
            new Entry("/audits", "audits", "operations", Navigation::managesOrReads),
            new Entry("/findings", "findings", "operations", Navigation::managesOrReads),
            new Entry("/picture", "picture", "operations", Navigation::managesOrReads),
            new Entry("/yearly-reports", "yearlyReports", "operations", Navigation::managesOrReads),
            new Entry("/units", "units", "organization", Navigation::canSeeOrganization),
            new Entry("/people", "people", "organization", Navigation::canSeeOrganization),
            new Entry("/roles", "roles", "organization", Access::canReadAll),
            new Entry("/audit-trail", "auditTrail", "administration", Access::canReadAuditTrail),
            new Entry("/admin/users", "users", "administration", Access::isAdmin),
            new Entry("/account", "account", TOP, Navigation::signedIn));

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
        return visible().stream().map(e -> new Item(e.path(), e.key())).toList();
    }

    /**
     * The header's places for this user: each group with the destinations the user may open, in
     * the order of {@link #ENTRIES}; a {@link #TOP} destination is a place of its own.
     */
    public List<Menu> menus() {
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        for (Entry e : visible()) {
            String place = e.group().equals(TOP) ? TOP + ":" + e.key() : e.group();
            groups.computeIfAbsent(place, k -> new ArrayList<>()).add(new Item(e.path(), e.key()));
        }
        return groups.entrySet().stream()
                .map(g -> new Menu(g.getKey().startsWith(TOP + ":") ? TOP : g.getKey(), List.copyOf(g.getValue())))
                .toList();
    }

    /** True when the current request is for one of the menu's destinations (the menu is marked). */
    public boolean isCurrent(Menu menu) {
        return menu.items().stream().anyMatch(item -> isCurrent(item.path()));
    }

    private List<Entry> visible() {
        Set<String> mapped = mappedPaths();
        return ENTRIES.stream()
                .filter(e -> mapped.contains(e.path()))
                .filter(e -> e.allowed().test(access))
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

    /** Body-wide readers and the managers of units (情報セキュリティ責任者・管理者). */
    private static boolean managesOrReads(Access access) {
        return canSeeOrganization(access);
    }

    /** As the system module's list rule: body-wide readers, unit managers, system administrators and staff. */
    private static boolean canSeeCommittee(Access access) {
        return access.canReadAll() || access.hasRole(jp.mamori.shared.Role.COMMITTEE_MEMBER.name());
    }

    private static boolean canSeeSystems(Access access) {
        return canSeeOrganization(access)
                || access.hasRole(Role.SYSTEM_ADMINISTRATOR.name())
                || access.hasRole(Role.SYSTEM_STAFF.name());
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
