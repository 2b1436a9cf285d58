package jp.mamori.control.exceptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The approved network exceptions in the form netcheck reads as accepted exceptions: the zone file's
 * {@code exceptions:} list, alone in its own file ({@code netcheck … --exceptions FILE.yaml}), each
 * item with exactly {@code id, from, to, services, justification, owner, expires}.
 */
final class NetcheckExceptions {
    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private NetcheckExceptions() {}

    static String yaml(List<ControlException> exceptions, LocalDate day) {
        List<Map<String, Object>> items = items(exceptions);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("exceptions", items);
        String header = "# mamori の例外措置(承認済み・" + day + " に有効なネットワーク経路) " + items.size() + " 件\n"
                + "# netcheck rules|flows --zones ZONES.yaml --exceptions このファイル で読み込みます\n";
        return header + MAPPER.writeValueAsString(root);
    }

    /** Each exception as one item of netcheck's {@code exceptions:} list, keys in the documented order. */
    static List<Map<String, Object>> items(List<ControlException> exceptions) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ControlException e : exceptions) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.reference());
            item.put("from", e.path().from());
            item.put("to", e.path().to());
            item.put("services", e.path().services());
            item.put("justification", e.justification());
            item.put("owner", e.owner());
            item.put("expires", e.endsOn().toString());
            items.add(item);
        }
        return items;
    }
}
