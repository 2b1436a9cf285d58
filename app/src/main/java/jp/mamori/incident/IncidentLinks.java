package jp.mamori.incident;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.shared.LinkableRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as link targets, by 受付番号. The title is given only to a reader of the incident (its
 * reporter's unit line, the CSIRT and body-wide readers); others see the number alone.
 */
@Component
class IncidentLinks implements LinkableRecords {
    private final IncidentRepository repository;
    private final IncidentAccess access;

    IncidentLinks(IncidentRepository repository, IncidentAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @Override
    public Kind kind() {
        return Kind.INCIDENT;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Linked> find(String reference) {
        String folded =
                Normalizer.normalize(reference, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        return repository
                .findByReference(folded)
                .map(s -> new Linked(
                        Kind.INCIDENT,
                        s.reference(),
                        access.canRead(s.incident()) ? s.incident().report().title() : null,
                        "/incidents/" + s.incident().id()));
    }
}
