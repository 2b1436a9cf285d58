package jp.mamori.control.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import jp.mamori.control.ControlEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * Loads the catalogue mamori ships ({@code control/catalogue-soumu.yaml}) as version 1, in force,
 * the first time the web application starts on a database without a catalogue, or when a
 * {@code controls} command first needs one. Other commands (e.g. {@code audit-trail verify}) leave
 * the database as they found it.
 */
@Component
public class ShippedCatalogue {
    static final String RESOURCE = "/control/catalogue-soumu.yaml";

    private final CatalogueRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShippedCatalogue(CatalogueRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    static CatalogueContent read() {
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            CatalogueFile.Reading reading = CatalogueFile.read(in);
            if (!reading.valid()) {
                throw new IllegalStateException(RESOURCE + " has problems: " + reading.problems());
            }
            return reading.content();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void loadOnFirstStart(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebApplicationContext) {
            loadIfAbsent();
        }
    }

    /** Stores the shipped catalogue as version 1, in force, unless the database has a version. */
    @Transactional
    public void loadIfAbsent() {
        if (repository.anyVersion()) {
            return;
        }
        CatalogueContent content = read();
        OffsetDateTime now = OffsetDateTime.now(clock);
        CatalogueVersion draft = CatalogueVersion.draft(1, content, "mamori 標準の対策基準", null, "system", "mamori", now);
        long id = repository.insert(draft);
        repository.insertContent(id, content);
        CatalogueVersion inForce = draft.withId(id).shippedInForce(ContentDigest.of(CatalogueFile.write(content)), now);
        repository.update(inForce);
        events.publishEvent(new ControlEvent.CatalogueLoaded(
                1, "system", content.key(), content.measures().size()));
    }
}
