package jp.mamori.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.FigureSource;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.UnitHierarchy;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Builds the office's picture from every {@link FigureSource}: figures of the same key and group are
 * added up (a source may report a unit in several rows), a key that is a rate anywhere is a rate
 * everywhere. Body-wide readers (CISO level, auditors) see every unit, every chapter and every month;
 * a 情報セキュリティ管理者 or 責任者 sees the units their grants cover and nothing body-wide. A source
 * that fails is left out, named in the log, and the picture says it is incomplete.
 */
@Service
public class OfficePicture {
    private static final Logger log = LoggerFactory.getLogger(OfficePicture.class);
    /** The group of the {@link Axis#BODY} figures. */
    public static final String BODY = "body";

    private static final List<Role> UNIT_READERS = List.of(Role.SECURITY_MANAGER, Role.SECURITY_OFFICER);

    private final List<FigureSource> sources;
    private final Directory directory;
    private final UnitHierarchy units;
    private final Access access;
    private final MessageSource messages;
    private final Clock clock;

    OfficePicture(
            List<FigureSource> sources,
            Directory directory,
            UnitHierarchy units,
            Access access,
            MessageSource messages,
            Clock clock) {
        this.sources = List.copyOf(sources);
        this.directory = directory;
        this.units = units;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** 情報セキュリティ管理者・責任者 and body-wide readers. */
    public boolean mayRead() {
        return access.canReadAll() || UNIT_READERS.stream().anyMatch(r -> access.hasRole(r.name()));
    }

    /** The picture today as the signed-in user may see it. */
    public Picture picture() {
        return picture(LocalDate.now(clock), LocaleContextHolder.getLocale());
    }

    /**
     * The units the signed-in reader's picture covers, or null for the whole body (body-wide readers
     * and body-wide grants of 情報セキュリティ管理者・責任者).
     */
    public @Nullable Set<Long> reach() {
        if (!mayRead()) {
            throw new NotAllowedException("picture.notAllowed");
        }
        return access.canReadAll() ? null : reachOf(access.user());
    }

    /**
     * The picture as the sources count it on the given day (their 年度 is the one of that day), as
     * the signed-in user may see it, labelled in the given language: the yearly report takes it on the
     * last day of its 年度 or its as-of date.
     */
    public Picture picture(LocalDate today, Locale locale) {
        @Nullable Set<Long> reach = reach();
        boolean everything = reach == null;
        List<Figure> figures = new ArrayList<>();
        boolean complete = true;
        for (FigureSource source : sources) {
            try {
                figures.addAll(source.figures(today));
            } catch (RuntimeException e) {
                complete = false;
                log.warn("figure source {} failed: {}", source.getClass().getSimpleName(), e.toString());
            }
        }
        List<Picture.Table> tables = new ArrayList<>();
        tables.add(unitTable(figures, reach));
        if (everything) {
            tables.add(table(Axis.CHAPTER, figures, chapterRows(figures, locale)));
            tables.add(table(Axis.MONTH, figures, monthRows(today, locale)));
            tables.add(table(Axis.BODY, figures, Map.of(BODY, text(locale, "picture.body"))));
        }
        return new Picture(today, tables, complete);
    }

    /** The units a unit-scoped reader's grants cover; null when a grant is body-wide. */
    private @Nullable Set<Long> reachOf(CurrentUser user) {
        TaskHolder holder = TaskHolder.of(user.personId() == null ? 0 : user.personId(), user.grants(), units);
        if (UNIT_READERS.stream().anyMatch(holder::holdsBodyWide)) {
            return null;
        }
        Set<Long> reach = new HashSet<>();
        UNIT_READERS.forEach(r -> reach.addAll(holder.unitsOf(r)));
        return reach;
    }

    private Picture.Table unitTable(List<Figure> figures, @Nullable Set<Long> reach) {
        Map<String, String> rows = new LinkedHashMap<>();
        directory.units().stream()
                .filter(u -> reach == null || reach.contains(u.id()))
                .sorted(Comparator.comparing(UnitSummary::code))
                .forEach(u -> rows.put(Long.toString(u.id()), u.name()));
        return table(Axis.UNIT, figures, rows);
    }

    private Map<String, String> chapterRows(List<Figure> figures, Locale locale) {
        Map<String, String> rows = new LinkedHashMap<>();
        figures.stream()
                .filter(f -> f.axis() == Axis.CHAPTER)
                .map(Figure::group)
                .distinct()
                .sorted(OfficePicture::chapterOrder)
                .forEach(c -> rows.put(c, text(locale, "picture.chapter", c)));
        return rows;
    }

    private Map<String, String> monthRows(LocalDate today, Locale locale) {
        Map<String, String> rows = new LinkedHashMap<>();
        YearMonth month = YearMonth.of(Wareki.fiscalYearOf(today), 4);
        YearMonth last = YearMonth.from(today);
        while (!month.isAfter(last)) {
            rows.put(month.toString(), monthLabel(month, locale));
            month = month.plusMonths(1);
        }
        return rows;
    }

    /** 令和8年4月 in Japanese (the 和暦 of its first day without the day), Apr 2026 otherwise. */
    static String monthLabel(YearMonth month, Locale locale) {
        if (!"ja".equals(locale.getLanguage())) {
            return month.format(DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH));
        }
        String first = Wareki.japanese(month.atDay(1));
        return first.substring(0, first.length() - "1日".length());
    }

    static int chapterOrder(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private Picture.Table table(Axis axis, List<Figure> figures, Map<String, String> rows) {
        Map<String, Map<String, long[]>> byKey = new LinkedHashMap<>();
        Map<String, Map<String, String>> links = new LinkedHashMap<>();
        Set<String> rates = new HashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        figures.stream()
                .filter(f -> f.axis() == axis)
                .sorted(Comparator.comparing(Figure::key))
                .forEach(f -> keys.add(f.key()));
        for (Figure f : figures) {
            if (f.axis() != axis || !rows.containsKey(f.group())) {
                continue;
            }
            long[] sum = byKey.computeIfAbsent(f.key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.group(), g -> new long[2]);
            sum[0] += f.count();
            if (f.outOf() != null) {
                sum[1] += f.outOf();
                rates.add(f.key());
            }
            links.computeIfAbsent(f.key(), k -> new LinkedHashMap<>()).putIfAbsent(f.group(), f.link());
        }
        List<String> columns = List.copyOf(keys);
        Map<String, Long> largest = new LinkedHashMap<>();
        byKey.forEach((key, groups) -> largest.put(
                key, groups.values().stream().mapToLong(v -> v[0]).max().orElse(0)));
        List<Picture.Row> out = new ArrayList<>();
        rows.forEach((group, label) -> {
            List<Picture.Cell> cells = new ArrayList<>();
            for (String key : columns) {
                long[] sum = byKey.getOrDefault(key, Map.of()).get(group);
                String link = links.getOrDefault(key, Map.of()).getOrDefault(group, "");
                if (rates.contains(key)) {
                    if (sum == null || sum[1] == 0) {
                        cells.add(Picture.Cell.none());
                    } else {
                        int percent = (int) Math.round(100.0 * sum[0] / sum[1]);
                        cells.add(new Picture.Cell(sum[0], sum[1], percent, percent, link, false));
                    }
                } else {
                    long count = sum == null ? 0 : sum[0];
                    long max = largest.getOrDefault(key, 0L);
                    int bar = max == 0 ? 0 : (int) Math.round(100.0 * count / max);
                    cells.add(new Picture.Cell(count, null, null, bar, count == 0 ? "" : link, false));
                }
            }
            out.add(new Picture.Row(group, label, cells));
        });
        return new Picture.Table(axis, columns, out);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
