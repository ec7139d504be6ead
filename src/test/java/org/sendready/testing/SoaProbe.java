package org.sendready.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import org.sendready.dns.DomainName;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/// Asks a test server on 127.0.0.1 for a zone's SOA serial, directly with dnsjava.
final class SoaProbe {
    private SoaProbe() {}

    static Optional<Long> serial(int port, DomainName zone) {
        try {
            var resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
            resolver.setPort(port);
            resolver.setTimeout(Duration.ofMillis(300));
            var query =
                    Message.newQuery(
                            Record.newRecord(
                                    Name.fromString(zone.absolute()), Type.SOA, DClass.IN));
            var response = resolver.send(query);
            if (response.getRcode() != Rcode.NOERROR) {
                return Optional.empty();
            }
            return response.getSection(org.xbill.DNS.Section.ANSWER).stream()
                    .filter(SOARecord.class::isInstance)
                    .map(r -> ((SOARecord) r).getSerial())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
