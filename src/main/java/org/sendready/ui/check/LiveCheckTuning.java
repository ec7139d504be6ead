package org.sendready.ui.check;

import java.time.Duration;
import java.util.Objects;
import org.sendready.check.Checker;
import org.sendready.dns.Server;

/// The live check's limits: how long one check may take, and the port name servers are asked
/// on in the authoritative view (NS records carry no port; tests run servers elsewhere).
public record LiveCheckTuning(Duration deadline, int nameServerPort) {
    public LiveCheckTuning {
        Objects.requireNonNull(deadline);
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive: " + deadline);
        }
        if (nameServerPort < 1 || nameServerPort > Server.Endpoint.MAX_PORT) {
            throw new IllegalArgumentException("port out of range: " + nameServerPort);
        }
    }

    /// The CLI's deadline, name servers on port 53.
    public static LiveCheckTuning standard() {
        return new LiveCheckTuning(Checker.DEFAULT_DEADLINE, Server.Endpoint.DNS_PORT);
    }
}
