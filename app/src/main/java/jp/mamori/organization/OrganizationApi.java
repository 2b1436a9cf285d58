package jp.mamori.organization;

import java.net.URI;
import jp.mamori.shared.Access;
import jp.mamori.shared.NotAllowedException;
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
@RequestMapping(path = "/api/v1", produces = "application/json")
class OrganizationApi {
    private final Units units;
    private final People people;
    private final Access access;

    OrganizationApi(Units units, People people, Access access) {
        this.units = units;
        this.people = people;
        this.access = access;
    }

    /** Units ordered by code, optionally only those whose code or name contains {@code q}. */
    @GetMapping("/units")
    ApiPage<UnitResource> units(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "") String q) {
        int[] bounds = Page.bounds(page, size);
        return ApiPage.of(units.page(q, bounds[0], bounds[1]).map(UnitResource::of));
    }

    @GetMapping("/units/{id}")
    UnitResource unit(@PathVariable long id) {
        return UnitResource.of(units.get(id));
    }

    @PostMapping(path = "/units", consumes = "application/json")
    @PreAuthorize("@access.isBodyWideManager()")
    ResponseEntity<UnitResource> createUnit(@RequestBody UnitRequest request) {
        Unit unit = units.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(UnitResource.of(unit));
    }

    @PutMapping(path = "/units/{id}", consumes = "application/json")
    @PreAuthorize("@access.isBodyWideManager()")
    UnitResource changeUnit(@PathVariable long id, @RequestBody UnitRequest request) {
        return UnitResource.of(units.change(id, request.draft()));
    }

    /**
     * People ordered by フリガナ. Filters: {@code unitId} (with the units below it), {@code category}
     * (name), {@code q} (name, kana, staff number or mail), {@code status} (IN_POST, OUT_OF_POST, ALL).
     */
    @GetMapping("/people")
    ApiPage<PersonResource> people(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "ALL") PersonFilter.Status status) {
        int[] bounds = Page.bounds(page, size);
        var today = BodyTime.today();
        return ApiPage.of(people.page(new PersonFilter(unitId, category, q, status), bounds[0], bounds[1])
                .map(p -> PersonResource.of(p, today)));
    }

    @GetMapping("/people/{id}")
    PersonResource person(@PathVariable long id) {
        return PersonResource.of(people.get(id), BodyTime.today());
    }

    @PostMapping(path = "/people", consumes = "application/json")
    ResponseEntity<PersonResource> createPerson(@RequestBody PersonRequest request) {
        if (request.unitId() != null) {
            requireManages(request.unitId());
        } else if (!access.isBodyWideManager()) {
            throw new NotAllowedException("organization.notAllowed.unit");
        }
        Person person = people.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
                .body(PersonResource.of(person, BodyTime.today()));
    }

    @PutMapping(path = "/people/{id}", consumes = "application/json")
    PersonResource changePerson(@PathVariable long id, @RequestBody PersonRequest request) {
        Person before = people.get(id);
        requireManages(before.unitId());
        if (request.unitId() != null) {
            requireManages(request.unitId());
        }
        return PersonResource.of(people.change(id, request.draft()), BodyTime.today());
    }

    private void requireManages(long unitId) {
        if (!access.canManageUnit(unitId)) {
            throw new NotAllowedException("organization.notAllowed.unit");
        }
    }
}
