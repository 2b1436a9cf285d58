package jp.mamori.premises;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reminds the person who carried an asset out, and the 情報セキュリティ管理者 of the asset's unit, of
 * each approved carry-out not returned after its due day: on weekdays at 09:00 Japan time by default
 * ({@code mamori.premises.return-reminder-cron}, {@code -} switches it off).
 */
@Component
class CarryOutReturnReminder implements Reminder<CarryOut> {
    private final MovementRepository repository;
    private final Directory directory;
    private final AssetRegister assets;
    private final ApplicationEventPublisher events;
    private final PremisesSettings settings;
    private final Clock clock;

    CarryOutReturnReminder(
            MovementRepository repository,
            Directory directory,
            AssetRegister assets,
            ApplicationEventPublisher events,
            PremisesSettings settings,
            Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.assets = assets;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "premises.carry-out-return";
    }

    @Override
    public String cron() {
        return String.valueOf(settings.returnReminderCron());
    }

    @Override
    public List<CarryOut> due(LocalDate day) {
        return repository.overdue(day);
    }

    @Override
    public String key(CarryOut c) {
        return Long.toString(c.id());
    }

    @Override
    public List<Long> recipients(CarryOut c) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(c.requesterId());
        directory.holdersFor(Role.SECURITY_MANAGER, c.unitId(), LocalDate.now(clock)).stream()
                .map(PersonSummary::id)
                .forEach(people::add);
        return List.copyOf(people);
    }

    @Override
    public Notice notice(CarryOut c, long personId) {
        String name = assets.byNumber(c.assetNumber()).map(AssetSummary::name).orElse("");
        String title = "持ち出した " + c.assetNumber() + " " + name + " の返却期限が過ぎています";
        String body = "持出先：" + c.destination() + "\n返却予定日：" + Wareki.japanese(c.dueBack())
                + "\n返却したら、情報セキュリティ管理者に返却の確認を受けてください。";
        return new Notice(personId, "premises.carry-out.overdue", title, body, "/carry-outs/" + c.id());
    }

    @Override
    public void reminded(CarryOut c, List<Long> people, Round round) {
        events.publishEvent(new PremisesEvent.CarryOutReminded(c.id(), round.actor(), round.trigger(), people.size()));
    }
}
