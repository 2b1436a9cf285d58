package jp.mamori.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Affected assets picked from the register (issue 11 point 4): those who respond to an incident
 * search the register and link assets by 管理番号 (table {@code inc_linked_asset}, audit event
 * {@code incident.asset-linked}); the linked assets and those the reported text names are what the
 * severity suggestion reads ({@link SeveritySuggestion}).
 */
@Service
public class IncidentAssets {
    static final int SEARCH_LIMIT = 20;

    private final IncidentService incidents;
    private final IncidentAccess access;
    private final ObjectProvider<AssetRegister> register;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentAssets(
            IncidentService incidents,
            IncidentAccess access,
            ObjectProvider<AssetRegister> register,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.incidents = incidents;
        this.access = access;
        this.register = register;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** An asset linked to an incident, with the register's entry as it is now (null if gone). */
    public record Linked(
            String number,
            String name,
            String linkedBy,
            Instant linkedAt,
            @Nullable AssetSummary asset) {}

    /** The assets linked to an incident the user may read. */
    @Transactional(readOnly = true)
    public List<Linked> linked(IncidentId id) {
        incidents.get(id);
        AssetRegister assets = register.getIfAvailable();
        return jdbc.sql("""
                        select asset_number, asset_name, linked_by, linked_at from inc_linked_asset
                        where incident_id = :id order by linked_at, asset_number""")
                .param("id", id.value())
                .query((rs, n) -> {
                    String number = rs.getString("asset_number");
                    return new Linked(
                            number,
                            rs.getString("asset_name"),
                            rs.getString("linked_by"),
                            rs.getObject("linked_at", OffsetDateTime.class).toInstant(),
                            assets == null ? null : assets.byNumber(number).orElse(null));
                })
                .list();
    }

    /** Register entries matching the text, for those who respond to the incident (403 otherwise). */
    @Transactional(readOnly = true)
    public List<AssetSummary> candidates(IncidentId id, String text) {
        requireResponder(id);
        AssetRegister assets = register.getIfAvailable();
        String query = text.strip();
        if (assets == null || query.isEmpty()) {
            return List.of();
        }
        return assets.search(query, SEARCH_LIMIT).stream()
                .filter(a -> !a.disposed())
                .toList();
    }

    /** Links a register asset by its 管理番号; once per asset. */
    @Transactional
    public Linked link(IncidentId id, String number) {
        Incident incident = requireResponder(id);
        if (incident.state().isClosed()) {
            throw InvalidInputException.of("number", "incident.asset.error.closed");
        }
        AssetRegister assets = register.getIfAvailable();
        AssetSummary asset =
                assets == null ? null : assets.byNumber(number.strip()).orElse(null);
        if (asset == null) {
            throw InvalidInputException.of("number", "incident.asset.error.unknown", number.strip());
        }
        boolean already =
                jdbc.sql("select count(*) from inc_linked_asset where incident_id = :id and asset_number = :n")
                                .param("id", id.value())
                                .param("n", asset.number())
                                .query(Integer.class)
                                .single()
                        > 0;
        if (already) {
            throw InvalidInputException.of("number", "incident.asset.error.already", asset.number());
        }
        String by = Access.currentLogin();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into inc_linked_asset (incident_id, asset_number, asset_name, linked_by, linked_at)
                        values (:id, :n, :name, :by, :at)""")
                .param("id", id.value())
                .param("n", asset.number())
                .param("name", asset.name())
                .param("by", by)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(new IncidentEvent.IncidentAssetLinked(
                id,
                by,
                asset.number(),
                asset.name(),
                asset.confidentiality(),
                asset.integrity(),
                asset.availability()));
        // an affected system may bring in its 情報システム管理者, as the plan's escalation matrix says
        incidents.escalateAgain(id);
        return new Linked(asset.number(), asset.name(), by, at, asset);
    }

    /**
     * What the classification of the affected assets (linked, and those the reported text names)
     * suggests as severity.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<SeveritySuggestion> suggestion(IncidentDetails details) {
        IncidentId id = details.incident().id();
        List<AffectedAsset> reported = details.assets();
        Map<String, AssetSummary> assets = new LinkedHashMap<>();
        for (Linked l : linked(id)) {
            if (l.asset() != null) {
                assets.putIfAbsent(l.number(), l.asset());
            }
        }
        for (AffectedAsset a : reported) {
            if (a.asset() != null) {
                assets.putIfAbsent(a.asset().number(), a.asset());
            }
        }
        return SeveritySuggestion.of(new ArrayList<>(assets.values()));
    }

    private Incident requireResponder(IncidentId id) {
        Incident incident = incidents.get(id).incident();
        if (!access.canRespond(incident)) {
            throw new NotAllowedException("incident.error.notResponder");
        }
        return incident;
    }
}
