package jp.mamori.netcheck.zone;

/**
 * One cell of the zone matrix: what may pass from zone {@code from} to zone {@code to}. Either side
 * may be {@code "*"} (any zone). The cell built from the file's {@code default} has {@code
 * implicit} set; so has the cell for traffic inside one zone.
 *
 * @param from source zone id or {@code "*"}
 * @param to destination zone id or {@code "*"}
 * @param access what passes
 * @param severity how serious a breach of this cell is
 * @param line 1-based line in the zone file (0 for the intra-zone cell)
 * @param implicit true for the default cell and the intra-zone cell
 */
public record PolicyCell(String from, String to, Access access, Severity severity, int line, boolean implicit) {
    /** The wildcard that matches any zone. */
    public static final String ANY = "*";

    /** How many sides name a zone (2 = most specific); decides which cell wins. */
    public int specificity() {
        return (ANY.equals(from) ? 0 : 1) + (ANY.equals(to) ? 0 : 1);
    }

    public boolean appliesTo(String fromZone, String toZone) {
        return (ANY.equals(from) || from.equals(fromZone)) && (ANY.equals(to) || to.equals(toZone));
    }

    /** The cell as reports show it, e.g. {@code mynumber→* deny} or {@code default deny}. */
    public String text() {
        if (implicit) {
            return from.equals(ANY) ? "default " + access.label() : "intra-zone " + access.label();
        }
        return from + "→" + to + " " + access.label();
    }
}
