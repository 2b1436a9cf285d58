package jp.mamori.network.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.mamori.control.exceptions.NetworkPath;
import jp.mamori.network.ZoneDocument;
import jp.mamori.shared.RecordFields;
import org.jspecify.annotations.Nullable;

/**
 * The zone model form: one table per section, a row per zone, relay, cell, permanent path and
 * interface, with blank rows to add. A row is a record of the texts typed, its components named as
 * those of the document's entry ({@link Table}): lists (networks, addresses, services) are typed as
 * words separated by commas, 、 or spaces; blank rows are left out.
 */
record ZoneForm(
        String defaultAccess,
        String description,
        String note,
        List<ZoneRow> zones,
        List<RelayRow> relays,
        List<CellRow> policy,
        List<PathRow> paths,
        List<InterfaceRow> interfaces) {
    static final int BLANK_ROWS = 2;

    private static final Table<ZoneRow, ZoneDocument.Zone> ZONES = new Table<>(ZoneRow.class, ZoneDocument.Zone.class);
    private static final Table<RelayRow, ZoneDocument.Relay> RELAYS =
            new Table<>(RelayRow.class, ZoneDocument.Relay.class);
    private static final Table<CellRow, ZoneDocument.Cell> POLICY = new Table<>(CellRow.class, ZoneDocument.Cell.class);
    private static final Table<PathRow, ZoneDocument.PermittedPath> PATHS =
            new Table<>(PathRow.class, ZoneDocument.PermittedPath.class);
    private static final Table<InterfaceRow, ZoneDocument.Interface> INTERFACES =
            new Table<>(InterfaceRow.class, ZoneDocument.Interface.class);

    /**
     * What a request leaves out is empty ("deny" by default); each table gets {@value #BLANK_ROWS}
     * blank rows after those given, to add entries (also when the form comes back with problems).
     */
    ZoneForm {
        defaultAccess = defaultAccess == null ? "deny" : defaultAccess;
        description = description == null ? "" : description;
        note = note == null ? "" : note;
        zones = ZONES.padded(zones);
        relays = RELAYS.padded(relays);
        policy = POLICY.padded(policy);
        paths = PATHS.padded(paths);
        interfaces = INTERFACES.padded(interfaces);
    }

    static ZoneForm of(ZoneDocument d, String note) {
        return new ZoneForm(
                d.defaultAccess(),
                d.description(),
                note,
                ZONES.rows(d.zones()),
                RELAYS.rows(d.relays()),
                POLICY.rows(d.policy()),
                PATHS.rows(d.paths()),
                INTERFACES.rows(d.interfaces()));
    }

    ZoneDocument document() {
        return new ZoneDocument(
                text(defaultAccess),
                text(description),
                ZONES.entries(zones),
                RELAYS.entries(relays),
                POLICY.entries(policy),
                PATHS.entries(paths),
                INTERFACES.entries(interfaces));
    }

    record ZoneRow(
            @Nullable String id,
            @Nullable String kind,
            @Nullable String name,
            @Nullable String networks,
            @Nullable String description) {}

    /** A sanitizing relay. */
    record RelayRow(
            @Nullable String id,
            @Nullable String method,
            @Nullable String addresses,
            @Nullable String from,
            @Nullable String to,
            @Nullable String services,
            @Nullable String description) {}

    /** A policy cell. */
    record CellRow(
            @Nullable String from,
            @Nullable String to,
            @Nullable String access,
            @Nullable String services,
            @Nullable String severity,
            @Nullable String description) {}

    /** A permanent permitted path. */
    record PathRow(
            @Nullable String id,
            @Nullable String from,
            @Nullable String to,
            @Nullable String services,
            @Nullable String justification,
            @Nullable String owner,
            @Nullable String description) {}

    /** An interface: device, interface (or vendor zone), zone id. */
    record InterfaceRow(
            @Nullable String device,
            @Nullable String name,
            @Nullable String zone) {}

    /**
     * One table of the form: its row record holds, for each component of the document's entry, the
     * text typed — the text itself, or a list's words joined by commas.
     */
    private record Table<R extends Record, E extends Record>(RecordFields<R> row, RecordFields<E> entry) {
        Table(Class<R> row, Class<E> entry) {
            this(RecordFields.of(row), RecordFields.of(entry));
            if (!this.row.names().equals(this.entry.names())) {
                throw new IllegalStateException(row.getSimpleName() + " is not named as " + entry.getSimpleName());
            }
        }

        List<R> rows(List<E> entries) {
            return entries.stream()
                    .map(e -> row.build(name -> typed(entry.get(e, name))))
                    .toList();
        }

        /** The rows given (an index a request skipped is left out), then the blank rows. */
        List<R> padded(@Nullable List<@Nullable R> rows) {
            Stream<@Nullable R> given = rows == null ? Stream.empty() : rows.stream();
            R blank = row.build(name -> null);
            return Stream.concat(
                            given.filter(Objects::nonNull),
                            Stream.generate(() -> blank).limit(BLANK_ROWS))
                    .toList();
        }

        /** The entries of the rows that are not blank: texts stripped, lists split into words. */
        List<E> entries(List<R> rows) {
            return rows.stream()
                    .filter(r -> !blank(r))
                    .map(r -> entry.build(name ->
                            entry.type(name) == List.class ? NetworkPath.words(cell(r, name)) : text(cell(r, name))))
                    .toList();
        }

        private boolean blank(R r) {
            return row.names().stream().map(name -> cell(r, name)).allMatch(v -> v == null || v.isBlank());
        }

        private @Nullable String cell(R r, String name) {
            return (String) row.get(r, name);
        }
    }

    /** A list as its words joined by commas, a text as it is. */
    private static @Nullable Object typed(@Nullable Object value) {
        return value instanceof List<?> words
                ? words.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : value;
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
