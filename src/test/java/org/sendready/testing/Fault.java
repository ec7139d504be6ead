package org.sendready.testing;

import java.time.Duration;

/// Misbehaviour the [TestDnsServer] shows for one name on demand.
public sealed interface Fault {

    /// Answer normally, but only after `delay`.
    record Delay(Duration delay) implements Fault {}

    /// Never answer.
    record Drop() implements Fault {}

    /// Answer with this RCODE and no records.
    record Rcode(int rcode) implements Fault {}

    /// Over UDP, answer empty with the TC bit set; over TCP, answer normally.
    record Truncate() implements Fault {}

    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    static Fault drop() {
        return new Drop();
    }

    static Fault servfail() {
        return new Rcode(org.xbill.DNS.Rcode.SERVFAIL);
    }

    static Fault refused() {
        return new Rcode(org.xbill.DNS.Rcode.REFUSED);
    }

    static Fault truncate() {
        return new Truncate();
    }
}
