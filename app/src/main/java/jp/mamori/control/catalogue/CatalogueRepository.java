package jp.mamori.control.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Catalogue versions, their approvals, headings and measures in the {@code ctl_} tables. */
@Repository
class CatalogueRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VERSION_COLUMNS = """
            id, number, catalogue_key, title, basis, state, change_note, based_on, author_login, author_name,
            approval_chain, content_hash, created_at, updated_at, in_force_at
            """;
    private static final String MEASURE_COLUMNS = """
            measure_id, chapter, section, title, statement, role, evidence, frequency, scope, applies_to, iso27001,
            origin, adopted, not_adopted_reason
            """;

    private final JdbcClient jdbc;

    CatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyVersion() {
        return jdbc.sql("select count(*) from ctl_catalogue_version")
                        .query(Long.class)
                        .single()
                > 0;
    }

    int nextNumber() {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from ctl_catalogue_version")
                .query(Integer.class)
                .single();
    }

    long insert(CatalogueVersion v) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into ctl_catalogue_version (number, catalogue_key, title, basis, state, change_note,
                            based_on, author_login, author_name, approval_chain, content_hash, created_at, updated_at,
                            in_force_at)
                        values (:number, :key, :title, :basis, :state, :note, :basedOn, :login, :name, :chain, :hash,
                            :created, :updated, :inForce)
                        """)
                .param("number", v.number())
                .param("key", v.key())
                .param("title", v.title())
                .param("basis", v.basis())
                .param("state", v.state().name())
                .param("note", v.changeNote())
                .param("basedOn", v.basedOn())
                .param("login", v.authorLogin())
                .param("name", v.authorName())
                .param("chain", chain(v.approvalChain()))
                .param("hash", v.contentHash())
                .param("created", v.createdAt())
                .param("updated", v.updatedAt())
                .param("inForce", v.inForceAt())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Writes the state, chain, hash and approvals of a version. */
    void update(CatalogueVersion v) {
        jdbc.sql("""
                        update ctl_catalogue_version set state = :state, approval_chain = :chain, content_hash = :hash,
                            updated_at = :updated, in_force_at = :inForce, change_note = :note
                        where id = :id
                        """)
                .param("state", v.state().name())
                .param("chain", chain(v.approvalChain()))
                .param("hash", v.contentHash())
                .param("updated", v.updatedAt())
                .param("inForce", v.inForceAt())
                .param("note", v.changeNote())
                .param("id", v.id())
                .update();
        jdbc.sql("delete from ctl_catalogue_approval where version_id = :id")
                .param("id", v.id())
                .update();
        for (CatalogueVersion.Approval a : v.approvals()) {
            jdbc.sql("""
                            insert into ctl_catalogue_approval (version_id, step, role, login, name, decided_at)
                            values (:id, :step, :role, :login, :name, :at)
                            """)
                    .param("id", v.id())
                    .param("step", a.step())
                    .param("role", a.role().name())
                    .param("login", a.login())
                    .param("name", a.name())
                    .param("at", a.decidedAt())
                    .update();
        }
    }

    Optional<CatalogueVersion> version(long id) {
        return versions("where id = :id", Map.of("id", id)).stream().findFirst();
    }

    Optional<CatalogueVersion> byNumber(int number) {
        return versions("where number = :n", Map.of("n", number)).stream().findFirst();
    }

    Optional<CatalogueVersion> inForce() {
        return versions("where state = 'IN_FORCE'", Map.of()).stream().findFirst();
    }

    Optional<CatalogueVersion> open() {
        return versions("where state in ('DRAFT', 'IN_APPROVAL')", Map.of()).stream()
                .findFirst();
    }

    /** Every version, newest first. */
    List<CatalogueVersion> all() {
        return versions("", Map.of());
    }

    private List<CatalogueVersion> versions(String where, Map<String, Object> params) {
        List<CatalogueVersion> found = jdbc.sql(
                        "select " + VERSION_COLUMNS + " from ctl_catalogue_version " + where + " order by number desc")
                .params(params)
                .query((rs, n) -> version(rs, List.of()))
                .list();
        List<CatalogueVersion> out = new ArrayList<>();
        for (CatalogueVersion v : found) {
            List<CatalogueVersion.Approval> approvals = jdbc.sql(
                            "select step, role, login, name, decided_at from ctl_catalogue_approval where version_id = :id order by step")
                    .param("id", v.id())
                    .query((rs, n) -> new CatalogueVersion.Approval(
                            rs.getInt("step"),
                            Role.valueOf(rs.getString("role")),
                            rs.getString("login"),
                            rs.getString("name"),
                            rs.getObject("decided_at", OffsetDateTime.class)))
                    .list();
            out.add(new CatalogueVersion(
                    v.id(),
                    v.number(),
                    v.key(),
                    v.title(),
                    v.basis(),
                    v.state(),
                    v.changeNote(),
                    v.basedOn(),
                    v.authorLogin(),
                    v.authorName(),
                    v.approvalChain(),
                    approvals,
                    v.contentHash(),
                    v.createdAt(),
                    v.updatedAt(),
                    v.inForceAt()));
        }
        return out;
    }

    private static CatalogueVersion version(ResultSet rs, List<CatalogueVersion.Approval> approvals)
            throws SQLException {
        String chain = rs.getString("approval_chain");
        int basedOn = rs.getInt("based_on");
        Integer basedOnOrNull = rs.wasNull() ? null : basedOn;
        return new CatalogueVersion(
                rs.getLong("id"),
                rs.getInt("number"),
                rs.getString("catalogue_key"),
                rs.getString("title"),
                rs.getString("basis"),
                VersionState.valueOf(rs.getString("state")),
                rs.getString("change_note"),
                basedOnOrNull,
                rs.getString("author_login"),
                rs.getString("author_name"),
                chain.isEmpty()
                        ? List.of()
                        : Arrays.stream(chain.split(",")).map(Role::valueOf).toList(),
                approvals,
                rs.getString("content_hash"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("in_force_at", OffsetDateTime.class));
    }

    private static String chain(List<Role> roles) {
        return String.join(",", roles.stream().map(Role::name).toList());
    }

    /** Stores the headings and measures of a new version. */
    void insertContent(long versionId, CatalogueContent content) {
        int order = 0;
        for (CatalogueContent.Heading h : content.chapters()) {
            heading(versionId, "CHAPTER", h, order++);
        }
        for (CatalogueContent.Heading h : content.sections()) {
            heading(versionId, "SECTION", h, order++);
        }
        for (Measure m : content.measures()) {
            insertMeasure(versionId, m);
        }
    }

    private void heading(long versionId, String kind, CatalogueContent.Heading h, int order) {
        jdbc.sql("insert into ctl_heading (version_id, kind, number, title, sort_order) values (:v, :k, :n, :t, :o)")
                .param("v", versionId)
                .param("k", kind)
                .param("n", h.number())
                .param("t", h.title())
                .param("o", order)
                .update();
    }

    void insertMeasure(long versionId, Measure m) {
        jdbc.sql("""
                        insert into ctl_measure (version_id, measure_id, sort_key, chapter, section, title, statement,
                            role, evidence, frequency, scope, applies_to, iso27001, origin, adopted, not_adopted_reason,
                            search_text)
                        values (:v, :id, :sort, :chapter, :section, :title, :statement, :role, :evidence, :frequency,
                            :scope, :appliesTo, :iso, :origin, :adopted, :reason, :search)
                        """).params(measureParams(versionId, m)).update();
    }

    void updateMeasure(long versionId, Measure m) {
        jdbc.sql("""
                        update ctl_measure set title = :title, statement = :statement, role = :role, evidence = :evidence,
                            frequency = :frequency, scope = :scope, applies_to = :appliesTo, iso27001 = :iso,
                            origin = :origin, adopted = :adopted, not_adopted_reason = :reason, search_text = :search
                        where version_id = :v and measure_id = :id
                        """).params(measureParams(versionId, m)).update();
    }

    private static Map<String, Object> measureParams(long versionId, Measure m) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("v", versionId);
        p.put("id", m.id());
        p.put("sort", sortKey(m.id()));
        p.put("chapter", m.chapter());
        p.put("section", m.section());
        p.put("title", m.title());
        p.put("statement", m.statement());
        p.put("role", m.role().name());
        p.put("evidence", m.evidence());
        p.put("frequency", m.frequency().name());
        p.put("scope", m.scope().name());
        p.put("appliesTo", JSON.writeValueAsString(m.appliesTo().toMap()));
        p.put("iso", String.join(",", m.iso27001()));
        p.put("origin", m.origin().name());
        p.put("adopted", m.adopted());
        p.put("reason", m.notAdoptedReason());
        String search = String.join(" ", m.id(), m.title(), m.statement(), m.evidence(), String.join(" ", m.iso27001()))
                .toLowerCase(Locale.ROOT);
        p.put("search", search.length() > 4000 ? search.substring(0, 4000) : search);
        return p;
    }

    /** Orders ids numerically: {@code 6.3.10} after {@code 6.3.9}. */
    static String sortKey(String id) {
        String[] suffix = id.split("-", 2);
        String[] parts = suffix[0].split("\\.");
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(String.format("%03d", Integer.parseInt(part)));
        }
        if (suffix.length > 1) {
            key.append('-').append(suffix[1]);
        }
        return key.toString();
    }

    CatalogueContent content(CatalogueVersion v) {
        List<CatalogueContent.Heading> chapters = headings(v.id(), "CHAPTER");
        List<CatalogueContent.Heading> sections = headings(v.id(), "SECTION");
        List<Measure> measures = jdbc.sql(
                        "select " + MEASURE_COLUMNS + " from ctl_measure where version_id = :v order by sort_key")
                .param("v", v.id())
                .query((rs, n) -> measure(rs))
                .list();
        return new CatalogueContent(v.key(), v.title(), v.basis(), chapters, sections, measures);
    }

    List<CatalogueContent.Heading> headings(long versionId, String kind) {
        return jdbc.sql("select number, title from ctl_heading where version_id = :v and kind = :k order by sort_order")
                .param("v", versionId)
                .param("k", kind)
                .query((rs, n) -> new CatalogueContent.Heading(rs.getString("number"), rs.getString("title")))
                .list();
    }

    Optional<Measure> measure(long versionId, String measureId) {
        return jdbc.sql("select " + MEASURE_COLUMNS + " from ctl_measure where version_id = :v and measure_id = :id")
                .param("v", versionId)
                .param("id", measureId)
                .query((rs, n) -> measure(rs))
                .optional();
    }

    /** Measures of a version that match the filter, in id order, one page. */
    Page<Measure> page(long versionId, MeasureFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where version_id = :v");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("v", versionId);
        if (filter.chapter() != null) {
            where.append(" and chapter = :chapter");
            params.put("chapter", filter.chapter());
        }
        String like = filter.likePattern();
        if (like != null) {
            where.append(" and search_text like :q escape '\\'");
            params.put("q", like);
        }
        if (filter.role() != null) {
            where.append(" and role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.scope() != null) {
            where.append(" and scope = :scope");
            params.put("scope", filter.scope().name());
        }
        if (filter.notAdoptedOnly()) {
            where.append(" and adopted = false");
        }
        long total = jdbc.sql("select count(*) from ctl_measure" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Measure> items = jdbc.sql("select " + MEASURE_COLUMNS + " from ctl_measure" + where
                        + " order by sort_key limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> measure(rs))
                .list();
        return new Page<>(items, page, size, total);
    }

    /** How many measures each chapter of the version has, by chapter number. */
    Map<String, Long> countsByChapter(long versionId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select chapter, count(*) as n from ctl_measure where version_id = :v group by chapter")
                .param("v", versionId)
                .query(rs -> {
                    counts.put(rs.getString("chapter"), rs.getLong("n"));
                });
        return counts;
    }

    static Measure measure(ResultSet rs) throws SQLException {
        String iso = rs.getString("iso27001");
        JsonNode applies = JSON.readTree(rs.getString("applies_to"));
        return new Measure(
                rs.getString("measure_id"),
                rs.getString("chapter"),
                rs.getString("section"),
                rs.getString("title"),
                rs.getString("statement"),
                Role.valueOf(rs.getString("role")),
                rs.getString("evidence"),
                CheckFrequency.valueOf(rs.getString("frequency")),
                MeasureScope.valueOf(rs.getString("scope")),
                applies.isEmpty() ? Applicability.ALWAYS : Applicability.parse(applies),
                iso.isEmpty() ? List.of() : List.of(iso.split(",")),
                MeasureOrigin.valueOf(rs.getString("origin")),
                rs.getBoolean("adopted"),
                rs.getString("not_adopted_reason"));
    }

    @Nullable
    static String nullIfBlank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
