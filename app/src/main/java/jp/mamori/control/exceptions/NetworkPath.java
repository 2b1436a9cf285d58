package jp.mamori.control.exceptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.mamori.control.catalogue.ZoneKind;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ServiceSet;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The network path an exception opens: from one zone layer to another, the source and destination
 * addresses (an address, CIDR or range each, as netcheck's zone file writes them) and the services
 * ({@code tcp/443}, {@code udp/53}, {@code any} …). Checked with netcheck's own parsers, so what the
 * register holds is what netcheck reads.
 */
@NamedInterface("exceptions")
public record NetworkPath(
        @Nullable ZoneKind fromZone,
        @Nullable ZoneKind toZone,
        List<String> from,
        List<String> to,
        List<String> services) {
    public NetworkPath {
        from = List.copyOf(from);
        to = List.copyOf(to);
        services = List.copyOf(services);
    }

    static final NetworkPath NONE = new NetworkPath(null, null, List.of(), List.of(), List.of());

    /** Words separated by commas, 、 or white space. */
    public static List<String> words(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,、\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** The problems of this path, on the fields {@code from}, {@code to}, {@code services}, {@code fromZone}, {@code toZone}. */
    List<InvalidInputException.Problem> problems() {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (fromZone == null) {
            problems.add(InvalidInputException.Problem.of("fromZone", "control.exception.error.zone"));
        }
        if (toZone == null) {
            problems.add(InvalidInputException.Problem.of("toZone", "control.exception.error.zone"));
        }
        addresses("from", from, problems);
        addresses("to", to, problems);
        if (services.isEmpty()) {
            problems.add(InvalidInputException.Problem.of("services", "control.exception.error.services", ""));
        }
        for (String s : services) {
            try {
                ServiceSet.parse(s);
            } catch (IllegalArgumentException e) {
                problems.add(InvalidInputException.Problem.of("services", "control.exception.error.services", s));
            }
        }
        if (String.join(" ", from).length() > 1000 || String.join(" ", to).length() > 1000) {
            problems.add(InvalidInputException.Problem.of("from", "control.exception.error.tooLong"));
        }
        return problems;
    }

    private static void addresses(String field, List<String> values, List<InvalidInputException.Problem> problems) {
        if (values.isEmpty()) {
            problems.add(InvalidInputException.Problem.of(field, "control.exception.error.address", ""));
        }
        for (String a : values) {
            try {
                AddressSet.parseRange(a);
            } catch (IllegalArgumentException e) {
                problems.add(InvalidInputException.Problem.of(field, "control.exception.error.address", a));
            }
        }
    }

    /** The path as one line: {@code LGWAN 10.20.1.7 → INTERNET 10.30.0.0/16 tcp/443}. */
    public String text() {
        return (fromZone == null ? "" : fromZone.name() + " ") + String.join(",", from) + " → "
                + (toZone == null ? "" : toZone.name() + " ") + String.join(",", to) + " "
                + String.join(",", services);
    }
}
