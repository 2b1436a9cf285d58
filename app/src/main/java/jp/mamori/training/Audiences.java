package jp.mamori.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Role;
import jp.mamori.shared.UnitHierarchy;
import jp.mamori.shared.Wareki;
import org.springframework.stereotype.Component;

/**
 * Who owes which course, and by when. The people counted are those in post on the reference day —
 * today, or the year's last day (31 March) once the year is over — so leavers drop out; each
 * person's due date is the course's, or their 着任日 plus the course's days when that is later (and
 * always so for a new-hire course, which counts only people who came into post in the 年度).
 */
@Component
class Audiences {
    private final TrainingRepository repository;
    private final Directory directory;
    private final UnitHierarchy hierarchy;

    Audiences(TrainingRepository repository, Directory directory, UnitHierarchy hierarchy) {
        this.repository = repository;
        this.directory = directory;
        this.hierarchy = hierarchy;
    }

    /** The day whose people count for the year: today within the year, 31 March after it, 1 April before it. */
    static LocalDate referenceDay(int year, LocalDate today) {
        LocalDate start = LocalDate.of(year, 4, 1);
        LocalDate end = LocalDate.of(year + 1, 3, 31);
        if (today.isAfter(end)) {
            return end;
        }
        return today.isBefore(start) ? start : today;
    }

    /** Every obligation of the courses (all of one year), with their completions. */
    List<Obligation> obligations(List<Course> courses, LocalDate today) {
        if (courses.isEmpty()) {
            return List.of();
        }
        int year = courses.get(0).fiscalYear();
        LocalDate day = referenceDay(year, today);
        List<Member> members = repository.membersInPost(day);
        Map<Role, Set<Long>> holders = new HashMap<>();
        Map<Long, Map<Long, LocalDate>> done =
                repository.completions(courses.stream().map(Course::id).toList());
        List<Obligation> out = new ArrayList<>();
        for (Course course : courses) {
            Set<Long> units = expand(course.audience().unitIds());
            for (Role role : course.audience().roles()) {
                holders.computeIfAbsent(role, r -> ids(directory.holders(r, day)));
            }
            Map<Long, LocalDate> completed = done.getOrDefault(course.id(), Map.of());
            for (Member m : members) {
                if (includes(course, m, units, holders)) {
                    out.add(new Obligation(
                            course.id(),
                            course.title(),
                            course.kind(),
                            m,
                            course.dueFor(m.inPostFrom()),
                            completed.get(m.personId())));
                }
            }
        }
        return out;
    }

    /** The obligations of one person among the courses (all of one year). */
    List<Obligation> obligationsOf(long personId, List<Course> courses, LocalDate today) {
        if (courses.isEmpty()) {
            return List.of();
        }
        int year = courses.get(0).fiscalYear();
        LocalDate day = referenceDay(year, today);
        var member = repository.member(personId);
        if (member.isEmpty() || !directory.inPostOn(personId, day)) {
            return List.of();
        }
        Set<Role> roles = new HashSet<>();
        directory.grantsOn(personId, day).forEach(g -> roles.add(g.role()));
        Map<Role, Set<Long>> holders = new HashMap<>();
        for (Role role : Role.values()) {
            holders.put(role, roles.contains(role) ? Set.of(personId) : Set.of());
        }
        Map<Long, Map<Long, LocalDate>> done =
                repository.completions(courses.stream().map(Course::id).toList());
        List<Obligation> out = new ArrayList<>();
        for (Course course : courses) {
            if (includes(course, member.get(), expand(course.audience().unitIds()), holders)) {
                out.add(new Obligation(
                        course.id(),
                        course.title(),
                        course.kind(),
                        member.get(),
                        course.dueFor(member.get().inPostFrom()),
                        done.getOrDefault(course.id(), Map.of()).get(personId)));
            }
        }
        return out;
    }

    private boolean includes(Course course, Member m, Set<Long> units, Map<Role, Set<Long>> holders) {
        Audience a = course.audience();
        if (a.newHiresOnly() && m.inPostFrom().isBefore(LocalDate.of(course.fiscalYear(), 4, 1))) {
            return false;
        }
        if (a.allStaff() || a.roles().contains(Role.STAFF)) {
            return true;
        }
        if (units.contains(m.unitId()) || a.categoryIds().contains(m.categoryId())) {
            return true;
        }
        return a.roles().stream()
                .anyMatch(r -> holders.getOrDefault(r, Set.of()).contains(m.personId()));
    }

    private Set<Long> expand(Set<Long> unitIds) {
        Set<Long> all = new HashSet<>();
        unitIds.forEach(u -> all.addAll(hierarchy.selfAndDescendants(u)));
        return all;
    }

    private static Set<Long> ids(List<PersonSummary> people) {
        Set<Long> ids = new HashSet<>();
        people.forEach(p -> ids.add(p.id()));
        return ids;
    }

    static int yearOf(LocalDate day) {
        return Wareki.fiscalYearOf(day);
    }
}
