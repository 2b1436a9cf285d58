package jp.mamori.premises;

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

/** The tables of carrying out and bringing in ({@code prm_carry_out}, {@code prm_bring_in}). */
@Repository
class MovementRepository {
    private final JdbcClient jdbc;

    MovementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static CarryOut carryOut(ResultSet rs, int n) throws SQLException {
        return new CarryOut(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("asset_number"),
                rs.getLong("unit_id"),
                rs.getInt("confidentiality_rank"),
                rs.getString("description"),
                rs.getString("purpose"),
                rs.getString("destination"),
                rs.getString("protection"),
                rs.getObject("out_on", LocalDate.class),
                rs.getObject("due_back", LocalDate.class),
                CarryOutRule.valueOf(rs.getString("approval_needed")),
                CarryOut.State.valueOf(rs.getString("state")),
                rs.getLong("requester_id"),
                rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class),
                rs.getString("manager_by"),
                rs.getString("ciso_by"),
                rs.getString("refused_by"),
                rs.getString("refusal_reason"),
                rs.getObject("returned_on", LocalDate.class),
                rs.getString("return_confirmed_by"));
    }

    List<CarryOut> carryOuts() {
        return jdbc.sql("select * from prm_carry_out order by id desc")
                .query(MovementRepository::carryOut)
                .list();
    }

    Optional<CarryOut> carryOut(long id) {
        return jdbc.sql("select * from prm_carry_out where id = :id")
                .param("id", id)
                .query(MovementRepository::carryOut)
                .optional();
    }

    /** Approved carry-outs not back after their due day, by due day. */
    List<CarryOut> overdue(LocalDate day) {
        return jdbc.sql("select * from prm_carry_out where state = 'APPROVED' and due_back < :d order by due_back, id")
                .param("d", day)
                .query(MovementRepository::carryOut)
                .list();
    }

    long insertCarryOut(CarryOut c, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_carry_out (kind, asset_number, unit_id, confidentiality_rank, description, purpose,
                            destination, protection, out_on, due_back, approval_needed, state, requester_id,
                            requested_by, requested_at)
                        values (:kind, :asset, :unit, :rank, :description, :purpose, :destination, :protection, :out,
                            :due, :approval, 'REQUESTED', :requester, :by, :now)
                        """)
                .param("kind", c.kind())
                .param("asset", c.assetNumber())
                .param("unit", c.unitId())
                .param("rank", c.confidentialityRank())
                .param("description", c.description())
                .param("purpose", c.purpose())
                .param("destination", c.destination())
                .param("protection", c.protection())
                .param("out", c.outOn())
                .param("due", c.dueBack())
                .param("approval", c.approvalNeeded().name())
                .param("requester", c.requesterId())
                .param("by", c.requestedBy())
                .param("now", now)
                .update(keys, "id");
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

    private static BringIn bringIn(ResultSet rs, int n) throws SQLException {
        boolean passed = rs.getBoolean("check_passed");
        Boolean checkPassed = rs.wasNull() ? null : passed;
        return new BringIn(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("device"),
                rs.getString("owner"),
                rs.getString("purpose"),
                rs.getLong("unit_id"),
                rs.getObject("from_day", LocalDate.class),
                rs.getObject("to_day", LocalDate.class),
                BringIn.State.valueOf(rs.getString("state")),
                rs.getLong("requester_id"),
                rs.getString("requested_by"),
                checkPassed,
                rs.getString("check_result"),
                rs.getString("checked_by"),
                rs.getString("decided_by"),
                rs.getString("reason"));
    }

    List<BringIn> bringIns() {
        return jdbc.sql("select * from prm_bring_in order by id desc")
                .query(MovementRepository::bringIn)
                .list();
    }

    Optional<BringIn> bringIn(long id) {
        return jdbc.sql("select * from prm_bring_in where id = :id")
                .param("id", id)
                .query(MovementRepository::bringIn)
                .optional();
    }

    long insertBringIn(BringIn b, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_bring_in (kind, device, owner, purpose, unit_id, from_day, to_day, state,
                            requester_id, requested_by, requested_at)
                        values (:kind, :device, :owner, :purpose, :unit, :from, :to, 'REQUESTED', :requester, :by, :now)
                        """)
                .param("kind", b.kind())
                .param("device", b.device())
                .param("owner", b.owner())
                .param("purpose", b.purpose())
                .param("unit", b.unitId())
                .param("from", b.fromDay())
                .param("to", b.toDay())
                .param("requester", b.requesterId())
                .param("by", b.requestedBy())
                .param("now", now)
                .update(keys, "id");
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
