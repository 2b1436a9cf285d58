package jp.mamori.committee;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.mamori.committee.CommitteeEvent.AttendanceRecorded;
import jp.mamori.committee.CommitteeEvent.ChairAppointed;
import jp.mamori.committee.CommitteeEvent.MaterialAdded;
import jp.mamori.committee.CommitteeEvent.MeetingPlanned;
import jp.mamori.committee.CommitteeEvent.MinutesApproved;
import jp.mamori.committee.CommitteeEvent.MinutesWritten;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import jp.mamori.shared.UploadedBytes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The committee's members and meetings. Who may do what: body-wide managers (the secretariat,
 * 事務局) appoint the chair, plan meetings, add materials, record attendance and write minutes; the
 * chair approves the minutes with a fresh second factor; members, body-wide managers and auditors
 * read. See {@link Meeting} for the course of a meeting and {@link Decisions} for decisions.
 */
@Service
public class Committee {
    static final int MINUTES_MAX = 50_000;

    private final CommitteeRepository repository;
    private final Directory directory;
    private final Access access;
    private final FreshSecondFactor secondFactor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxMaterialSize;

    Committee(
            CommitteeRepository repository,
            Directory directory,
            Access access,
            FreshSecondFactor secondFactor,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mamori.committee.material-max-size:20MB}") DataSize maxMaterialSize) {
        this.repository = repository;
        this.directory = directory;
        this.access = access;
        this.secondFactor = secondFactor;
        this.events = events;
        this.clock = clock;
        this.maxMaterialSize = maxMaterialSize;
    }

    /** A stored material with its content, checked against its SHA-256. */
    public record MaterialFile(Material material, byte[] content) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Members, the chair, body-wide managers and auditors read the committee's records. */
    public boolean mayRead() {
        if (access.canReadAll() || access.hasRole(Role.COMMITTEE_MEMBER.name())) {
            return true;
        }
        return Access.current()
                .map(CurrentUser::personId)
                .map(p -> repository.chairOn(today()).filter(p::equals).isPresent())
                .orElse(false);
    }

    /** The secretariat: body-wide managers. */
    public boolean mayManage() {
        return access.isBodyWideManager();
    }

    void requireRead() {
        if (!mayRead()) {
            throw new NotAllowedException("cmt.error.mayNotRead");
        }
    }

    void requireManage() {
        if (!mayManage()) {
            throw new NotAllowedException("cmt.error.mayNotManage");
        }
    }

    /** The chair on the day: the person last appointed from that day or before, when in post. */
    @Transactional(readOnly = true)
    public Optional<Member> chair(LocalDate day) {
        return repository
                .chairOn(day)
                .filter(p -> directory.inPostOn(p, day))
                .flatMap(directory::person)
                .map(p -> new Member(p.id(), p.name(), Seat.CHAIR));
    }

    /** Everyone on the committee on the day: the chair first, then the holders of the committee role. */
    @Transactional(readOnly = true)
    public List<Member> members(LocalDate day) {
        List<Member> members = new ArrayList<>();
        Optional<Member> chair = chair(day);
        chair.ifPresent(members::add);
        for (PersonSummary p : directory.holders(Role.COMMITTEE_MEMBER, day)) {
            if (chair.map(c -> c.personId() != p.id()).orElse(true)
                    && members.stream().noneMatch(m -> m.personId() == p.id())) {
                members.add(new Member(p.id(), p.name(), Seat.MEMBER));
            }
        }
        return members;
    }

    /** Who may be appointed chair on the day: the CISO, 副CISO and the holders of the committee role. */
    @Transactional(readOnly = true)
    public List<Member> chairCandidates(LocalDate day) {
        List<Member> candidates = new ArrayList<>();
        for (Role role : List.of(Role.CISO, Role.DEPUTY_CISO, Role.COMMITTEE_MEMBER)) {
            for (PersonSummary p : directory.holders(role, day)) {
                if (candidates.stream().noneMatch(m -> m.personId() == p.id())) {
                    candidates.add(new Member(p.id(), p.name(), Seat.MEMBER));
                }
            }
        }
        return candidates;
    }

    /** Appoints the chair (委員長) from that day; the person must be in post then. */
    @Transactional
    public void appointChair(long personId, @Nullable LocalDate from) {
        requireManage();
        if (from == null) {
            throw InvalidInputException.of("from", "cmt.error.required");
        }
        PersonSummary person = directory
                .person(personId)
                .filter(p -> directory.inPostOn(p.id(), from))
                .orElseThrow(() -> InvalidInputException.of("personId", "cmt.error.notInPost"));
        String actor = Access.currentLogin();
        repository.appointChair(person.id(), person.name(), from, actor, OffsetDateTime.now(clock));
        events.publishEvent(new ChairAppointed(person.id(), actor, person.name(), from));
    }

    @Transactional(readOnly = true)
    public Page<Meeting> meetings(int page, int size) {
        requireRead();
        int[] b = Page.bounds(page, size);
        return new Page<>(repository.meetings(b[0] * b[1], b[1]), b[0], b[1], repository.countMeetings());
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        requireRead();
        return repository.meeting(id, false).orElseThrow(() -> new NotFoundException("committee meeting", id));
    }

    @Transactional(readOnly = true)
    public List<Attendance> attendance(long meetingId) {
        meeting(meetingId);
        return repository.attendance(meetingId);
    }

    @Transactional(readOnly = true)
    public List<Material> materials(long meetingId) {
        meeting(meetingId);
        return repository.materials(meetingId);
    }

    /** Plans a meeting. */
    @Transactional
    public Meeting plan(MeetingDraft draft) {
        requireManage();
        if (!draft.problems().isEmpty()) {
            throw new InvalidInputException(draft.problems());
        }
        String actor = Access.currentLogin();
        long id = repository.insertMeeting(
                draft.title(),
                java.util.Objects.requireNonNull(draft.heldOn()),
                draft.place(),
                draft.agenda(),
                actor,
                OffsetDateTime.now(clock));
        events.publishEvent(new MeetingPlanned(id, actor, draft.title(), draft.heldOn(), draft.place()));
        return repository.meeting(id, false).orElseThrow();
    }

    /**
     * Records who of the members on the meeting's day were present; the meeting is held from then on.
     * Recording again replaces the list (until the minutes are approved).
     */
    @Transactional
    public void recordAttendance(long meetingId, Set<Long> present) {
        requireManage();
        Meeting meeting = locked(meetingId);
        meeting.requireAttendanceAllowed(today());
        List<Member> roster = members(meeting.heldOn());
        Set<Long> rosterIds = roster.stream().map(Member::personId).collect(Collectors.toSet());
        for (long id : present) {
            if (!rosterIds.contains(id)) {
                throw InvalidInputException.of("present", "cmt.error.notMember", id);
            }
        }
        repository.attendance(
                meetingId,
                roster.stream()
                        .map(m -> new Attendance(m.personId(), m.name(), m.seat(), present.contains(m.personId())))
                        .toList());
        repository.held(meetingId, OffsetDateTime.now(clock));
        events.publishEvent(new AttendanceRecorded(
                meetingId,
                Access.currentLogin(),
                new TreeSet<>(present).stream().map(String::valueOf).collect(Collectors.joining(",")),
                roster.size()));
    }

    /** Writes (or rewrites) the minutes of a held meeting. */
    @Transactional
    public void writeMinutes(long meetingId, String text) {
        requireManage();
        Meeting meeting = locked(meetingId);
        meeting.requireHeld();
        String minutes = text.strip();
        if (minutes.isEmpty()) {
            throw InvalidInputException.of("minutes", "cmt.error.required");
        }
        if (minutes.length() > MINUTES_MAX) {
            throw InvalidInputException.of("minutes", "cmt.error.tooLong", MINUTES_MAX);
        }
        String actor = Access.currentLogin();
        repository.minutes(meetingId, minutes, actor, OffsetDateTime.now(clock));
        events.publishEvent(new MinutesWritten(meetingId, actor, sha256(minutes)));
    }

    /** True when the signed-in user may approve the meeting's minutes now. */
    @Transactional(readOnly = true)
    public boolean mayApproveMinutes(Meeting meeting) {
        return minutesRefusal(meeting).isEmpty();
    }

    /** Why the signed-in user may not approve the minutes, as a message key; empty when they may. */
    @Transactional(readOnly = true)
    public Optional<String> minutesRefusal(Meeting meeting) {
        Optional<CurrentUser> user = Access.current();
        if (user.isEmpty()) {
            return Optional.of("cmt.error.notChair");
        }
        Optional<String> refusal = meeting.minutesApprovalRefusal(user.get().login());
        if (refusal.isPresent()) {
            return refusal;
        }
        Long personId = user.get().personId();
        boolean chair = personId != null
                && chair(meeting.heldOn()).map(c -> c.personId() == personId).orElse(false);
        return chair ? Optional.empty() : Optional.of("cmt.error.notChair");
    }

    /** The chair (of the meeting's day) approves the minutes, confirmed with a fresh second factor. */
    @Transactional
    public void approveMinutes(long meetingId, @Nullable String code, @Nullable String source) {
        Meeting meeting = locked(meetingId);
        minutesRefusal(meeting).ifPresent(key -> {
            throw new NotAllowedException(key);
        });
        CurrentUser user = access.user();
        secondFactor.confirm(user.login(), code, source);
        String hash = sha256(meeting.minutes());
        if (!repository.approveMinutes(meetingId, user.login(), user.displayName(), hash, OffsetDateTime.now(clock))) {
            throw new NotAllowedException("cmt.error.closed");
        }
        events.publishEvent(new MinutesApproved(meetingId, user.login(), hash));
    }

    /**
     * Stores an uploaded file with the meeting's materials (the secretariat, until the minutes are
     * approved). The upload is hostile: its size is limited before and while reading, its type is
     * recognised from the content ({@link MaterialType}), the SHA-256 is taken while reading, and
     * the same content twice for one meeting is refused.
     */
    @Transactional
    public Material addMaterial(long meetingId, String fileName, long declaredSize, InputStream in) throws IOException {
        requireManage();
        Meeting meeting = locked(meetingId);
        if (meeting.state() == MeetingState.MINUTES_APPROVED) {
            throw new NotAllowedException("cmt.error.closed");
        }
        long max = maxMaterialSize.toBytes();
        UploadedBytes read = UploadedBytes.read(
                in, declaredSize, max, this::tooLarge, () -> InvalidInputException.of("file", "cmt.error.emptyFile"));
        byte[] content = read.content();
        String name = safeName(fileName);
        MaterialType type = MaterialType.sniff(content, name)
                .orElseThrow(() -> InvalidInputException.of("file", "cmt.error.fileType", name));
        String hash = read.sha256();
        if (repository.hasMaterial(meetingId, hash)) {
            throw InvalidInputException.of("file", "cmt.error.duplicateFile", name);
        }
        String actor = Access.currentLogin();
        long id = repository.insertMaterial(
                meetingId, name, type.contentType(), hash, content, actor, OffsetDateTime.now(clock));
        events.publishEvent(new MaterialAdded(meetingId, actor, id, name, hash, content.length));
        return repository.material(id).orElseThrow();
    }

    /** A material of the meeting, handed out only when its content still has the stored SHA-256. */
    @Transactional(readOnly = true)
    public MaterialFile material(long meetingId, long materialId) {
        meeting(meetingId);
        Material material = repository
                .material(materialId)
                .filter(m -> m.meetingId() == meetingId)
                .orElseThrow(() -> new NotFoundException("committee material", materialId));
        byte[] content = repository.materialContent(materialId);
        if (!UploadedBytes.matches(content, material.sha256())) {
            throw new IllegalStateException("material " + materialId + " does not match its SHA-256");
        }
        return new MaterialFile(material, content);
    }

    Meeting locked(long id) {
        requireRead();
        return repository.meeting(id, true).orElseThrow(() -> new NotFoundException("committee meeting", id));
    }

    /** A file name safe to store and hand out: no path, no control characters, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .map(c -> "<>:\"|?*".indexOf(c) >= 0 ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "material";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(String text) {
        return UploadedBytes.sha256Of(text.getBytes(StandardCharsets.UTF_8));
    }

    private InvalidInputException tooLarge() {
        return InvalidInputException.of("file", "cmt.error.fileTooLarge", maxMaterialSize.toMegabytes());
    }
}
