package jp.mamori.organization;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import jp.mamori.organization.OrganizationEvent.CategoryChanged;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of employment categories (雇用区分). Body-wide managers add, rename and retire entries; a
 * retired category cannot be given to anyone new but stays on the people who have it.
 */
@Service
public class Categories {
    static final int NAME_MAX = 50;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Categories(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Category> all() {
        return jdbc.sql("select id, name, sort_order, active from org_employment_category order by sort_order, id")
                .query((rs, n) -> new Category(
                        rs.getLong("id"), rs.getString("name"), rs.getInt("sort_order"), rs.getBoolean("active")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Category> active() {
        return all().stream().filter(Category::active).toList();
    }

    @Transactional(readOnly = true)
    Optional<Category> byName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Transactional
    public Category add(String rawName) {
        String name = checkedName(rawName, -1);
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 10 from org_employment_category")
                .query(Integer.class)
                .single();
        jdbc.sql("insert into org_employment_category (name, sort_order, active) values (:name, :order, true)")
                .param("name", name)
                .param("order", order)
                .update();
        Category created = byName(name).orElseThrow();
        events.publishEvent(new CategoryChanged(
                created.id(),
                Access.currentLogin(),
                Changes.start()
                        .field("name", null, name)
                        .field("active", null, true)
                        .toMap()));
        return created;
    }

    @Transactional
    public void change(long id, String rawName, boolean active) {
        Category before = all().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("category", id));
        String name = checkedName(rawName, id);
        jdbc.sql("update org_employment_category set name = :name, active = :active where id = :id")
                .param("name", name)
                .param("active", active)
                .param("id", id)
                .update();
        Changes changes = Changes.start().field("name", before.name(), name).field("active", before.active(), active);
        if (!changes.isEmpty()) {
            events.publishEvent(new CategoryChanged(id, Access.currentLogin(), changes.toMap()));
        }
    }

    private String checkedName(String rawName, long id) {
        String name = rawName == null
                ? ""
                : Normalizer.normalize(rawName, Normalizer.Form.NFKC).strip();
        if (name.isEmpty()) {
            throw InvalidInputException.of("name", "organization.category.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw InvalidInputException.of("name", "organization.category.name.tooLong", NAME_MAX);
        }
        if (byName(name).filter(c -> c.id() != id).isPresent()) {
            throw InvalidInputException.of("name", "organization.category.name.taken", name);
        }
        return name;
    }
}
