package org.sendready.dns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// What each of a zone's name servers says to one question: the propagation view, showing
/// which servers already serve a new record and which still serve the old one.
public sealed interface PropagationAnswer {

    /// The zone containing the name, and one answer per name server address.
    record PerServer(DomainName zone, List<NameServerAnswer> answers) implements PropagationAnswer {
        public PerServer {
            Objects.requireNonNull(zone);
            answers = List.copyOf(answers);
        }

        /// The answers keyed by the server asked, in the order of [#answers].
        public Map<Server, DnsAnswer> byServer() {
            var map = new LinkedHashMap<Server, DnsAnswer>();
            answers.forEach(a -> map.put(a.server(), a.answer()));
            return Collections.unmodifiableMap(map);
        }
    }

    /// The zone's name servers could not be found; `cause` is the answer that stopped the
    /// search (a failure, or NXDOMAIN when the domain itself does not exist).
    record NoZone(DnsAnswer cause) implements PropagationAnswer {
        public NoZone {
            Objects.requireNonNull(cause);
        }
    }
}
