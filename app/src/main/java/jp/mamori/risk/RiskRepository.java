package jp.mamori.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.mamori.incident.ThreatCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The register's tables: {@code risk_risk} (with the current assessment's ranks and treatment kept
 * on the row so lists filter and sort in SQL), {@code risk_assessment}, {@code risk_treatment_measure}
 * and the matrix ({@code risk_matrix_*}).
 */
@Repository
class RiskRepository {
    private final JdbcClient jdbc;

    RiskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- matrix

    RiskMatrix matrix() {
        List<String> likelihoods = axis("LIKELIHOOD");
        List<String> impacts = axis("IMPACT");
        List<RiskMatrix.Level> levels = jdbc.sql("select rank, label, colour from risk_matrix_level order by rank")
                .query((rs, n) -> new RiskMatrix.Level(
                        rs.getInt("rank"), rs.getString("label"), RiskColour.valueOf(rs.getString("colour"))))
                .list();
        List<List<Integer>> cells = new ArrayList<>();
        for (int l = 0; l < likelihoods.size(); l++) {
            List<Integer> row = new ArrayList<>();
            for (int i = 0; i < impacts.size(); i++) {
                row.add(levels.get(0).rank());
            }
            cells.add(row);
        }
        jdbc.sql("select likelihood, impact, level_rank from risk_matrix_cell").query(rs -> {
            int l = rs.getInt("likelihood");
            int i = rs.getInt("impact");
            if (l <= likelihoods.size() && i <= impacts.size()) {
                cells.get(l - 1).set(i - 1, rs.getInt("level_rank"));
            }
        });
        return new RiskMatrix(likelihoods, impacts, levels, cells);
    }

    private List<String> axis(String axis) {
        return jdbc.sql("select label from risk_matrix_axis where axis = :a order by grade")
                .param("a", axis)
                .query(String.class)
                .list();
    }

    void saveMatrix(RiskMatrix matrix) {
        jdbc.sql("delete from risk_matrix_cell").update();
        jdbc.sql("delete from risk_matrix_level").update();
        jdbc.sql("delete from risk_matrix_axis").update();
        for (int g = 1; g <= matrix.likelihoods().size(); g++) {
            insertAxis("LIKELIHOOD", g, matrix.likelihoodLabel(g));
        }
        for (int g = 1; g <= matrix.impacts().size(); g++) {
            insertAxis("IMPACT", g, matrix.impactLabel(g));
        }
        for (RiskMatrix.Level level : matrix.levels()) {
            jdbc.sql("insert into risk_matrix_level (rank, label, colour) values (:r, :l, :c)")
                    .param("r", level.rank())
                    .param("l", level.label())
                    .param("c", level.colour().name())
                    .update();
        }
        for (int l = 1; l <= matrix.likelihoods().size(); l++) {
            for (int i = 1; i <= matrix.impacts().size(); i++) {
                jdbc.sql("insert into risk_matrix_cell (likelihood, impact, level_rank) values (:l, :i, :r)")
                        .param("l", l)
                        .param("i", i)
                        .param("r", matrix.level(l, i).rank())
                        .update();
            }
        }
    }

    private void insertAxis(String axis, int grade, String label) {
        jdbc.sql("insert into risk_matrix_axis (axis, grade, label) values (:a, :g, :l)")
                .param("a", axis)
                .param("g", grade)
                .param("l", label)
                .update();
    }

    /** The highest likelihood and impact grades any assessment uses (0 when none). */
    int[] highestGradesUsed() {
        return jdbc.sql("""
                        select coalesce(max(greatest(likelihood, residual_likelihood)), 0) as l,
                               coalesce(max(greatest(impact, residual_impact)), 0) as i
                        from risk_assessment
                        """)
                .query((rs, n) -> new int[] {rs.getInt("l"), rs.getInt("i")})
                .single();
    }

    // ---- risks

    /** Inserts a new risk and gives it its reference ({@code R-000042}, from its id). */
    long insert(Risk risk, String actor, Instant at) {
        var keys = new GeneratedKeyHolder();
        RiskDetails d = risk.details();
        jdbc.sql("""
                        insert into risk_risk (reference, title, description, unit_id, asset_number, threat_category,
                            threat, owner_person_id, review_date, state, current_seq, created_by, created_at,
                            updated_by, updated_at, version)
                        values (:ref, :title, :description, :unit, :asset, :category, :threat, :owner, :review,
                            :state, 0, :by, :at, :by, :at, 0)
                        """)
                .params(detailParams(d))
                .param("ref", "new-" + UUID.randomUUID().toString().substring(0, 12))
                .param("state", risk.state().name())
                .param("by", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("update risk_risk set reference = :ref where id = :id")
                .param("ref", reference(id))
                .param("id", id)
                .update();
        return id;
    }

    static String reference(long id) {
        return String.format(Locale.ROOT, "R-%06d", id);
    }

    /** Writes the risk's row and its current assessment; refuses a stale copy. */
    void update(Risk risk, String actor, Instant at) {
        RiskDetails d = risk.details();
        Optional<Assessment> current = risk.current();
        int updated = jdbc.sql("""
                        update risk_risk set title = :title, description = :description, unit_id = :unit,
                            asset_number = :asset, threat_category = :category, threat = :threat,
                            owner_person_id = :owner, review_date = :review, state = :state, current_seq = :seq,
                            inherent_rank = :inherent, residual_rank = :residual, treatment = :treatment,
                            updated_by = :by, updated_at = :at, version = version + 1
                        where id = :id and version = :version
                        """)
                .params(detailParams(d))
                .param("state", risk.state().name())
                .param("seq", current.map(Assessment::seq).orElse(0))
                .param("inherent", current.map(a -> a.inherent().rank()).orElse(null))
                .param("residual", current.map(a -> a.residual().rank()).orElse(null))
                .param("treatment", current.map(a -> a.treatment().name()).orElse(null))
                .param("by", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", risk.id())
                .param("version", risk.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("risk " + risk.reference() + " was changed meanwhile");
        }
        if (current.isPresent()) {
            saveAssessment(risk.id(), current.get());
        }
    }

    private void saveAssessment(long riskId, Assessment a) {
        boolean frozen = jdbc.sql(
                                "select count(*) from risk_assessment where risk_id = :id and seq = :seq and accepted_at is not null")
                        .param("id", riskId)
                        .param("seq", a.seq())
                        .query(Long.class)
                        .single()
                > 0;
        if (frozen) {
            return; // an accepted assessment is never written again
        }
        jdbc.sql("delete from risk_treatment_measure where risk_id = :id and seq = :seq")
                .param("id", riskId)
                .param("seq", a.seq())
                .update();
        jdbc.sql("delete from risk_assessment where risk_id = :id and seq = :seq")
                .param("id", riskId)
                .param("seq", a.seq())
                .update();
        Map<String, Object> p = new HashMap<>();
        p.put("id", riskId);
        p.put("seq", a.seq());
        p.put("l", a.likelihood());
        p.put("i", a.impact());
        p.put("ir", a.inherent().rank());
        p.put("il", a.inherent().label());
        p.put("ic", a.inherent().colour().name());
        p.put("t", a.treatment().name());
        p.put("plan", a.treatmentPlan());
        p.put("rl", a.residualLikelihood());
        p.put("ri", a.residualImpact());
        p.put("rr", a.residual().rank());
        p.put("rlab", a.residual().label());
        p.put("rc", a.residual().colour().name());
        p.put("by", a.assessedBy());
        p.put("at", OffsetDateTime.ofInstant(a.assessedAt(), ZoneOffset.UTC));
        Assessment.Acceptance acc = a.acceptance();
        p.put("aby", acc == null ? null : acc.by());
        p.put("aat", acc == null ? null : OffsetDateTime.ofInstant(acc.at(), ZoneOffset.UTC));
        p.put("acomment", acc == null ? null : acc.comment());
        jdbc.sql("""
                        insert into risk_assessment (risk_id, seq, likelihood, impact, inherent_rank, inherent_label,
                            inherent_colour, treatment, treatment_plan, residual_likelihood, residual_impact,
                            residual_rank, residual_label, residual_colour, assessed_by, assessed_at,
                            accepted_by, accepted_at, acceptance_comment)
                        values (:id, :seq, :l, :i, :ir, :il, :ic, :t, :plan, :rl, :ri, :rr, :rlab, :rc, :by, :at,
                            :aby, :aat, :acomment)
                        """).params(p).update();
        for (Assessment.TreatmentMeasure m : a.measures()) {
            jdbc.sql("""
                            insert into risk_treatment_measure (risk_id, seq, measure_id, measure_title)
                            values (:id, :seq, :m, :t)
                            """)
                    .param("id", riskId)
                    .param("seq", a.seq())
                    .param("m", m.id())
                    .param("t", m.title())
                    .update();
        }
    }

    private static Map<String, Object> detailParams(RiskDetails d) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", d.title());
        p.put("description", d.description());
        p.put("unit", d.unitId());
        p.put("asset", d.assetNumber());
        p.put("category", d.threatCategory().name());
        p.put("threat", d.threat());
        p.put("owner", d.ownerPersonId());
        p.put("review", d.reviewDate());
        return p;
    }

    Optional<Risk> find(long id) {
        return jdbc.sql("select * from risk_risk where id = :id")
                .param("id", id)
                .query((rs, n) -> risk(rs))
                .optional();
    }

    Optional<Risk> findByReference(String reference) {
        return jdbc.sql("select * from risk_risk where reference = :r")
                .param("r", reference)
                .query((rs, n) -> risk(rs))
                .optional();
    }

    private Risk risk(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        RiskDetails details = new RiskDetails(
                rs.getString("title"),
                rs.getString("description"),
                rs.getLong("unit_id"),
                rs.getString("asset_number"),
                ThreatCategory.valueOf(rs.getString("threat_category")),
                rs.getString("threat"),
                rs.getObject("owner_person_id", Long.class),
                rs.getObject("review_date", LocalDate.class));
        return new Risk(
                id,
                rs.getString("reference"),
                details,
                RiskState.valueOf(rs.getString("state")),
                assessments(id),
                rs.getInt("version"));
    }

    private List<Assessment> assessments(long riskId) {
        Map<Integer, List<Assessment.TreatmentMeasure>> measures = new HashMap<>();
        jdbc.sql(
                        "select seq, measure_id, measure_title from risk_treatment_measure where risk_id = :id order by measure_id")
                .param("id", riskId)
                .query(rs -> {
                    measures.computeIfAbsent(rs.getInt("seq"), k -> new ArrayList<>())
                            .add(new Assessment.TreatmentMeasure(
                                    rs.getString("measure_id"), rs.getString("measure_title")));
                });
        return jdbc.sql("select * from risk_assessment where risk_id = :id order by seq")
                .param("id", riskId)
                .query((rs, n) -> assessment(rs, measures.getOrDefault(rs.getInt("seq"), List.of())))
                .list();
    }

    private static Assessment assessment(ResultSet rs, List<Assessment.TreatmentMeasure> measures) throws SQLException {
        OffsetDateTime acceptedAt = rs.getObject("accepted_at", OffsetDateTime.class);
        return new Assessment(
                rs.getInt("seq"),
                rs.getInt("likelihood"),
                rs.getInt("impact"),
                new RiskMatrix.Level(
                        rs.getInt("inherent_rank"),
                        rs.getString("inherent_label"),
                        RiskColour.valueOf(rs.getString("inherent_colour"))),
                Treatment.valueOf(rs.getString("treatment")),
                measures,
                rs.getString("treatment_plan"),
                rs.getInt("residual_likelihood"),
                rs.getInt("residual_impact"),
                new RiskMatrix.Level(
                        rs.getInt("residual_rank"),
                        rs.getString("residual_label"),
                        RiskColour.valueOf(rs.getString("residual_colour"))),
                rs.getString("assessed_by"),
                rs.getObject("assessed_at", OffsetDateTime.class).toInstant(),
                acceptedAt == null
                        ? null
                        : new Assessment.Acceptance(
                                rs.getString("accepted_by"),
                                acceptedAt.toInstant(),
                                rs.getString("acceptance_comment")));
    }

    // ---- lists

    /** Raw row of a list, before unit and owner names are added. */
    record Row(
            long id,
            String reference,
            String title,
            long unitId,
            @Nullable String assetNumber,
            ThreatCategory threatCategory,
            String threat,
            @Nullable Long ownerPersonId,
            @Nullable Integer likelihood,
            @Nullable Integer impact,
            RiskMatrix.@Nullable Level inherent,
            @Nullable Treatment treatment,
            String measures,
            String treatmentPlan,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact,
            RiskMatrix.@Nullable Level residual,
            RiskState state,
            @Nullable String acceptedBy,
            @Nullable OffsetDateTime acceptedAt,
            @Nullable LocalDate reviewDate) {}

    /**
     * One page of rows matching the query, in the units given ({@code null}: every unit); the
     * current assessment joined in the same statement.
     */
    jp.mamori.shared.Page<Row> page(RiskQuery q, @Nullable Collection<Long> units, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, units, today, params);
        long total = jdbc.sql("select count(*) from risk_risk r" + where)
                .params(params)
                .query(Long.class)
                .single();
        if (units != null && units.isEmpty()) {
            return new jp.mamori.shared.Page<>(List.of(), q.page(), q.size(), 0);
        }
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        List<Row> rows = jdbc.sql("select r.*, a.likelihood, a.impact, a.inherent_label, a.inherent_colour,"
                        + " a.treatment_plan, a.residual_likelihood, a.residual_impact, a.residual_label,"
                        + " a.residual_colour, a.accepted_by, a.accepted_at"
                        + " from risk_risk r left join risk_assessment a on a.risk_id = r.id and a.seq = r.current_seq"
                        + where + " order by " + q.sort().sql + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        Map<Long, String> measures = measures(rows);
        List<Row> withMeasures = rows.stream()
                .map(r -> new Row(
                        r.id(),
                        r.reference(),
                        r.title(),
                        r.unitId(),
                        r.assetNumber(),
                        r.threatCategory(),
                        r.threat(),
                        r.ownerPersonId(),
                        r.likelihood(),
                        r.impact(),
                        r.inherent(),
                        r.treatment(),
                        measures.getOrDefault(r.id(), ""),
                        r.treatmentPlan(),
                        r.residualLikelihood(),
                        r.residualImpact(),
                        r.residual(),
                        r.state(),
                        r.acceptedBy(),
                        r.acceptedAt(),
                        r.reviewDate()))
                .toList();
        return new jp.mamori.shared.Page<>(withMeasures, q.page(), q.size(), total);
    }

    private Map<Long, String> measures(List<Row> rows) {
        Map<Long, String> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select m.risk_id, m.measure_id from risk_treatment_measure m
                        join risk_risk r on r.id = m.risk_id and r.current_seq = m.seq
                        where m.risk_id in (:ids) order by m.risk_id, m.measure_id
                        """).param("ids", rows.stream().map(Row::id).toList()).query(rs -> {
            out.merge(rs.getLong("risk_id"), rs.getString("measure_id"), (a, b) -> a + ", " + b);
        });
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        Integer inherentRank = rs.getObject("inherent_rank", Integer.class);
        Integer residualRank = rs.getObject("residual_rank", Integer.class);
        String treatment = rs.getString("treatment");
        String plan = rs.getString("treatment_plan");
        return new Row(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("title"),
                rs.getLong("unit_id"),
                rs.getString("asset_number"),
                ThreatCategory.valueOf(rs.getString("threat_category")),
                rs.getString("threat"),
                rs.getObject("owner_person_id", Long.class),
                rs.getObject("likelihood", Integer.class),
                rs.getObject("impact", Integer.class),
                inherentRank == null
                        ? null
                        : new RiskMatrix.Level(
                                inherentRank,
                                rs.getString("inherent_label"),
                                RiskColour.valueOf(rs.getString("inherent_colour"))),
                treatment == null ? null : Treatment.valueOf(treatment),
                "",
                plan == null ? "" : plan,
                rs.getObject("residual_likelihood", Integer.class),
                rs.getObject("residual_impact", Integer.class),
                residualRank == null
                        ? null
                        : new RiskMatrix.Level(
                                residualRank,
                                rs.getString("residual_label"),
                                RiskColour.valueOf(rs.getString("residual_colour"))),
                RiskState.valueOf(rs.getString("state")),
                rs.getString("accepted_by"),
                rs.getObject("accepted_at", OffsetDateTime.class),
                rs.getObject("review_date", LocalDate.class));
    }

    private static String where(
            RiskQuery q, @Nullable Collection<Long> units, LocalDate today, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (units != null) {
            if (units.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("r.unit_id in (:units)");
                params.put("units", List.copyOf(units));
            }
        }
        if (q.state() != null) {
            conditions.add("r.state = :state");
            params.put("state", q.state().name());
        }
        if (q.treatment() != null) {
            conditions.add("r.treatment = :treatment");
            params.put("treatment", q.treatment().name());
        }
        if (q.threatCategory() != null) {
            conditions.add("r.threat_category = :category");
            params.put("category", q.threatCategory().name());
        }
        if (q.minResidual() != null) {
            conditions.add("r.residual_rank >= :minResidual");
            params.put("minResidual", q.minResidual());
        }
        if (q.text() != null) {
            conditions.add("(lower(r.reference) like :text or lower(r.title) like :text or lower(r.threat) like :text"
                    + " or lower(coalesce(r.asset_number, '')) like :text)");
            params.put("text", "%" + escapeLike(q.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.reviewDue()) {
            conditions.add("r.state <> 'CLOSED' and r.review_date <= :today");
            params.put("today", today);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Counts of open risks per cell of their current assessment (one GROUP BY), and the unassessed. */
    HeatMap heatMap(RiskMatrix matrix, boolean residual, @Nullable Collection<Long> units) {
        List<List<Long>> counts = new ArrayList<>();
        for (int l = 0; l < matrix.likelihoods().size(); l++) {
            List<Long> row = new ArrayList<>();
            for (int i = 0; i < matrix.impacts().size(); i++) {
                row.add(0L);
            }
            counts.add(row);
        }
        if (units != null && units.isEmpty()) {
            return new HeatMap(matrix, residual, counts, 0);
        }
        Map<String, Object> params = new HashMap<>();
        String unitCondition = "";
        if (units != null) {
            unitCondition = " and r.unit_id in (:units)";
            params.put("units", List.copyOf(units));
        }
        String l = residual ? "a.residual_likelihood" : "a.likelihood";
        String i = residual ? "a.residual_impact" : "a.impact";
        jdbc.sql("select " + l + " as l, " + i + " as i, count(*) as n from risk_risk r"
                        + " join risk_assessment a on a.risk_id = r.id and a.seq = r.current_seq"
                        + " where r.state <> 'CLOSED'" + unitCondition + " group by " + l + ", " + i)
                .params(params)
                .query(rs -> {
                    int li = rs.getInt("l");
                    int ii = rs.getInt("i");
                    if (matrix.contains(li, ii)) {
                        counts.get(li - 1).set(ii - 1, rs.getLong("n"));
                    }
                });
        long unassessed = jdbc.sql("select count(*) from risk_risk r where r.state <> 'CLOSED' and r.current_seq = 0"
                        + unitCondition)
                .params(params)
                .query(Long.class)
                .single();
        return new HeatMap(matrix, residual, counts, unassessed);
    }
}
