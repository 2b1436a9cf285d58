package jp.mamori.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code sys_account}: accounts on systems. */
@Repository
class SystemAccountRepository {
    private static final String COLUMNS = """
            id, system_id, account_name, kind, person_id, person_unit_id, deputy_person_id, valid_from, valid_to,
            requested_by, approved_by, removed_by""";

    private final JdbcClient jdbc;

    SystemAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static SystemAccount account(ResultSet rs, int n) throws SQLException {
        return new SystemAccount(
                rs.getLong("id"),
                rs.getLong("system_id"),
                rs.getString("account_name"),
                AccountKind.valueOf(rs.getString("kind")),
                nullableLong(rs, "person_id"),
                nullableLong(rs, "person_unit_id"),
                nullableLong(rs, "deputy_person_id"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("requested_by"),
                rs.getString("approved_by"),
                rs.getString("removed_by"));
    }

    /** The accounts of one system: those in use or requested first, then removed ones, by name. */
    List<SystemAccount> ofSystem(long systemId) {
        return jdbc.sql("select " + COLUMNS
                        + " from sys_account where system_id = :s order by (removed_by is not null), account_name, id")
                .param("s", systemId)
                .query(SystemAccountRepository::account)
                .list();
    }

    /** Every account not yet removed, of every system, by system then name. */
    List<SystemAccount> notRemoved() {
        return jdbc.sql("select " + COLUMNS
                        + " from sys_account where removed_by is null order by system_id, account_name, id")
                .query(SystemAccountRepository::account)
                .list();
    }

    Optional<SystemAccount> find(long systemId, long id) {
        return jdbc.sql("select " + COLUMNS + " from sys_account where system_id = :s and id = :id")
                .param("s", systemId)
                .param("id", id)
                .query(SystemAccountRepository::account)
                .optional();
    }

    boolean nameInUse(long systemId, String name) {
        return jdbc.sql("""
                        select count(*) from sys_account
                        where system_id = :s and lower(account_name) = lower(:n) and removed_by is null
                        """)
                        .param("s", systemId)
                        .param("n", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(SystemAccount a, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sys_account (system_id, account_name, kind, person_id, person_unit_id,
                            deputy_person_id, valid_from, valid_to, requested_by, requested_at, approved_by, approved_at)
                        values (:s, :name, :kind, :person, :unit, :deputy, :from, :to, :by, :now, :approvedBy,
                            :approvedAt)
                        """)
                .param("s", a.systemId())
                .param("name", a.accountName())
                .param("kind", a.kind().name())
                .param("person", a.personId())
                .param("unit", a.personUnitId())
                .param("deputy", a.deputyPersonId())
                .param("from", a.validFrom())
                .param("to", a.validTo())
                .param("by", a.requestedBy())
                .param("now", now)
                .param("approvedBy", a.approvedBy())
                .param("approvedAt", a.approvedBy() == null ? null : now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void approve(long id, String by, OffsetDateTime now) {
        jdbc.sql("update sys_account set approved_by = :by, approved_at = :now where id = :id")
                .param("id", id)
                .param("by", by)
                .param("now", now)
                .update();
    }

    void remove(long id, String by, OffsetDateTime now) {
        jdbc.sql("update sys_account set removed_by = :by, removed_at = :now where id = :id")
                .param("id", id)
                .param("by", by)
                .param("now", now)
                .update();
    }

    /** Sets the end date (the account is then past it and listed for removal). */
    void end(long id, java.time.LocalDate lastDay) {
        jdbc.sql("update sys_account set valid_to = :d where id = :id")
                .param("id", id)
                .param("d", lastDay)
                .update();
    }

    /** The review of the system for the fiscal year, if done. */
    Optional<AccountReview> review(long systemId, int fiscalYear) {
        return jdbc.sql("""
                        select fiscal_year, reviewed_by, reviewed_at, kept, ended, note from sys_account_review
                        where system_id = :s and fiscal_year = :y
                        """)
                .param("s", systemId)
                .param("y", fiscalYear)
                .query((rs, n) -> new AccountReview(
                        rs.getInt("fiscal_year"),
                        rs.getString("reviewed_by"),
                        rs.getObject("reviewed_at", OffsetDateTime.class),
                        rs.getInt("kept"),
                        rs.getInt("ended"),
                        rs.getString("note")))
                .optional();
    }

    void saveReview(long systemId, AccountReview r) {
        int updated = jdbc.sql("""
                        update sys_account_review set reviewed_by = :by, reviewed_at = :at, kept = kept + :k,
                            ended = ended + :e, note = :note
                        where system_id = :s and fiscal_year = :y
                        """)
                .param("s", systemId)
                .param("y", r.fiscalYear())
                .param("by", r.reviewedBy())
                .param("at", r.reviewedAt())
                .param("k", r.kept())
                .param("e", r.ended())
                .param("note", r.note())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into sys_account_review (system_id, fiscal_year, reviewed_by, reviewed_at, kept, ended, note)
                            values (:s, :y, :by, :at, :k, :e, :note)
                            """)
                    .param("s", systemId)
                    .param("y", r.fiscalYear())
                    .param("by", r.reviewedBy())
                    .param("at", r.reviewedAt())
                    .param("k", r.kept())
                    .param("e", r.ended())
                    .param("note", r.note())
                    .update();
        }
    }

    /** The first day of the system's oldest account not removed, or null. */
    java.time.@Nullable LocalDate oldestNotRemoved(long systemId) {
        return jdbc
                .sql("select min(valid_from) from sys_account where system_id = :s and removed_by is null")
                .param("s", systemId)
                .query(java.time.LocalDate.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The day of the system's last account review, or null. */
    java.time.@Nullable LocalDate lastReviewed(long systemId) {
        OffsetDateTime at = jdbc
                .sql("select max(reviewed_at) from sys_account_review where system_id = :s")
                .param("s", systemId)
                .query(OffsetDateTime.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return at == null
                ? null
                : at.atZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate();
    }
}
