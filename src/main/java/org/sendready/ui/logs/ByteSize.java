package org.sendready.ui.logs;

import java.util.Locale;

/// File sizes as people read them: `812 bytes`, `4.2 KB`, `1.3 GB` (powers of 1000, as file
/// managers on Linux show them).
final class ByteSize {
    private ByteSize() {}

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    static String text(long bytes) {
        if (bytes < 1000) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
