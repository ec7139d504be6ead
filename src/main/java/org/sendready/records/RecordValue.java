package org.sendready.records;

import org.sendready.dns.IpAddresses;

/// A record's data as one unquoted string, the way DNS web panels and APIs take it.
///
/// This is the RFC 1035 section 5.1 presentation form of the data, except that a TXT value is
/// its logical text: the character-strings joined, unquoted and unescaped. Domain names in the
/// data are absolute, with their final dot, so no panel can mistake them for names relative
/// to the zone: `10 mail.example.com.`, `mail.example.com.`.
public final class RecordValue {

    private RecordValue() {}

    /// `data` as one string: `192.0.2.10`, `2001:db8::10`, `10 mail.example.com.`,
    /// `v=spf1 mx -all`, `mail.example.com.`.
    public static String of(RecordData data) {
        return switch (data) {
            case RecordData.A a -> IpAddresses.format(a.address());
            case RecordData.Aaaa aaaa -> IpAddresses.format(aaaa.address());
            case RecordData.Mx mx -> mx.preference() + " " + mx.exchange().absolute();
            case RecordData.Txt txt -> txt.text();
            case RecordData.Ptr ptr -> ptr.target().absolute();
        };
    }
}
