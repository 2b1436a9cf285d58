package jp.mamori.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reminds each system's 情報システム管理者 (in post) of the accounts on it that are to be removed — a
 * leaver's, a mover's or one past its end date — every weekday at 08:45 Japan time by default
 * ({@code mamori.system.account-removal.reminder-cron}, {@code -} switches it off), until each
 * removal is confirmed. One notice per system and day, listing its accounts.
 */
@Component
class AccountRemovalReminder implements Reminder<AccountRemovalReminder.Due> {
    private final SystemAccounts accounts;
    private final SystemRepository systems;
    private final ApplicationEventPublisher events;
    private final String cron;

    AccountRemovalReminder(
            SystemAccounts accounts,
            SystemRepository systems,
            ApplicationEventPublisher events,
            @Value("${mamori.system.account-removal.reminder-cron:0 45 8 * * MON-FRI}") String cron) {
        this.accounts = accounts;
        this.systems = systems;
        this.events = events;
        this.cron = cron;
    }

    /** One system with its accounts to be removed. */
    record Due(RegisteredSystem system, List<SystemAccounts.AccountView> accounts) {
        Due {
            accounts = List.copyOf(accounts);
        }
    }

    @Override
    public String name() {
        return "system.account-removal";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public List<Due> due(LocalDate day) {
        Map<Long, List<SystemAccounts.AccountView>> bySystem = new LinkedHashMap<>();
        for (SystemAccounts.Removal r : accounts.removalsOn(day)) {
            bySystem.computeIfAbsent(r.systemId(), k -> new ArrayList<>()).add(r.view());
        }
        List<Due> out = new ArrayList<>();
        bySystem.forEach((id, views) -> systems.find(id).ifPresent(s -> out.add(new Due(s, views))));
        return out;
    }

    @Override
    public String key(Due due) {
        return Long.toString(due.system().id());
    }

    @Override
    public List<Long> recipients(Due due) {
        LocalDate today = accounts.today();
        return due.system().administrators().stream()
                .filter(p -> accounts.inPost(p, today))
                .toList();
    }

    @Override
    public Notice notice(Due due, long personId) {
        String number = due.system().assetNumber();
        String title = "【ID管理】" + number + " のアカウント " + due.accounts().size() + " 件の削除が確認されていません";
        StringBuilder body = new StringBuilder("次のアカウントは削除が必要です。システムから削除したら、mamori で削除を確認してください(確認されるまで毎日お知らせします)。\n");
        for (SystemAccounts.AccountView v : due.accounts()) {
            body.append("・").append(v.account().accountName());
            if (v.holderName() != null) {
                body.append("(").append(v.holderName()).append(")");
            }
            body.append(": ")
                    .append(String.join(
                            "、",
                            v.findings().stream().map(f -> reason(f.rule())).toList()))
                    .append('\n');
        }
        return new Notice(personId, "system.account.removal", title, body.toString(), "/systems/accounts/removals");
    }

    private static String reason(String rule) {
        return switch (rule) {
            case "LEAVER_HOLDS_ACCOUNT" -> "離任者";
            case "MOVER_HOLDS_ACCOUNT" -> "異動者";
            case "EXPIRED_NOT_REMOVED" -> "利用期限切れ";
            case "SHARED_WITHOUT_OWNER" -> "管理者のいない共用アカウント";
            case "PRIVILEGED_WITHOUT_DEPUTY" -> "代行者のいない特権ID";
            default -> rule;
        };
    }

    @Override
    public void reminded(Due due, List<Long> people, Round round) {
        events.publishEvent(new SystemEvent.AccountRemovalReminded(
                due.system().assetNumber(),
                round.actor(),
                round.trigger(),
                due.accounts().size(),
                people.size()));
    }
}
