package jp.mamori.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells each system's 情報システム管理者 (in post) where the register's facts contradict the policy
 * (the {@link SystemRule} findings), every Monday at 09:00 Japan time by default
 * ({@code mamori.system.findings.reminder-cron}, {@code -} switches it off), as long as a finding
 * stands. A system without a 管理者 in post is told to the 情報セキュリティ管理者 and 責任者 of the unit
 * that owns its asset instead.
 */
@Component
class SystemFindingReminder implements Reminder<SystemFindingReminder.Due> {
    private final Systems systems;
    private final SystemRepository repository;
    private final AssetRegister assets;
    private final Directory directory;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final String cron;

    SystemFindingReminder(
            Systems systems,
            SystemRepository repository,
            AssetRegister assets,
            Directory directory,
            MessageSource messages,
            ApplicationEventPublisher events,
            @Value("${mamori.system.findings.reminder-cron:0 0 9 * * MON}") String cron) {
        this.systems = systems;
        this.repository = repository;
        this.assets = assets;
        this.directory = directory;
        this.messages = messages;
        this.events = events;
        this.cron = cron;
    }

    /** One system with its findings. */
    record Due(RegisteredSystem system, List<SystemFinding> findings, LocalDate day) {
        Due {
            findings = List.copyOf(findings);
        }
    }

    @Override
    public String name() {
        return "system.findings";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public List<Due> due(LocalDate day) {
        Map<Long, List<SystemFinding>> bySystem = new LinkedHashMap<>();
        for (SystemFinding f : systems.allFindings()) {
            bySystem.computeIfAbsent(f.systemId(), k -> new ArrayList<>()).add(f);
        }
        List<Due> out = new ArrayList<>();
        bySystem.forEach((id, findings) -> repository.find(id).ifPresent(s -> out.add(new Due(s, findings, day))));
        return out;
    }

    @Override
    public String key(Due due) {
        return Long.toString(due.system().id());
    }

    @Override
    public List<Long> recipients(Due due) {
        Set<Long> people = new LinkedHashSet<>();
        for (Long p : due.system().administrators()) {
            if (directory.inPostOn(p, due.day())) {
                people.add(p);
            }
        }
        if (people.isEmpty()) {
            Long unit = assets.byNumber(due.system().assetNumber())
                    .map(AssetSummary::unitId)
                    .orElse(null);
            if (unit != null) {
                for (Role role : List.of(Role.SECURITY_MANAGER, Role.SECURITY_OFFICER)) {
                    directory.holdersFor(role, unit, due.day()).stream()
                            .map(PersonSummary::id)
                            .forEach(people::add);
                }
            }
        }
        return List.copyOf(people);
    }

    @Override
    public Notice notice(Due due, long personId) {
        String number = due.system().assetNumber();
        String title = "【情報システム台帳】" + number + " に方針に合わない点が " + due.findings().size() + " 件あります";
        StringBuilder body = new StringBuilder("情報システム " + number + " の登録内容が方針に合っていません。内容を確かめ、直してください。\n");
        for (SystemFinding f : due.findings()) {
            body.append("・")
                    .append(messages.getMessage(f.titleKey(), null, f.rule(), Locale.JAPANESE))
                    .append(": ")
                    .append(messages.getMessage(f.detailKey(), f.args().toArray(), "", Locale.JAPANESE))
                    .append('\n');
        }
        return new Notice(
                personId,
                "system.findings",
                title,
                body.toString(),
                "/systems/" + due.system().id());
    }

    @Override
    public void reminded(Due due, List<Long> people, Round round) {
        events.publishEvent(new SystemEvent.FindingsReminded(
                due.system().assetNumber(),
                round.actor(),
                round.trigger(),
                String.join(
                        ",", due.findings().stream().map(SystemFinding::rule).toList()),
                people.size()));
    }
}
