package org.sendready.ui.blocklists;

import java.time.Duration;
import java.util.Objects;
import org.sendready.dnsbl.BlocklistScanner;

/// How hard the page's scan may push: queries in flight and the deadline of the whole scan.
///
/// @param maxInFlight queries asked at once
/// @param deadline when lists that have not answered become "no verdict"
public record BlocklistsTuning(int maxInFlight, Duration deadline) {
    public BlocklistsTuning {
        Objects.requireNonNull(deadline);
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
        }
    }

    /// The scanner's defaults, as `sendready dnsbl` uses them.
    public static BlocklistsTuning standard() {
        return new BlocklistsTuning(
                BlocklistScanner.DEFAULT_MAX_IN_FLIGHT, BlocklistScanner.DEFAULT_DEADLINE);
    }
}
