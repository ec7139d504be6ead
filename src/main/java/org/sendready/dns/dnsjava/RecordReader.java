package org.sendready.dns.dnsjava;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.input.InvalidInput;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SPFRecord;
import org.xbill.DNS.TXTRecord;

/// Converts dnsjava records into sendready's [ResourceRecord] values.
final class RecordReader {

    private RecordReader() {}

    /// The name as a [DomainName], or empty for the root and for names a [DomainName] cannot
    /// hold (escaped characters, `*`).
    static Optional<DomainName> domainName(Name name) {
        if (name.equals(Name.root)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DomainName.parse(name.toString(true).toLowerCase(Locale.ROOT)));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    /// The record as a value owned by `owner` (the record's own name, already converted).
    /// Types sendready does not read, and data a value cannot hold, become
    /// [ResourceRecord.Opaque] if the type is known; unknown types are empty.
    static Optional<ResourceRecord> read(Record record, DomainName owner) {
        var type = RrType.ofCode(record.getType());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        var ttl = Duration.ofSeconds(record.getTTL());
        ResourceRecord value =
                switch (record) {
                    case ARecord a ->
                            new ResourceRecord.A(owner, ttl, (Inet4Address) a.getAddress());
                    case AAAARecord aaaa -> new ResourceRecord.Aaaa(owner, ttl, inet6(aaaa));
                    case MXRecord mx when mx.getTarget().equals(Name.root) ->
                            new ResourceRecord.Mx(owner, ttl, mx.getPriority(), Optional.empty());
                    case MXRecord mx ->
                            named(
                                    mx,
                                    owner,
                                    mx.getTarget(),
                                    t ->
                                            new ResourceRecord.Mx(
                                                    owner, ttl, mx.getPriority(), Optional.of(t)));
                    case TXTRecord txt ->
                            new ResourceRecord.Txt(
                                    owner, ttl, strings(txt.getStringsAsByteArrays()));
                    case SPFRecord spf ->
                            new ResourceRecord.Spf(
                                    owner, ttl, strings(spf.getStringsAsByteArrays()));
                    case PTRRecord ptr ->
                            named(
                                    ptr,
                                    owner,
                                    ptr.getTarget(),
                                    t -> new ResourceRecord.Ptr(owner, ttl, t));
                    case CNAMERecord cname ->
                            named(
                                    cname,
                                    owner,
                                    cname.getTarget(),
                                    t -> new ResourceRecord.Cname(owner, ttl, t));
                    case NSRecord ns ->
                            named(
                                    ns,
                                    owner,
                                    ns.getTarget(),
                                    t -> new ResourceRecord.Ns(owner, ttl, t));
                    case SOARecord soa ->
                            named(soa, owner, soa.getHost(), mname -> soa(owner, ttl, mname, soa));
                    default -> opaque(record, owner, type.get());
                };
        return Optional.of(value);
    }

    /// `make(target)`, or the record as opaque when its target is no [DomainName].
    private static ResourceRecord named(
            Record record,
            DomainName owner,
            Name target,
            Function<DomainName, ResourceRecord> make) {
        return domainName(target)
                .map(make)
                .orElseGet(
                        () -> opaque(record, owner, RrType.ofCode(record.getType()).orElseThrow()));
    }

    private static ResourceRecord.Soa soa(
            DomainName owner, Duration ttl, DomainName mname, SOARecord soa) {
        return new ResourceRecord.Soa(
                owner,
                ttl,
                mname,
                soa.getAdmin().toString(true).toLowerCase(Locale.ROOT),
                soa.getSerial(),
                Duration.ofSeconds(soa.getRefresh()),
                Duration.ofSeconds(soa.getRetry()),
                Duration.ofSeconds(soa.getExpire()),
                Duration.ofSeconds(soa.getMinimum()));
    }

    private static ResourceRecord opaque(Record record, DomainName owner, RrType type) {
        return new ResourceRecord.Opaque(
                owner, Duration.ofSeconds(record.getTTL()), type, record.rdataToString());
    }

    /// TXT character-strings are octets; SPF, DKIM and DMARC are ASCII, anything else is read
    /// as UTF-8 (malformed bytes become U+FFFD, which the record parsers reject).
    private static List<String> strings(List<byte[]> octets) {
        return octets.stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    /// `AAAARecord.getAddress()` turns IPv4-mapped addresses into IPv4; keep them IPv6.
    private static Inet6Address inet6(AAAARecord aaaa) {
        try {
            return Inet6Address.getByAddress(null, aaaa.rdataToWireCanonical(), null);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("AAAA data is not 16 octets", e);
        }
    }
}
