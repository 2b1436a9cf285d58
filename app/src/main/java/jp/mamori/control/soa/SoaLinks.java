package jp.mamori.control.soa;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.control.ControlEvent;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.LinkableRecords;
import jp.mamori.shared.LinkableRecords.Kind;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links from an entry of a statement of applicability to the assets, policy documents and incidents
 * that show the measure in place. A link is added only to a record that exists (looked up through
 * the owning module's {@link LinkableRecords}); its title is looked up again when shown, and only a
 * reader of the record sees it. Added and removed by those who record in the statement; audited.
 */
@Service
public class SoaLinks {
    private static final int REFERENCE_MAX = 100;

    private final JdbcClient jdbc;
    private final Applicabilities soa;
    private final Map<Kind, LinkableRecords> targets = new EnumMap<>(Kind.class);
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SoaLinks(
            JdbcClient jdbc,
            Applicabilities soa,
            List<LinkableRecords> targets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.soa = soa;
        targets.forEach(t -> this.targets.put(t.kind(), t));
        this.events = events;
        this.clock = clock;
    }

    /**
     * A link as shown: {@code title} is null when the reader may not see the record, {@code path}
     * null when the record no longer exists.
     */
    public record Link(
            long id,
            Kind kind,
            String reference,
            @Nullable String title,
            @Nullable String path,
            String addedBy,
            Instant addedAt) {
        public boolean found() {
            return path != null;
        }

        public String kindKey() {
            return "control.link.kind." + kind.name();
        }
    }

    /** The kinds that can be linked (those whose module is present). */
    public List<Kind> kinds() {
        return List.copyOf(targets.keySet());
    }

    /** The entry's links, oldest first (readers of the statement). */
    @Transactional(readOnly = true)
    public List<Link> list(SoaScope scope, String measureId) {
        if (!soa.mayRead(scope)) {
            throw new NotAllowedException("control.soa.error.mayNotRead");
        }
        return jdbc.sql("select * from ctl_soa_link where scope_key = :s and measure_id = :m order by id")
                .param("s", soa.scopeKey(scope))
                .param("m", measureId)
                .query((rs, n) -> {
                    Kind kind = Kind.valueOf(rs.getString("kind"));
                    String reference = rs.getString("reference");
                    Optional<LinkableRecords.Linked> found = lookUp(kind, reference);
                    return new Link(
                            rs.getLong("id"),
                            kind,
                            reference,
                            found.map(LinkableRecords.Linked::title).orElse(null),
                            found.map(LinkableRecords.Linked::path).orElse(null),
                            rs.getString("added_by"),
                            rs.getObject("added_at", OffsetDateTime.class).toInstant());
                })
                .list();
    }

    /** Links the entry to the record; refused when it does not exist or is linked already. */
    @Transactional
    public Link add(SoaScope scope, String measureId, @Nullable Kind kind, @Nullable String reference) {
        if (!soa.mayRecord(scope)) {
            throw new NotAllowedException("control.soa.error.mayNotRecord");
        }
        if (soa.lines(scope).stream().noneMatch(l -> l.measure().id().equals(measureId))) {
            throw new NotFoundException("control-soa", measureId);
        }
        if (kind == null || !targets.containsKey(kind)) {
            throw InvalidInputException.of("kind", "control.link.error.kind");
        }
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty() || text.length() > REFERENCE_MAX) {
            throw InvalidInputException.of("reference", "control.link.error.reference", REFERENCE_MAX);
        }
        LinkableRecords.Linked target = lookUp(kind, text)
                .orElseThrow(() ->
                        InvalidInputException.of("reference", "control.link.error.notFound." + kind.name(), text));
        String key = soa.scopeKey(scope);
        boolean linked = jdbc.sql("select count(*) from ctl_soa_link where scope_key = :s and measure_id = :m"
                                + " and kind = :k and reference = :r")
                        .param("s", key)
                        .param("m", measureId)
                        .param("k", kind.name())
                        .param("r", target.reference())
                        .query(Long.class)
                        .single()
                > 0;
        if (linked) {
            throw InvalidInputException.of("reference", "control.link.error.duplicate", target.reference());
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = Access.currentLogin();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into ctl_soa_link (scope_key, measure_id, kind, reference, added_by, added_at)"
                        + " values (:s, :m, :k, :r, :by, :at)")
                .param("s", key)
                .param("m", measureId)
                .param("k", kind.name())
                .param("r", target.reference())
                .param("by", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        events.publishEvent(
                new ControlEvent.SoaLinkAdded(key + "/" + measureId, actor, kind.name(), target.reference()));
        return new Link(keys.getKeyAs(Long.class), kind, target.reference(), target.title(), target.path(), actor, at);
    }

    /** Removes one of the entry's links. */
    @Transactional
    public void remove(SoaScope scope, String measureId, long id) {
        if (!soa.mayRecord(scope)) {
            throw new NotAllowedException("control.soa.error.mayNotRecord");
        }
        String key = soa.scopeKey(scope);
        Link link = list(scope, measureId).stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("control-soa-link", id));
        jdbc.sql("delete from ctl_soa_link where id = :id and scope_key = :s and measure_id = :m")
                .param("id", id)
                .param("s", key)
                .param("m", measureId)
                .update();
        events.publishEvent(new ControlEvent.SoaLinkRemoved(
                key + "/" + measureId, Access.currentLogin(), link.kind().name(), link.reference()));
    }

    private Optional<LinkableRecords.Linked> lookUp(Kind kind, String reference) {
        LinkableRecords target = targets.get(kind);
        return target == null ? Optional.empty() : target.find(reference);
    }
}
