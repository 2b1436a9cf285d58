package jp.mamori.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people of an incident along the emergency response plan: the {@link EscalationPolicy} of
 * the plan in force names the roles, the organization's directory the people holding them on the
 * day, and each person gets a notice (in mamori, and by mail when configured). Each role is told
 * once per incident: a triage adds only the roles not told yet (the CISO from the plan's severity).
 * Every escalation is recorded on the incident (timeline and audit trail), also when nobody holds
 * the role, so that the gap shows.
 */
@Component
class IncidentEscalation {
    static final String TOPIC = "incident.escalated";

    private final ResponsePlanSource plans;
    private final Directory directory;
    private final ObjectProvider<Notifications> notifications;
    private final MessageSource messages;
    private final ObjectProvider<jp.mamori.asset.AssetRegister> assets;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    IncidentEscalation(
            ResponsePlanSource plans,
            Directory directory,
            ObjectProvider<Notifications> notifications,
            MessageSource messages,
            ObjectProvider<jp.mamori.asset.AssetRegister> assets,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.assets = assets;
        this.jdbc = jdbc;
        this.plans = plans;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** Escalates to the roles the plan names for the incident as it stands and that were not told yet. */
    void escalate(Incident incident, String reference, String by, Instant at) {
        escalate(incident, reference, by, at, false);
    }

    /**
     * Escalates to the roles the plan names and that were not told yet; when a report to the
     * 個人情報保護委員会 is due, the CISO and the 統括 are among them whatever the severity.
     */
    void escalate(Incident incident, String reference, String by, Instant at, boolean reportDue) {
        Set<Role> told = incident.escalations().stream().map(Escalation::role).collect(Collectors.toSet());
        Set<Long> reached = new HashSet<>();
        incident.escalations().forEach(e -> e.people().forEach(p -> reached.add(p.personId())));
        LocalDate day = LocalDate.ofInstant(at, Incident.JAPAN);
        List<Notice> notices = new ArrayList<>();
        for (EscalationTarget target : plans.current().escalationPolicy().targets(incident, reportDue)) {
            if (told.contains(target.role())) {
                continue;
            }
            if (target.scope() == EscalationTarget.Scope.AFFECTED_SYSTEMS
                    && affectedSystemUnits(incident).isEmpty()) {
                continue; // no affected system known yet: told once one is linked
            }
            List<PersonSummary> holders = switch (target.scope()) {
                case REPORTERS_UNIT ->
                    directory.holdersFor(target.role(), incident.report().reporterUnitId(), day);
                case BODY -> directory.holders(target.role(), day);
                case AFFECTED_SYSTEMS ->
                    affectedSystemUnits(incident).stream()
                            .flatMap(unit -> directory.holdersFor(target.role(), unit, day).stream())
                            .toList();
            };
            Map<Long, Escalation.Recipient> people = new LinkedHashMap<>();
            holders.forEach(p -> people.putIfAbsent(p.id(), new Escalation.Recipient(p.id(), p.name())));
            Escalation escalation = new Escalation(target.stage(), target.role(), List.copyOf(people.values()), by, at);
            incident.escalate(escalation, note(escalation));
            for (Escalation.Recipient person : escalation.people()) {
                if (reached.add(person.personId())) {
                    notices.add(notice(incident, reference, escalation, person));
                }
            }
        }
        Notifications sender = notifications.getIfAvailable();
        if (sender != null) {
            sender.sendAll(notices);
        }
    }

    /**
     * The units that own the affected information systems: register assets of kind ① whose 管理番号
     * the reported text names or that were linked to the incident.
     */
    private List<Long> affectedSystemUnits(Incident incident) {
        jp.mamori.asset.AssetRegister register = assets.getIfAvailable();
        if (register == null) {
            return List.of();
        }
        Set<String> numbers =
                new HashSet<>(jdbc.sql("select asset_number from inc_linked_asset where incident_id = :id")
                        .param("id", incident.id().value())
                        .query(String.class)
                        .list());
        for (String line : incident.report().affectedAssets()) {
            var m = IncidentService.ASSET_NUMBER.matcher(
                    java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC));
            while (m.find()) {
                numbers.add(m.group());
            }
        }
        if (numbers.isEmpty()) {
            return List.of();
        }
        return register.informationSystems().stream()
                .filter(system -> numbers.contains(system.number()))
                .map(jp.mamori.asset.InformationSystem::unitId)
                .distinct()
                .toList();
    }

    private String note(Escalation escalation) {
        String names = escalation.people().isEmpty()
                ? text("incident.escalation.nobody")
                : escalation.people().stream().map(Escalation.Recipient::name).collect(Collectors.joining("、"));
        return text(
                "incident.escalation.note",
                escalation.stage(),
                text(escalation.role().messageKey()),
                names);
    }

    private Notice notice(Incident incident, String reference, Escalation escalation, Escalation.Recipient person) {
        String severity =
                incident.severity().map(s -> text(s.messageKey())).orElse(text("incident.escalation.notTriaged"));
        return new Notice(
                person.personId(),
                TOPIC,
                text("incident.escalation.title", reference, incident.report().title()),
                text(
                        "incident.escalation.body",
                        reference,
                        incident.report().title(),
                        text(incident.threat().messageKey()),
                        text(incident.state().messageKey()),
                        severity,
                        text(escalation.role().messageKey()),
                        escalation.stage()),
                "/incidents/" + incident.id());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPANESE);
    }
}
