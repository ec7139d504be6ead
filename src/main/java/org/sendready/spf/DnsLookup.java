package org.sendready.spf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;

/// One DNS question an evaluation step asked, and what came back, for the trace.
///
/// @param name the name asked, or the name that could not be asked, as computed
/// @param type the record type
/// @param answer the kind of answer
/// @param detail the records in short (`192.0.2.1, 192.0.2.2`), or why there are none
public record DnsLookup(String name, RrType type, Answer answer, String detail) {

    /// At most this many records are listed in [#detail()]; the rest are counted.
    private static final int SHOWN_RECORDS = 5;

    /// The kinds of answer.
    public enum Answer {
        /// Records of the type.
        RECORDS,
        /// The name does not exist (RCODE 3).
        NXDOMAIN,
        /// The name exists without records of the type.
        NODATA,
        /// A server failure or no answer in time.
        FAILED,
        /// The computed name is not a valid domain name, so it was not asked.
        NOT_ASKED;

        /// Lower case with hyphens, as JSON writes it: `not-asked`.
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public DnsLookup {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(answer);
        Objects.requireNonNull(detail);
    }

    /// The lookup of `name`/`type` that got `answer`.
    static DnsLookup of(DomainName name, RrType type, DnsAnswer answer) {
        return switch (answer) {
            case DnsAnswer.Records records ->
                    new DnsLookup(name.ascii(), type, Answer.RECORDS, shown(records.records()));
            case DnsAnswer.NxDomain nx ->
                    new DnsLookup(name.ascii(), type, Answer.NXDOMAIN, "no such name (NXDOMAIN)");
            case DnsAnswer.NoData noData ->
                    new DnsLookup(name.ascii(), type, Answer.NODATA, "no " + type + " records");
            case DnsAnswer.Failed failed ->
                    new DnsLookup(
                            name.ascii(),
                            type,
                            Answer.FAILED,
                            failed.kind().description() + " (" + failed.from().display() + ")");
        };
    }

    /// A name that was not asked because it is not a valid domain name.
    static DnsLookup notAsked(TargetName.Invalid name, RrType type) {
        return new DnsLookup(name.text(), type, Answer.NOT_ASKED, "not asked: " + name.reason());
    }

    /// `name/TYPE: detail`, as the command line prints a lookup.
    @Override
    public String toString() {
        return name + "/" + type + ": " + detail;
    }

    private static String shown(List<ResourceRecord> records) {
        var values = records.stream().limit(SHOWN_RECORDS).map(DnsLookup::value).toList();
        var text = String.join(", ", values);
        int more = records.size() - values.size();
        return more > 0 ? text + " and " + more + " more" : text;
    }

    private static String value(ResourceRecord record) {
        return switch (record) {
            case ResourceRecord.A a -> a.address().getHostAddress();
            case ResourceRecord.Aaaa aaaa -> MacroExpander.readable(aaaa.address());
            case ResourceRecord.Mx mx ->
                    mx.preference() + " " + mx.exchange().map(DomainName::ascii).orElse(".");
            case ResourceRecord.Txt txt -> '"' + txt.joined() + '"';
            case ResourceRecord.Spf spf -> '"' + spf.joined() + '"';
            case ResourceRecord.Ptr ptr -> ptr.target().ascii();
            case ResourceRecord.Cname cname -> "alias of " + cname.target().ascii();
            case ResourceRecord.Ns ns -> ns.host().ascii();
            case ResourceRecord.Soa soa -> soa.mname().ascii();
            case ResourceRecord.Opaque opaque -> opaque.data();
        };
    }
}
