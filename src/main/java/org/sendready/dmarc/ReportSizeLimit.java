package org.sendready.dmarc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendready.input.InvalidInput;

/// The largest report a destination accepts: the `!size` suffix of a report URI, e.g. `!10m`
/// (RFC 7489 sections 6.2 and 6.4). Kept as written, number and unit, so the record reads back
/// the same.
public record ReportSizeLimit(long amount, Unit unit) {

    /// RFC 7489 section 6.2: the units are powers of two.
    public enum Unit {
        BYTES("", 1L),
        KIBIBYTES("k", 1L << 10),
        MEBIBYTES("m", 1L << 20),
        GIBIBYTES("g", 1L << 30),
        TEBIBYTES("t", 1L << 40);

        private final String suffix;
        private final long multiplier;

        Unit(String suffix, long multiplier) {
            this.suffix = suffix;
            this.multiplier = multiplier;
        }

        /// The letter after the number, empty for bytes.
        public String suffix() {
            return suffix;
        }

        static Optional<Unit> fromSuffix(String suffix) {
            var lower = suffix.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(u -> u.suffix.equals(lower)).findFirst();
        }
    }

    /// RFC 7489 section 6.4: `"!" 1*DIGIT [ "k" / "m" / "g" / "t" ]`.
    static final Pattern SUFFIX = Pattern.compile("!([0-9]+)([kmgtKMGT]?)");

    public ReportSizeLimit {
        if (amount < 0) {
            throw new InvalidInput("dmarc", "a report size limit cannot be negative");
        }
        if (unit == null) {
            throw new InvalidInput("dmarc", "a report size limit needs a unit");
        }
    }

    /// The limit in bytes, saturating at [Long#MAX_VALUE].
    public long bytes() {
        return amount > Long.MAX_VALUE / unit.multiplier
                ? Long.MAX_VALUE
                : amount * unit.multiplier;
    }

    /// Parses the part after `!` in `uri`; `digits` and `unit` come from [#SUFFIX].
    static ReportSizeLimit parse(String digits, String unit, String uri, String field) {
        long amount;
        try {
            amount = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInput(
                    field, "'" + uri + "' has a size limit too large to represent: " + digits, e);
        }
        return new ReportSizeLimit(amount, Unit.fromSuffix(unit).orElseThrow());
    }

    /// The suffix as the record writes it: `!10m`.
    public String text() {
        return "!" + amount + unit.suffix;
    }
}
