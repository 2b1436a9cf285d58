package jp.mamori.policy;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.mamori.organization.Directory;
import jp.mamori.policy.PolicyEvent.PolicyDocumentChanged;
import jp.mamori.policy.PolicyEvent.PolicyDocumentCreated;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy documents: creating and changing them, the tree of the documents a person may read, and
 * search. Reading goes through {@link PolicyAccess}, so nothing here shows a document the reader
 * may not see.
 */
@Service
public class PolicyDocuments {
    private final PolicyRepository repository;
    private final RevisionRepository revisions;
    private final PolicyAccess access;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    PolicyDocuments(
            PolicyRepository repository,
            RevisionRepository revisions,
            PolicyAccess access,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.revisions = revisions;
        this.access = access;
        this.directory = directory;
        this.events = events;
    }

    /** One document in the tree, with its revision in force today and its open revision (if shown). */
    public record Node(
            PolicyDocument document,
            int depth,
            @Nullable Revision inForce,
            @Nullable Revision open,
            @Nullable String excerpt) {}

    /** The documents the signed-in user may read, as a tree: basic policy, standards, procedures. */
    @Transactional(readOnly = true)
    public List<Node> tree() {
        return arrange(access.visibleDocuments(), d -> null);
    }

    /**
     * The readable documents whose title, subject, 文書番号 or text (revision in force; drafts for
     * those who see them) contains every word of the query. Width and case are ignored (NFKC).
     */
    @Transactional(readOnly = true)
    public List<Node> search(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return tree();
        }
        Map<Long, String> excerpts = new LinkedHashMap<>();
        List<PolicyDocument> found = new ArrayList<>();
        for (PolicyDocument document : access.visibleDocuments()) {
            RevisionTimeline timeline = new RevisionTimeline(revisions.ofDocument(document.id()));
            List<String> texts = new ArrayList<>(List.of(document.title(), document.subject()));
            timeline.inForceOn(LocalDate.now(clock)).ifPresent(r -> texts.addAll(texts(r)));
            if (access.seesUnapproved(document)) {
                timeline.open().ifPresent(r -> texts.addAll(texts(r)));
            }
            String haystack = normal(String.join("\n", texts));
            if (words.stream().allMatch(haystack::contains)) {
                found.add(document);
                excerpts.put(document.id(), excerpt(texts, words.get(0)));
            }
        }
        return arrange(found, excerpts::get);
    }

    @Transactional
    public PolicyDocument create(DocumentDraft draft) {
        check(draft, null);
        if (!access.canCreate(Objects.requireNonNull(draft.tier()), Objects.requireNonNull(draft.ownerUnitId()))) {
            throw new NotAllowedException("policy.notAllowed.create");
        }
        PolicyDocument document = new PolicyDocument(
                0,
                draft.tier(),
                draft.parentId(),
                draft.title(),
                draft.subject(),
                draft.ownerUnitId(),
                draft.visibility(),
                OffsetDateTime.now(clock));
        long id = repository.insert(document, Access.currentLogin());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tier", draft.tier().name());
        details.put("title", draft.title());
        details.put("subject", draft.subject());
        details.put("parentId", Objects.toString(draft.parentId(), ""));
        details.put("ownerUnitId", draft.ownerUnitId().toString());
        details.put("visibility", describe(draft.visibility()));
        events.publishEvent(new PolicyDocumentCreated(id, Access.currentLogin(), details));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public PolicyDocument change(long id, DocumentDraft draft) {
        PolicyDocument before = access.readable(id, "edit");
        if (!access.canEdit(before)) {
            throw new NotAllowedException("policy.notAllowed.edit");
        }
        DocumentDraft fixedTier = new DocumentDraft(
                before.tier(),
                draft.parentId(),
                draft.title(),
                draft.subject(),
                draft.ownerUnitId(),
                draft.visibility());
        check(fixedTier, before);
        if (!Objects.equals(fixedTier.ownerUnitId(), before.ownerUnitId())
                && !access.canCreate(before.tier(), Objects.requireNonNull(fixedTier.ownerUnitId()))) {
            throw new NotAllowedException("policy.notAllowed.edit");
        }
        PolicyDocument after = new PolicyDocument(
                id,
                before.tier(),
                fixedTier.parentId(),
                fixedTier.title(),
                fixedTier.subject(),
                Objects.requireNonNull(fixedTier.ownerUnitId()),
                fixedTier.visibility(),
                before.createdAt());
        Map<String, String> changes = new LinkedHashMap<>();
        change(changes, "title", before.title(), after.title());
        change(changes, "subject", before.subject(), after.subject());
        change(changes, "parentId", before.parentId(), after.parentId());
        change(changes, "ownerUnitId", before.ownerUnitId(), after.ownerUnitId());
        change(changes, "visibility", describe(before.visibility()), describe(after.visibility()));
        if (!changes.isEmpty()) {
            repository.update(after, OffsetDateTime.now(clock));
            events.publishEvent(new PolicyDocumentChanged(id, Access.currentLogin(), changes));
        }
        return repository.find(id).orElseThrow();
    }

    /** The documents a new document of the tier may hang under, among those the user can read. */
    @Transactional(readOnly = true)
    public List<PolicyDocument> possibleParents(PolicyTier tier) {
        return access.visibleDocuments().stream()
                .filter(d -> d.tier() == tier.parentTier())
                .toList();
    }

    private void check(DocumentDraft draft, @Nullable PolicyDocument before) {
        List<Problem> problems = new ArrayList<>(draft.problems());
        PolicyTier tier = draft.tier();
        if (tier != null) {
            Optional<PolicyDocument> parent =
                    draft.parentId() == null ? Optional.empty() : repository.find(draft.parentId());
            if (draft.parentId() != null && parent.isEmpty()) {
                problems.add(Problem.of("parentId", "policy.document.error.parentUnknown"));
            } else if (!tier.allowsParent(parent.map(PolicyDocument::tier).orElse(null))) {
                problems.add(Problem.of("parentId", "policy.document.error.parentTier"));
            }
            if (tier == PolicyTier.BASIC_POLICY
                    && repository.all().stream()
                            .anyMatch(d ->
                                    d.tier() == PolicyTier.BASIC_POLICY && (before == null || d.id() != before.id()))) {
                problems.add(Problem.of("tier", "policy.document.error.oneBasicPolicy"));
            }
        }
        if (draft.ownerUnitId() != null && directory.unit(draft.ownerUnitId()).isEmpty()) {
            problems.add(Problem.of("ownerUnitId", "policy.document.error.unitUnknown"));
        }
        for (Long unit : draft.visibility().unitIds()) {
            if (directory.unit(unit).isEmpty()) {
                problems.add(Problem.of("visibleUnits", "policy.document.error.unitUnknown"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Puts documents in tree order; a document whose parent is not in the list goes to the top. */
    private List<Node> arrange(
            List<PolicyDocument> documents, java.util.function.Function<Long, @Nullable String> excerpt) {
        Map<Long, PolicyDocument> byId = documents.stream()
                .collect(Collectors.toMap(PolicyDocument::id, d -> d, (a, b) -> a, LinkedHashMap::new));
        Comparator<PolicyDocument> order = Comparator.comparing(PolicyDocument::tier)
                .thenComparing(PolicyDocument::title)
                .thenComparingLong(PolicyDocument::id);
        Map<@Nullable Long, List<PolicyDocument>> children = new LinkedHashMap<>();
        for (PolicyDocument d : documents) {
            Long parent = d.parentId() != null && byId.containsKey(d.parentId()) ? d.parentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
        }
        children.values().forEach(list -> list.sort(order));
        List<Node> nodes = new ArrayList<>();
        add(nodes, children, null, 0, excerpt);
        return nodes;
    }

    private void add(
            List<Node> nodes,
            Map<@Nullable Long, List<PolicyDocument>> children,
            @Nullable Long parent,
            int depth,
            java.util.function.Function<Long, @Nullable String> excerpt) {
        for (PolicyDocument d : children.getOrDefault(parent, List.of())) {
            RevisionTimeline timeline = new RevisionTimeline(revisions.ofDocument(d.id()));
            Revision open = access.seesUnapproved(d) ? timeline.open().orElse(null) : null;
            nodes.add(new Node(
                    d, depth, timeline.inForceOn(LocalDate.now(clock)).orElse(null), open, excerpt.apply(d.id())));
            add(nodes, children, d.id(), depth + 1, excerpt);
        }
    }

    private static List<String> texts(Revision r) {
        return List.of(r.documentNumber(), r.body(), r.supplementaryProvisions());
    }

    static List<String> words(String query) {
        return java.util.Arrays.stream(normal(query).split("[\\s　]+"))
                .filter(w -> !w.isBlank())
                .toList();
    }

    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** About 60 characters around the first match of the word, for the result list. */
    private static String excerpt(List<String> texts, String word) {
        for (String text : texts) {
            String normal = normal(text);
            int at = normal.indexOf(word);
            if (at >= 0 && normal.length() == text.length()) {
                int from = Math.max(0, at - 25);
                int to = Math.min(text.length(), at + word.length() + 35);
                return (from > 0 ? "…" : "")
                        + text.substring(from, to).replace('\n', ' ')
                        + (to < text.length() ? "…" : "");
            }
        }
        return "";
    }

    static String describe(Visibility v) {
        if (v.audience() != Audience.RESTRICTED) {
            return v.audience().name();
        }
        return "RESTRICTED roles=" + v.sortedRoles() + " units=" + v.sortedUnitIds();
    }

    private static void change(
            Map<String, String> changes, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, Objects.toString(before, "") + " → " + Objects.toString(after, ""));
        }
    }
}
