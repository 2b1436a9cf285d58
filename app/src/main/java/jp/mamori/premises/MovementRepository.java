package jp.mamori.premises;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.RecordParams;
import jp.mamori.shared.RecordRowMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of carrying out and bringing in ({@code prm_carry_out}, {@code prm_bring_in}). */
@Repository
class MovementRepository {
    private final JdbcClient jdbc;

    MovementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CarryOut> carryOuts() {
        return jdbc.sql("select * from prm_carry_out order by id desc")
                .query(RecordRowMapper.of(CarryOut.class))
                .list();
    }

    Optional<CarryOut> carryOut(long id) {
        return jdbc.sql("select * from prm_carry_out where id = :id")
                .param("id", id)
                .query(RecordRowMapper.of(CarryOut.class))
                .optional();
    }

    /** Approved carry-outs not back after their due day, by due day. */
    List<CarryOut> overdue(LocalDate day) {
        return jdbc.sql("select * from prm_carry_out where state = 'APPROVED' and due_back < :d order by due_back, id")
                .param("d", day)
                .query(RecordRowMapper.of(CarryOut.class))
                .list();
    }

    long insertCarryOut(CarryOut c, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_carry_out (kind, asset_number, unit_id, confidentiality_rank, description, purpose,
                            destination, protection, out_on, due_back, approval_needed, state, requester_id,
                            requested_by, requested_at)
                        values (:kind, :assetNumber, :unitId, :confidentialityRank, :description, :purpose,
                            :destination, :protection, :outOn, :dueBack, :approvalNeeded, 'REQUESTED', :requesterId,
                            :requestedBy, :now)
                        """).params(RecordParams.of(c)).param("now", now).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void approveCarryOut(long id, CarryOut.State next, boolean cisoStep, String actor, OffsetDateTime now) {
        String columns = cisoStep ? "ciso_by = :actor, ciso_at = :now" : "manager_by = :actor, manager_at = :now";
        jdbc.sql("update prm_carry_out set state = :s, " + columns + " where id = :id")
                .param("s", next.name())
                .param("actor", actor)
                .param("now", now)
                .param("id", id)
                .update();
    }

    void refuseCarryOut(long id, String reason, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update prm_carry_out set state = 'REFUSED', refused_by = :actor, refused_at = :now,
                            refusal_reason = :r where id = :id
                        """)
                .param("actor", actor)
                .param("now", now)
                .param("r", reason)
                .param("id", id)
                .update();
    }

    void returnCarryOut(long id, LocalDate returnedOn, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update prm_carry_out set state = 'RETURNED', returned_on = :d, return_confirmed_by = :actor,
                            return_confirmed_at = :now where id = :id
                        """)
                .param("d", returnedOn)
                .param("actor", actor)
                .param("now", now)
                .param("id", id)
                .update();
    }

    // --- bring-ins

    List<BringIn> bringIns() {
        return jdbc.sql("select * from prm_bring_in order by id desc")
                .query(RecordRowMapper.of(BringIn.class))
                .list();
    }

    Optional<BringIn> bringIn(long id) {
        return jdbc.sql("select * from prm_bring_in where id = :id")
                .param("id", id)
                .query(RecordRowMapper.of(BringIn.class))
                .optional();
    }

    long insertBringIn(BringIn b, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_bring_in (kind, device, owner, purpose, unit_id, from_day, to_day, state,
                            requester_id, requested_by, requested_at)
                        values (:kind, :device, :owner, :purpose, :unitId, :fromDay, :toDay, 'REQUESTED', :requesterId,
                            :requestedBy, :now)
                        """).params(RecordParams.of(b)).param("now", now).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void checkBringIn(long id, boolean passed, String result, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update prm_bring_in set state = :s, check_passed = :p, check_result = :r, checked_by = :actor,
                            checked_at = :now where id = :id
                        """)
                .param("s", passed ? "CHECKED" : "REFUSED")
                .param("p", passed)
                .param("r", result)
                .param("actor", actor)
                .param("now", now)
                .param("id", id)
                .update();
    }

    void decideBringIn(long id, boolean approved, @Nullable String reason, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update prm_bring_in set state = :s, decided_by = :actor, decided_at = :now, reason = :r
                        where id = :id
                        """)
                .param("s", approved ? "APPROVED" : "REFUSED")
                .param("actor", actor)
                .param("now", now)
                .param("r", reason)
                .param("id", id)
                .update();
    }
}
