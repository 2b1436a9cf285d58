package jp.mamori.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.organization.People;
import jp.mamori.organization.Person;
import jp.mamori.organization.PersonFilter;
import jp.mamori.organization.Unit;
import jp.mamori.organization.Units;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for org units and people: paged lists with filters, read, create, update. Everyone
 * authenticated reads; body-wide managers change units; people change under the same rule as on
 * the pages. Errors are answered as problem JSON by the web module (400 with each field, 403, 404).
 */
@RestController
@Tag(name = "organization", description = "Org units and people (部署・職員)")
@RequestMapping(path = "/api/v1", produces = "application/json")
class OrganizationApi {
    private final Units units;
    private final People people;

    private final Clock clock;

    OrganizationApi(Units units, People people, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.people = people;
    }

    /** Units ordered by code, optionally only those whose code or name contains {@code q}. */
    @Operation(summary = "List units", description = "Paged, ordered by code; q filters by code or name.")
    @GetMapping("/units")
    @PreAuthorize(Rights.READ)
    public Page<UnitResource> units(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "text in the code or name") @RequestParam(defaultValue = "") String q) {
        int[] bounds = Page.bounds(page, size);
        return units.page(q, bounds[0], bounds[1]).map(UnitResource::of);
    }

    @Operation(summary = "Read a unit", description = "404 when the id is unknown.")
    @GetMapping("/units/{id}")
    @PreAuthorize(Rights.READ)
    public UnitResource unit(@PathVariable long id) {
        return UnitResource.of(units.get(id));
    }

    @Operation(
            summary = "Create a unit",
            description = "Body-wide managers only. 201 with Location; 400 lists each invalid field.")
    @PostMapping(path = "/units", consumes = "application/json")
    @PreAuthorize(Rights.MANAGE)
    public ResponseEntity<UnitResource> createUnit(@RequestBody UnitRequest request) {
        Unit unit = units.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(UnitResource.of(unit));
    }

    @Operation(
            summary = "Update a unit",
            description = "Rename or move; a move under itself or a unit below it is a 400 on parentId.")
    @PutMapping(path = "/units/{id}", consumes = "application/json")
    @PreAuthorize(Rights.MANAGE)
    public UnitResource changeUnit(@PathVariable long id, @RequestBody UnitRequest request) {
        return UnitResource.of(units.change(id, request.draft()));
    }

    /**
     * People ordered by フリガナ. Filters: {@code unitId} (with the units below it), {@code category}
     * (name), {@code q} (name, kana, staff number or mail), {@code status} (IN_POST, OUT_OF_POST, ALL).
     */
    @Operation(
            summary = "List people",
            description = "Paged, ordered by kana; filters unitId (with the units below), category, q, status.")
    @GetMapping("/people")
    @PreAuthorize(Rights.READ)
    public Page<PersonResource> people(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "unit id; the units below it are included")
                    @RequestParam(required = false)
                    @Nullable
                    Long unitId,
            @Parameter(description = "employment category name, e.g. 職員") @RequestParam(required = false) @Nullable
                    String category,
            @Parameter(description = "text in the name, kana, staff number or mail address")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "IN_POST, OUT_OF_POST or ALL (as of today, Japan time)")
                    @RequestParam(defaultValue = "ALL")
                    PersonFilter.Status status) {
        int[] bounds = Page.bounds(page, size);
        var today = LocalDate.now(clock);
        return people.page(new PersonFilter(unitId, category, q, status), bounds[0], bounds[1])
                .map(p -> PersonResource.of(p, today));
    }

    @Operation(summary = "Read a person", description = "404 when the id is unknown.")
    @GetMapping("/people/{id}")
    @PreAuthorize(Rights.READ)
    public PersonResource person(@PathVariable long id) {
        return PersonResource.of(people.get(id), LocalDate.now(clock));
    }

    @Operation(
            summary = "Create a person",
            description = "Body-wide managers, or the security officer/manager of the unit. Dates ISO 8601.")
    @PostMapping(path = "/people", consumes = "application/json")
    @PreAuthorize(Rights.CREATE_PEOPLE)
    public ResponseEntity<PersonResource> createPerson(@RequestBody PersonRequest request) {
        if (request.unitId() != null) {
            people.requireManages(request.unitId());
        } else if (!people.managesEveryUnit()) {
            throw new NotAllowedException("organization.notAllowed.unit");
        }
        Person person = people.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
                .body(PersonResource.of(person, LocalDate.now(clock)));
    }

    @Operation(
            summary = "Update a person",
            description = "Same rights as create, for the person's current and new unit.")
    @PutMapping(path = "/people/{id}", consumes = "application/json")
    @PreAuthorize(Rights.CHANGE_PERSON)
    public PersonResource changePerson(@PathVariable long id, @RequestBody PersonRequest request) {
        people.get(id); // an unknown id is 404 before the new unit is checked
        if (request.unitId() != null) {
            people.requireManages(request.unitId());
        }
        return PersonResource.of(people.change(id, request.draft()), LocalDate.now(clock));
    }
}
