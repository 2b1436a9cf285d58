package jp.mamori.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Notifications;
import jp.mamori.notification.Reminders;
import jp.mamori.organization.CategorySummary;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.policy.PolicyEvent.CampaignClosed;
import jp.mamori.policy.PolicyEvent.CampaignStarted;
import jp.mamori.policy.PolicyEvent.ConfirmationRecorded;
import jp.mamori.shared.Access;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acknowledgement (遵守の確認) of the policy revisions in force: campaigns, confirmations, progress
 * and reminders. Body-wide managers start, remind and close campaigns; 情報セキュリティ責任者・管理者
 * see the progress of their units; everyone in post confirms what they have read. Notices go
 * through {@link Notifications} (always in the product, by mail when SMTP is configured). Every
 * campaign, confirmation and reminder round is an audit event. Templates reach this bean as
 * {@code @acknowledgements}.
 */
@Service("acknowledgements")
public class Acknowledgements {
    static final String LINK = "/policies/acknowledgements";
    static final int MAX_NOTE = 1000;
    private static final Locale JA = Locale.JAPANESE;

    /** A campaign with everything its page shows. */
    public record CampaignView(
            AcknowledgementCampaign campaign,
            PolicyDocument document,
            Revision revision,
            AcknowledgementCampaign.Status status,
            CampaignProgress progress,
            boolean manages,
            boolean partial,
            List<String> audienceNames) {}

    /** One line in a list of campaigns. */
    public record CampaignLine(
            AcknowledgementCampaign campaign,
            PolicyDocument document,
            Revision revision,
            AcknowledgementCampaign.Status status,
            CampaignProgress.Figures figures) {}

    /** A revision in force the signed-in person is asked to confirm. */
    public record ToConfirm(
            PolicyDocument document,
            Revision revision,
            @Nullable LocalDate dueOn,
            boolean overdue,
            long campaignId) {}

    /** A confirmation the person gave, with what it was for. */
    public record Confirmed(PolicyDocument document, Revision revision, CampaignRepository.Confirmation confirmation) {}

    /** What the revision page shows below the body. */
    public record RevisionPanel(
            boolean inForce,
            boolean canConfirm,
            boolean hasPerson,
            CampaignRepository.@Nullable Confirmation confirmation,
            boolean canStart,
            List<CampaignLine> campaigns) {}

    private final CampaignRepository repository;
    private final Revisions revisions;
    private final PolicyRepository documents;
    private final PolicyAccess policyAccess;
    private final Directory directory;
    private final Access access;
    private final ObjectProvider<Notifications> notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Reminders reminders;
    private final ObjectProvider<AcknowledgementReminder> reminder;

    private final Clock clock;

    Acknowledgements(
            CampaignRepository repository,
            Revisions revisions,
            PolicyRepository documents,
            PolicyAccess policyAccess,
            Directory directory,
            Access access,
            ObjectProvider<Notifications> notifications,
            MessageSource messages,
            ApplicationEventPublisher events,
            Reminders reminders,
            ObjectProvider<AcknowledgementReminder> reminder,
            Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.revisions = revisions;
        this.documents = documents;
        this.policyAccess = policyAccess;
        this.directory = directory;
        this.access = access;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.reminders = reminders;
        this.reminder = reminder;
    }

    // ---- campaigns -------------------------------------------------------------------------

    /**
     * Starts a campaign for the revision of the document in force today and sends each targeted
     * person who has not confirmed it yet a notice. Body-wide managers only.
     */
    @Transactional
    public AcknowledgementCampaign start(
            long documentId, CampaignAudience audience, @Nullable LocalDate dueOn, String note) {
        requireBodyWideManager();
        PolicyDocument document = policyAccess.readable(documentId, "acknowledgement");
        LocalDate today = LocalDate.now(clock);
        Revision revision = revisions
                .inForce(documentId, today)
                .orElseThrow(() -> InvalidInputException.of("documentId", "policy.ack.error.notInForce"));
        List<Problem> problems = new ArrayList<>();
        if (dueOn != null && dueOn.isBefore(today)) {
            problems.add(Problem.of("dueOn", "policy.ack.error.dueInPast"));
        }
        if (note.strip().length() > MAX_NOTE) {
            problems.add(Problem.of("note", "policy.ack.error.noteTooLong", MAX_NOTE));
        }
        problems.addAll(unknownIds(audience));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CurrentUser user = access.user();
        AcknowledgementCampaign draft = new AcknowledgementCampaign(
                0,
                documentId,
                revision.id(),
                audience,
                dueOn,
                note.strip(),
                user.login(),
                OffsetDateTime.now(clock),
                null,
                null,
                null);
        List<PersonSummary> targets = targets(draft, document, today);
        if (targets.isEmpty()) {
            throw InvalidInputException.of("audience", "policy.ack.error.nobody");
        }
        long id = repository.insert(draft);
        AcknowledgementCampaign campaign = repository.find(id).orElseThrow();
        var confirmed = repository.confirmedBy(revision.id());
        List<PersonSummary> toAsk =
                targets.stream().filter(p -> !confirmed.contains(p.id())).toList();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("documentId", Long.toString(documentId));
        details.put("revisionId", Long.toString(revision.id()));
        details.put("revision", Integer.toString(revision.number()));
        details.put("contentHash", String.valueOf(revision.contentHash()));
        details.put("audience", audience.kind());
        details.put("audienceIds", audience.ids().stream().map(String::valueOf).collect(Collectors.joining(",")));
        details.put("dueOn", dueOn == null ? "" : dueOn.toString());
        details.put("targeted", Integer.toString(targets.size()));
        details.put("notified", Integer.toString(toAsk.size()));
        events.publishEvent(new CampaignStarted(id, user.login(), details));
        send(toAsk, "policy.acknowledgement.requested", "policy.ack.notice.request", document, revision, dueOn);
        return campaign;
    }

    /** Closes a campaign (no more reminders; it stays readable). Body-wide managers only. */
    @Transactional
    public AcknowledgementCampaign close(long campaignId) {
        requireBodyWideManager();
        CampaignView view = view(campaignId);
        AcknowledgementCampaign closed = view.campaign().close(access.user().login(), OffsetDateTime.now(clock));
        repository.close(closed);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("revisionId", Long.toString(closed.revisionId()));
        details.put("targeted", Integer.toString(view.progress().total().targeted()));
        details.put("confirmed", Integer.toString(view.progress().total().confirmed()));
        events.publishEvent(new CampaignClosed(campaignId, closed.closedBy(), details));
        return closed;
    }

    /**
     * Sends a reminder to everyone of an open campaign who has not confirmed; returns how many.
     * Body-wide managers only (the reminder button). The day counts as reminded for the schedule.
     */
    @Transactional
    public int remind(long campaignId) {
        requireBodyWideManager();
        CampaignView view = view(campaignId);
        if (view.status() != AcknowledgementCampaign.Status.OPEN) {
            throw new NotAllowedException("policy.ack.error.notOpen");
        }
        return reminders.remindNow(
                reminder.getObject(),
                new AcknowledgementReminder.Due(view.campaign(), view.document(), view.revision(), view.progress()),
                access.user().login());
    }

    /**
     * The campaigns the scheduled reminder round is about on a day: open, with a due date no more
     * than {@code withinDays} ahead (or passed), whose revision is still in force. Runs without a
     * signed-in user.
     */
    @Transactional(readOnly = true)
    List<AcknowledgementReminder.Due> dueForReminder(LocalDate today, int withinDays) {
        List<AcknowledgementReminder.Due> due = new ArrayList<>();
        for (AcknowledgementCampaign campaign : repository.notClosed()) {
            if (campaign.dueOn() == null || campaign.dueOn().isAfter(today.plusDays(withinDays))) {
                continue;
            }
            Optional<PolicyDocument> document = documents.find(campaign.documentId());
            Optional<Revision> inForce = revisions.inForce(campaign.documentId(), today);
            if (document.isEmpty() || inForce.isEmpty() || inForce.get().id() != campaign.revisionId()) {
                continue;
            }
            due.add(new AcknowledgementReminder.Due(
                    campaign, document.get(), inForce.get(), progress(campaign, document.get(), today)));
        }
        return due;
    }

    /** A campaign for its page; body-wide managers and auditors see all units, unit heads their units. */
    @Transactional(readOnly = true)
    public CampaignView view(long campaignId) {
        AcknowledgementCampaign campaign =
                repository.find(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        requireSeesProgress();
        PolicyDocument document = policyAccess.readable(campaign.documentId(), "acknowledgement");
        Revision revision = revisions.get(campaign.documentId(), campaign.revisionId());
        LocalDate today = LocalDate.now(clock);
        boolean inForce = revisions
                .inForce(document.id(), today)
                .map(r -> r.id() == revision.id())
                .orElse(false);
        CampaignProgress progress = progress(campaign, document, today);
        boolean partial = !access.canReadAll();
        if (partial) {
            progress = progress.onlyUnits(access::canManageUnit);
        }
        return new CampaignView(
                campaign,
                document,
                revision,
                campaign.status(inForce),
                progress,
                access.isBodyWideManager(),
                partial,
                audienceNames(campaign.audience()));
    }

    /** Every campaign the user may follow, newest first, with the figures they may see. */
    @Transactional(readOnly = true)
    public List<CampaignLine> campaigns() {
        if (!seesProgress()) {
            return List.of();
        }
        Reader reader = policyAccess.currentReader();
        LocalDate today = LocalDate.now(clock);
        List<CampaignLine> lines = new ArrayList<>();
        Map<Long, Optional<Revision>> inForce = new HashMap<>();
        for (AcknowledgementCampaign campaign : repository.all()) {
            Optional<PolicyDocument> document = documents.find(campaign.documentId());
            if (document.isEmpty() || !ReadingRule.allows(reader, document.get())) {
                continue;
            }
            lines.add(line(campaign, document.get(), today, inForce));
        }
        return lines;
    }

    private CampaignLine line(
            AcknowledgementCampaign campaign,
            PolicyDocument document,
            LocalDate today,
            Map<Long, Optional<Revision>> inForceCache) {
        Revision revision = revisions.get(document.id(), campaign.revisionId());
        boolean inForce = inForceCache
                .computeIfAbsent(document.id(), id -> revisions.inForce(id, today))
                .map(r -> r.id() == revision.id())
                .orElse(false);
        CampaignProgress progress = progress(campaign, document, today);
        if (!access.canReadAll()) {
            progress = progress.onlyUnits(access::canManageUnit);
        }
        return new CampaignLine(campaign, document, revision, campaign.status(inForce), progress.total());
    }

    /** The not-confirmed list of a campaign as an .xlsx workbook (the units the user may see). */
    @Transactional(readOnly = true)
    public byte[] notConfirmedWorkbook(long campaignId) {
        CampaignView view = view(campaignId);
        return CampaignWorkbook.write(
                view.document().title(),
                view.revision().effectiveOn(),
                view.campaign().dueOn(),
                LocalDate.now(clock),
                view.progress().pending());
    }

    // ---- confirmations -----------------------------------------------------------------

    /**
     * The signed-in person confirms having read the revision. Only the revision in force today,
     * and only with the content hash of the text they were shown (so nobody confirms a text that
     * was replaced while the page was open). Confirming twice keeps the first confirmation.
     */
    @Transactional
    public CampaignRepository.Confirmation confirm(
            long documentId, long revisionId, String contentHash, String channel) {
        CurrentUser user = access.user();
        if (user.personId() == null) {
            throw new NotAllowedException("policy.ack.error.noPerson");
        }
        long personId = user.personId();
        PolicyDocument document = policyAccess.readable(documentId, "acknowledgement");
        Revision revision = revisions.get(documentId, revisionId);
        boolean inForce = revisions
                .inForce(documentId, LocalDate.now(clock))
                .map(r -> r.id() == revisionId)
                .orElse(false);
        if (!inForce) {
            throw InvalidInputException.of("revisionId", "policy.ack.error.notInForce");
        }
        String stored = revision.contentHash();
        if (stored == null || !stored.equals(ContentHash.of(revision))) {
            throw new IllegalStateException("revision " + revisionId + " does not match its approved content hash");
        }
        if (!stored.equalsIgnoreCase(contentHash.strip())) {
            throw InvalidInputException.of("contentHash", "policy.ack.error.hashMismatch");
        }
        Optional<CampaignRepository.Confirmation> existing = repository.confirmation(revisionId, personId);
        if (existing.isPresent()) {
            return existing.get();
        }
        CampaignRepository.Confirmation confirmation = repository.confirm(new CampaignRepository.Confirmation(
                0, revisionId, document.id(), personId, stored, user.login(), OffsetDateTime.now(clock), channel));
        events.publishEvent(
                new ConfirmationRecorded(revisionId, document.id(), personId, stored, channel, user.login()));
        return confirmation;
    }

    /** What the signed-in person still has to confirm: open campaigns that target them, earliest due first. */
    @Transactional(readOnly = true)
    public List<ToConfirm> toConfirm() {
        Long personId = Access.current().map(CurrentUser::personId).orElse(null);
        if (personId == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<PersonSummary> person = directory.person(personId);
        if (person.isEmpty() || !directory.inPostOn(personId, today)) {
            return List.of();
        }
        Reader reader = policyAccess.currentReader();
        List<UnitSummary> units = directory.units();
        Map<Long, ToConfirm> byRevision = new LinkedHashMap<>();
        for (AcknowledgementCampaign campaign : repository.notClosed()) {
            if (byRevision.containsKey(campaign.revisionId())
                    && byRevision.get(campaign.revisionId()).dueOn() != null
                    && (campaign.dueOn() == null
                            || !campaign.dueOn()
                                    .isBefore(byRevision
                                            .get(campaign.revisionId())
                                            .dueOn()))) {
                continue;
            }
            if (campaign.audience().select(List.of(person.get()), units).isEmpty()) {
                continue;
            }
            Optional<PolicyDocument> document = documents.find(campaign.documentId());
            if (document.isEmpty() || !ReadingRule.allows(reader, document.get())) {
                continue;
            }
            Optional<Revision> inForce = revisions.inForce(campaign.documentId(), today);
            if (inForce.isEmpty() || inForce.get().id() != campaign.revisionId()) {
                continue;
            }
            if (repository.confirmation(campaign.revisionId(), personId).isPresent()) {
                continue;
            }
            byRevision.put(
                    campaign.revisionId(),
                    new ToConfirm(
                            document.get(), inForce.get(), campaign.dueOn(), campaign.overdueOn(today), campaign.id()));
        }
        return byRevision.values().stream()
                .sorted(Comparator.comparing(
                        ToConfirm::dueOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
                .toList();
    }

    /** How many revisions the signed-in person still has to confirm (for links and badges). */
    @Transactional(readOnly = true)
    public int toConfirmCount() {
        return toConfirm().size();
    }

    /** Everything the signed-in person confirmed, newest first (documents they can still read). */
    @Transactional(readOnly = true)
    public List<Confirmed> confirmed() {
        Long personId = Access.current().map(CurrentUser::personId).orElse(null);
        if (personId == null) {
            return List.of();
        }
        Reader reader = policyAccess.currentReader();
        List<Confirmed> result = new ArrayList<>();
        for (CampaignRepository.Confirmation confirmation : repository.confirmationsOf(personId)) {
            documents
                    .find(confirmation.documentId())
                    .filter(d -> ReadingRule.allows(reader, d))
                    .ifPresent(d -> result.add(
                            new Confirmed(d, revisions.get(d.id(), confirmation.revisionId()), confirmation)));
        }
        return result;
    }

    /** The panel below a revision's body (the policy pages include it through {@code ack.html}). */
    @Transactional(readOnly = true)
    public RevisionPanel panel(PolicyDocument document, Revision revision) {
        LocalDate today = LocalDate.now(clock);
        boolean inForce = revisions
                .inForce(document.id(), today)
                .map(r -> r.id() == revision.id())
                .orElse(false);
        Long personId = Access.current().map(CurrentUser::personId).orElse(null);
        CampaignRepository.Confirmation confirmation = personId == null
                ? null
                : repository.confirmation(revision.id(), personId).orElse(null);
        boolean canConfirm = inForce && personId != null && confirmation == null && revision.contentHash() != null;
        List<CampaignLine> lines = new ArrayList<>();
        if (seesProgress()) {
            Map<Long, Optional<Revision>> cache = new HashMap<>();
            for (AcknowledgementCampaign campaign : repository.ofRevision(revision.id())) {
                lines.add(line(campaign, document, today, cache));
            }
        }
        return new RevisionPanel(
                inForce, canConfirm, personId != null, confirmation, inForce && access.isBodyWideManager(), lines);
    }

    // ---- rules and helpers -------------------------------------------------------------

    /** Who the campaign targets on the day: its audience among the people in post who may read the document. */
    List<PersonSummary> targets(AcknowledgementCampaign campaign, PolicyDocument document, LocalDate day) {
        List<PersonSummary> chosen = campaign.audience().select(directory.peopleInPost(day), directory.units());
        if (document.visibility().audience() != Audience.RESTRICTED) {
            return chosen;
        }
        Map<Long, Reader> readers = policyAccess.readersFor(chosen, day);
        return chosen.stream()
                .filter(p -> ReadingRule.allows(readers.get(p.id()), document))
                .toList();
    }

    CampaignProgress progress(AcknowledgementCampaign campaign, PolicyDocument document, LocalDate day) {
        Map<Long, LocalDate> reminded = new HashMap<>();
        repository
                .lastReminders(campaign.id())
                .forEach((person, at) -> reminded.put(
                        person, at.atZoneSameInstant(BodyClock.ZONE).toLocalDate()));
        return CampaignProgress.of(
                targets(campaign, document, day),
                repository.confirmedBy(campaign.revisionId()),
                directory.units(),
                directory.categories(),
                reminded);
    }

    /** True when the user may follow campaigns: body-wide managers, auditors, unit heads. */
    public boolean seesProgress() {
        return access.canReadAll()
                || Access.current()
                        .map(u -> u.grants().stream()
                                .anyMatch(g -> g.role() == Role.SECURITY_OFFICER || g.role() == Role.SECURITY_MANAGER))
                        .orElse(false);
    }

    /** True when the user may start campaigns. */
    public boolean canStart() {
        return access.isBodyWideManager();
    }

    /** For the handlers' {@code @PreAuthorize}: {@link #canStart()}, or a refusal naming why. */
    public boolean mayStart() {
        requireBodyWideManager();
        return true;
    }

    private void requireSeesProgress() {
        if (!seesProgress()) {
            throw new NotAllowedException("policy.ack.error.notAllowed");
        }
    }

    private void requireBodyWideManager() {
        if (!access.isBodyWideManager()) {
            throw new NotAllowedException("policy.ack.error.notAllowed");
        }
    }

    private List<Problem> unknownIds(CampaignAudience audience) {
        List<Problem> problems = new ArrayList<>();
        if (audience instanceof CampaignAudience.Units) {
            var known = directory.units().stream().map(UnitSummary::id).collect(Collectors.toSet());
            audience.ids().stream()
                    .filter(id -> !known.contains(id))
                    .forEach(id -> problems.add(Problem.of("unitIds", "policy.ack.error.unknownUnit", id)));
        } else if (audience instanceof CampaignAudience.Categories) {
            var known = directory.categories().stream().map(CategorySummary::id).collect(Collectors.toSet());
            audience.ids().stream()
                    .filter(id -> !known.contains(id))
                    .forEach(id -> problems.add(Problem.of("categoryIds", "policy.ack.error.unknownCategory", id)));
        }
        return problems;
    }

    /** The names of the units or categories an audience names (empty for all staff). */
    List<String> audienceNames(CampaignAudience audience) {
        if (audience instanceof CampaignAudience.Units) {
            Map<Long, String> names = directory.units().stream()
                    .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
            return audience.ids().stream()
                    .map(id -> names.getOrDefault(id, "#" + id))
                    .toList();
        }
        if (audience instanceof CampaignAudience.Categories) {
            Map<Long, String> names = directory.categories().stream()
                    .collect(Collectors.toMap(CategorySummary::id, CategorySummary::name, (a, b) -> a));
            return audience.ids().stream()
                    .map(id -> names.getOrDefault(id, "#" + id))
                    .toList();
        }
        return List.of();
    }

    private void send(
            List<PersonSummary> people,
            String topic,
            String keyPrefix,
            PolicyDocument document,
            Revision revision,
            @Nullable LocalDate dueOn) {
        Notifications sender = notifications.getIfAvailable();
        if (sender == null || people.isEmpty()) {
            return;
        }
        for (PersonSummary person : people) {
            sender.send(notice(person.id(), topic, keyPrefix, document, revision, dueOn));
        }
    }

    /** The notice about a campaign's document, in Japanese, with the texts under {@code keyPrefix}. */
    Notice notice(
            long personId,
            String topic,
            String keyPrefix,
            PolicyDocument document,
            Revision revision,
            @Nullable LocalDate dueOn) {
        String due = dueOn == null ? messages.getMessage("policy.ack.notice.noDue", null, JA) : Wareki.japanese(dueOn);
        String effective = revision.effectiveOn() == null ? "" : Wareki.japanese(revision.effectiveOn());
        Object[] args = {document.title(), revision.documentNumber(), effective, due};
        return new Notice(
                personId,
                topic,
                messages.getMessage(keyPrefix + ".title", args, JA),
                messages.getMessage(keyPrefix + ".body", args, JA),
                LINK);
    }
}
