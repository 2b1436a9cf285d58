package jp.mamori.netcheck.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Templates by (source id or observation domain, template id), least recently used evicted beyond
 * a fixed capacity: a file or exporter that floods templates cannot grow memory. Records whose
 * template was evicted or never sent are counted by the readers, never guessed.
 */
final class TemplateCache {
    static final int DEFAULT_CAPACITY = 4096;

    private final int capacity;
    private long evictions;
    private final LinkedHashMap<Long, FlowTemplate> map;

    TemplateCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, FlowTemplate> eldest) {
                if (size() > TemplateCache.this.capacity) {
                    evictions++;
                    return true;
                }
                return false;
            }
        };
    }

    private static long key(long domain, int templateId) {
        return (domain << 16) | templateId;
    }

    void put(long domain, FlowTemplate t) {
        map.put(key(domain, t.id), t);
    }

    void remove(long domain, int templateId) {
        map.remove(key(domain, templateId));
    }

    /** Withdraws every template of a domain (IPFIX withdrawal of all templates, id 2 or 3). */
    void removeDomain(long domain) {
        map.keySet().removeIf(k -> (k >>> 16) == domain);
    }

    @Nullable
    FlowTemplate get(long domain, int templateId) {
        return map.get(key(domain, templateId));
    }

    int size() {
        return map.size();
    }

    long evictions() {
        return evictions;
    }
}
