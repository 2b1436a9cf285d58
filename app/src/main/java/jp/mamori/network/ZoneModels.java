package jp.mamori.network;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.control.exceptions.Exceptions;
import jp.mamori.netcheck.zone.ZoneModel;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone model's versions: the one in force, the open one (a draft, or in approval), writing a
 * draft on the page or from a file, submitting, approving by another person, returning; and the
 * zone file that netcheck reads (the model in force plus the register's exceptions holding today).
 */
@Service
public class ZoneModels {
    static final String FILE_NAME = "zones.yaml";

    private final ZoneVersionRepository repository;
    private final Exceptions exceptions;
    private final NetworkAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ZoneModels(
            ZoneVersionRepository repository,
            Exceptions exceptions,
            NetworkAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.exceptions = exceptions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome of reading a file: its problems (by line), and the draft's number unless a dry run. */
    public record ImportOutcome(
            ZoneFile.Read read, @Nullable Integer versionNumber) {
        public boolean valid() {
            return read.valid();
        }
    }

    @Transactional(readOnly = true)
    public Optional<ZoneVersion> inForce() {
        return repository.inState(ZoneVersionState.IN_FORCE);
    }

    /** The version being written or in approval, if any (there is at most one). */
    @Transactional(readOnly = true)
    public Optional<ZoneVersion> open() {
        return repository.inState(ZoneVersionState.DRAFT, ZoneVersionState.IN_APPROVAL);
    }

    @Transactional(readOnly = true)
    public List<ZoneVersion> versions() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public ZoneVersion version(int number) {
        return repository.byNumber(number).orElseThrow(() -> new NotFoundException("zone-model", number));
    }

    /** The model a version holds. */
    public ZoneDocument document(ZoneVersion v) {
        ZoneFile.Read read = ZoneFile.read(FILE_NAME, v.content(), Set.of(), clock);
        if (!read.valid()) {
            throw new IllegalStateException("stored zone model version " + v.number() + " does not read back");
        }
        return java.util.Objects.requireNonNull(read.document());
    }

    /** The ids of the register's exceptions holding today: an import leaves these to the register. */
    Set<String> registerIds() {
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> x : exceptions.netcheckItems(LocalDate.now(clock))) {
            ids.add(String.valueOf(x.get("id")));
        }
        return ids;
    }

    /**
     * Writes the model as the open draft (a new version when there is none). Every problem netcheck
     * finds names the row; refused while a version is in approval.
     */
    @Transactional
    public ZoneVersion saveDraft(ZoneDocument document, String note) {
        if (!access.mayEdit()) {
            throw new NotAllowedException("network.zone.error.mayNotEdit");
        }
        ZoneFile.Written written = ZoneFile.write(document, List.of(), List.of());
        ZoneFile.Read read = ZoneFile.read(FILE_NAME, written.text(), Set.of(), clock);
        if (!read.valid()) {
            List<InvalidInputException.Problem> problems = new ArrayList<>();
            for (ZoneFile.Problem p : read.problems()) {
                String row = written.rows().getOrDefault(p.line(), "");
                problems.add(InvalidInputException.Problem.of(
                        "model",
                        "network.zone.error.row",
                        rowLabel(row),
                        p.args().isEmpty() ? "" : p.args().get(0)));
            }
            throw new InvalidInputException(problems);
        }
        return store(written.text(), note, Access.currentLogin(), "form", document);
    }

    /**
     * Reads a zone file (UTF-8, at most {@link ZoneFile#MAX_BYTES}) and, when it is valid and not a
     * dry run, stores it as the open draft. Not YAML at all: {@link ZoneFile.Unreadable}.
     */
    @Transactional
    public ImportOutcome importFile(String fileName, byte[] bytes, boolean dryRun, String actor) {
        if (bytes.length > ZoneFile.MAX_BYTES) {
            throw new ZoneFile.Unreadable(0, "2 MB を超えるファイルは読み込みません");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ZoneFile.Unreadable(0, "UTF-8 のテキストではありません");
        }
        ZoneFile.Read read = ZoneFile.read(fileName, text, registerIds(), clock);
        if (!read.valid() || dryRun) {
            return new ImportOutcome(read, null);
        }
        ZoneDocument doc = java.util.Objects.requireNonNull(read.document());
        if (open().filter(v -> v.state() == ZoneVersionState.IN_APPROVAL).isPresent()) {
            throw InvalidInputException.of("model", "network.zone.error.inApproval");
        }
        String canonical = ZoneFile.write(doc, List.of(), List.of()).text();
        ZoneVersion v = store(canonical, "取込み: " + fileName, actor, "import", doc);
        return new ImportOutcome(read, v.number());
    }

    private ZoneVersion store(String content, String note, String actor, String source, ZoneDocument doc) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String hash = sha256(content.getBytes(StandardCharsets.UTF_8));
        Optional<ZoneVersion> open = open();
        int number;
        if (open.isPresent()) {
            if (open.get().state() == ZoneVersionState.IN_APPROVAL) {
                throw InvalidInputException.of("model", "network.zone.error.inApproval");
            }
            number = open.get().number();
            repository.updateDraft(number, content, hash, note.strip(), actor, now);
        } else {
            number = repository.nextNumber();
            repository.insert(number, content, hash, note.strip(), actor, now);
        }
        events.publishEvent(new NetworkEvent.DraftSaved(
                String.valueOf(number),
                actor,
                source,
                hash,
                doc.zones().size(),
                doc.policy().size(),
                doc.relays().size(),
                doc.paths().size(),
                doc.interfaces().size()));
        return version(number);
    }

    @Transactional
    public ZoneVersion submit(int number) {
        if (!access.mayEdit()) {
            throw new NotAllowedException("network.zone.error.mayNotEdit");
        }
        ZoneVersion v = version(number);
        if (v.state() != ZoneVersionState.DRAFT) {
            throw InvalidInputException.of("model", "network.zone.error.notDraft");
        }
        String actor = Access.currentLogin();
        repository.submit(number, actor, OffsetDateTime.now(clock));
        events.publishEvent(new NetworkEvent.Submitted(String.valueOf(number), actor, v.sha256()));
        return version(number);
    }

    /** May the signed-in person decide this version: an approver who neither wrote nor submitted it. */
    public boolean mayDecide(ZoneVersion v) {
        String me = Access.current().map(u -> u.login()).orElse("");
        return v.state() == ZoneVersionState.IN_APPROVAL
                && access.mayApprove()
                && !me.equals(v.createdBy())
                && !me.equals(v.updatedBy())
                && !me.equals(v.submittedBy());
    }

    @Transactional
    public ZoneVersion approve(int number, String comment) {
        ZoneVersion v = version(number);
        checkDecision(v);
        String actor = Access.currentLogin();
        String replaced = inForce().map(f -> String.valueOf(f.number())).orElse("");
        repository.decide(number, ZoneVersionState.IN_FORCE, actor, comment.strip(), OffsetDateTime.now(clock));
        repository.supersede(number);
        events.publishEvent(
                new NetworkEvent.Approved(String.valueOf(number), actor, v.sha256(), comment.strip(), replaced));
        return version(number);
    }

    @Transactional
    public ZoneVersion returnDraft(int number, String comment) {
        ZoneVersion v = version(number);
        checkDecision(v);
        if (comment.isBlank()) {
            throw InvalidInputException.of("comment", "network.zone.error.commentRequired");
        }
        String actor = Access.currentLogin();
        repository.decide(number, ZoneVersionState.DRAFT, actor, comment.strip(), OffsetDateTime.now(clock));
        events.publishEvent(new NetworkEvent.Returned(String.valueOf(number), actor, comment.strip()));
        return version(number);
    }

    private void checkDecision(ZoneVersion v) {
        if (v.state() != ZoneVersionState.IN_APPROVAL) {
            throw InvalidInputException.of("comment", "network.zone.error.notInApproval");
        }
        if (!access.mayApprove()) {
            throw new NotAllowedException("network.zone.error.mayNotApprove");
        }
        if (!mayDecide(v)) {
            throw new NotAllowedException("network.zone.error.sameAuthor");
        }
    }

    /**
     * netcheck's zone file of a version (the one in force when null), with the register's exceptions
     * holding on the day after the permanent paths; audited as an export.
     */
    @Transactional
    public ZoneFile.Written export(@Nullable Integer number, String actor) {
        ZoneVersion v = number == null
                ? inForce().orElseThrow(() -> new NotFoundException("zone-model", "in force"))
                : version(number);
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> register = exceptions.netcheckItems(today);
        ZoneFile.Written w = ZoneFile.write(document(v), register, header(v, today, register.size()));
        events.publishEvent(new NetworkEvent.Exported(
                String.valueOf(v.number()), actor, sha256(w.text().getBytes(StandardCharsets.UTF_8)), register.size()));
        return w;
    }

    private static List<String> header(ZoneVersion v, LocalDate day, int register) {
        List<String> h = new ArrayList<>();
        h.add("mamori ゾーンモデル 第" + v.number() + "版 (" + v.state().name() + ", SHA-256 " + v.sha256() + ")");
        h.add("恒久的な許可経路は expires: " + ZoneDocument.PERMANENT + " の exceptions、例外措置台帳の例外 " + register + " 件は " + day
                + " 時点で有効なもの");
        h.add("./mamori netcheck rules --zones このファイル … / ./mamori zones import このファイル で取り込めます");
        return h;
    }

    /** The model in force as netcheck reads it, with the register's exceptions holding today. */
    @Transactional(readOnly = true)
    public Checked modelForCheck() {
        ZoneVersion v =
                inForce().orElseThrow(() -> InvalidInputException.of("model", "network.zone.error.noneInForce"));
        List<Map<String, Object>> register = exceptions.netcheckItems(LocalDate.now(clock));
        String text = ZoneFile.write(document(v), register, List.of()).text();
        return new Checked(v.number(), ZoneModel.parse(FILE_NAME, text, clock));
    }

    /** A model ready for netcheck, with the version it came from. */
    public record Checked(int version, ZoneModel model) {}

    static String rowLabel(String row) {
        if (row.isEmpty()) {
            return "";
        }
        int open = row.indexOf('[');
        if (open < 0) {
            return row;
        }
        String section = row.substring(0, open);
        int index = Integer.parseInt(row.substring(open + 1, row.length() - 1)) + 1;
        String name = switch (section) {
            case "zones" -> "ゾーン";
            case "relays" -> "無害化中継";
            case "policy" -> "ポリシー";
            case "paths" -> "恒久的な許可経路";
            case "interfaces" -> "インターフェース";
            default -> section;
        };
        return name + " " + index + " 行目";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
