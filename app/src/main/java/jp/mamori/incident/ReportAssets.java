package jp.mamori.incident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.asset.AssetPersonalData;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The affected assets inside the report form (速報 / 確報, issue 11): the officer picks assets from the
 * register (search by 管理番号 or name; the assets the incident already links are pre-selected), the
 * form suggests the personal-data facts from their register entries ({@link RegisterFacts}), and the
 * officer confirms or overrides them. Confirming links the newly picked assets (each the audit event
 * {@code incident.asset-linked}), revises the facts when they changed ({@code
 * incident.personal-data-revised}) and records what was confirmed against the suggestion ({@code
 * incident.report-assets-confirmed}). Reading is for whoever may read the incident (404 otherwise),
 * picking and confirming for those who respond to it (403 otherwise).
 */
@Service
public class ReportAssets {
    static final int MAX_PICKED = 50;

    private final IncidentService incidents;
    private final IncidentAssets assets;
    private final IncidentAccess access;
    private final ObjectProvider<AssetRegister> register;
    private final ApplicationEventPublisher events;

    ReportAssets(
            IncidentService incidents,
            IncidentAssets assets,
            IncidentAccess access,
            ObjectProvider<AssetRegister> register,
            ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.assets = assets;
        this.access = access;
        this.register = register;
        this.events = events;
    }

    /**
     * What the report form shows: the assets linked (pre-selected), those picked but not yet
     * confirmed, the register's entries of both and the facts they suggest from the given ones.
     *
     * @param picked 管理番号 picked in the form and not yet confirmed (unknown ones are dropped)
     * @param current the facts to start from (the incident's, or the form's on a re-suggestion)
     */
    public record Selection(
            List<IncidentAssets.Linked> linked,
            List<AssetSummary> picked,
            RegisterFacts register,
            PersonalData current,
            PersonalData suggested,
            boolean canPick) {

        /** True when the register adds something to the current facts. */
        public boolean suggests() {
            return !suggested.equals(current);
        }
    }

    @Transactional(readOnly = true)
    public Selection selection(IncidentId id, List<String> picked, PersonalData current) {
        Incident incident = incidents.get(id).incident();
        List<IncidentAssets.Linked> linked = assets.linked(id);
        Set<String> linkedNumbers = new LinkedHashSet<>();
        linked.forEach(l -> linkedNumbers.add(l.number()));
        List<AssetSummary> pickedAssets = new ArrayList<>();
        AssetRegister lookup = register.getIfAvailable();
        if (lookup != null) {
            for (String number : new LinkedHashSet<>(picked)) {
                lookup.byNumber(number)
                        .filter(a -> !linkedNumbers.contains(a.number()))
                        .filter(a ->
                                pickedAssets.stream().noneMatch(p -> p.number().equals(a.number())))
                        .ifPresent(pickedAssets::add);
            }
        }
        Set<String> all = new LinkedHashSet<>(linkedNumbers);
        pickedAssets.forEach(a -> all.add(a.number()));
        RegisterFacts facts = new RegisterFacts(
                lookup == null || all.isEmpty() ? List.<AssetPersonalData>of() : lookup.personalDataOf(all));
        boolean canPick = access.canRespond(incident) && !incident.state().isClosed();
        return new Selection(linked, pickedAssets, facts, current, facts.suggest(current), canPick);
    }

    /** The form as it first opens: the linked assets, the incident's facts and the suggestion. */
    @Transactional(readOnly = true)
    public Selection selection(IncidentId id) {
        return selection(id, List.of());
    }

    /** The form with assets picked but not confirmed, starting from the incident's facts. */
    @Transactional(readOnly = true)
    public Selection selection(IncidentId id, List<String> picked) {
        return selection(id, picked, incidents.get(id).incident().personalData());
    }

    /** Register entries matching the text (管理番号 or name), for those who respond to the incident. */
    @Transactional(readOnly = true)
    public List<AssetSummary> search(IncidentId id, String text) {
        return assets.candidates(id, text);
    }

    /**
     * Confirms the picked assets and the facts: links the assets not linked yet, revises the facts if
     * they changed and records the confirmation. Returns the 管理番号 newly linked.
     */
    @Transactional
    public List<String> confirm(IncidentId id, List<String> picked, PersonalData chosen, String note) {
        Incident incident = incidents.get(id).incident();
        if (!access.canRespond(incident)) {
            throw new NotAllowedException("incident.error.notResponder");
        }
        if (picked.size() > MAX_PICKED) {
            throw InvalidInputException.of("assets", "incident.reportAssets.error.tooMany", MAX_PICKED);
        }
        PersonalData before = incident.personalData();
        Selection selection = selection(id, picked, before);
        List<String> unknown = new ArrayList<>();
        for (String number : picked) {
            String folded = number.strip();
            boolean known = selection.picked().stream().anyMatch(a -> a.number().equalsIgnoreCase(folded))
                    || selection.linked().stream().anyMatch(l -> l.number().equalsIgnoreCase(folded));
            if (!known && !folded.isEmpty()) {
                unknown.add(folded);
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("assets", "incident.asset.error.unknown", String.join("、", unknown));
        }
        List<String> added = new ArrayList<>();
        for (AssetSummary asset : selection.picked()) {
            added.add(assets.link(id, asset.number()).number());
        }
        if (!chosen.equals(before)) {
            incidents.revisePersonalData(id, chosen, note);
        }
        List<String> all = new ArrayList<>();
        selection.linked().forEach(l -> all.add(l.number()));
        all.addAll(added);
        events.publishEvent(new IncidentEvent.IncidentReportAssetsConfirmed(
                id,
                Access.currentLogin(),
                String.join(",", added),
                String.join(",", all),
                selection.suggested(),
                chosen,
                String.join(",", RegisterFacts.overridden(selection.suggested(), chosen))));
        return added;
    }
}
