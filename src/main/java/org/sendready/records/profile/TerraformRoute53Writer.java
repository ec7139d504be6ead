package org.sendready.records.profile;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendready.dns.DomainName;
import org.sendready.records.RecordData;
import org.sendready.records.RecordSet;

/// Terraform for Amazon Route 53: provider `hashicorp/aws`, one `aws_route53_record` per name
/// and type.
///
/// Rules (AWS provider, `aws_route53_record` documentation and `internal/service/route53`):
/// - Route 53 holds one record set per name and type, so records of the same name and type
///   share one resource with several `records` ([RecordGroup]); a second resource for the
///   same set fails, and `allow_overwrite` would replace values already there.
/// - `name` is the full name; MX values are `"preference exchange"` in one string.
/// - TXT: the provider wraps each `records` entry in double quotes and passes the rest to
///   Route 53 as is. A value longer than 255 characters must therefore be split by hand:
///   "To specify a single record value longer than 255 characters such as a TXT record for
///   DKIM, add `\"\"` inside the Terraform configuration string (e.g.
///   `"first255characters\"\"morecharacters"`)". Inside, Route 53's own escaping applies
///   (`\"`, `\\`, octal `\ooo`), see [TxtPresentation#route53Joined].
final class TerraformRoute53Writer implements ProfileWriter {

    @Override
    public String write(RecordSet records) {
        var out = new StringBuilder();
        out.append("# Terraform for Amazon Route 53, written by sendready.\n");
        out.append("# Needs provider hashicorp/aws (resource aws_route53_record).\n");
        out.append("# Route 53 holds one record set per name and type: if the zone already has\n");
        out.append("# one (e.g. a TXT record at the apex), add these values to its resource.\n");
        Set<String> taken = new HashSet<>();
        for (var zone : ZoneLayout.forwardZones(records)) {
            writeZone(out, zone, records, taken);
        }
        ZoneLayout.reverse(records)
                .forEach(ptr -> out.append("\n# ").append(ValueText.ptrNote(ptr)).append('\n'));
        return out.toString();
    }

    private static void writeZone(
            StringBuilder out, DomainName zone, RecordSet records, Set<String> taken) {
        var zoneVariable = HclBlock.identifier(taken, "route53_zone_id", zone.ascii());
        out.append("\n# Zone ").append(ValueText.zoneTitle(zone)).append('\n');
        out.append(
                HclBlock.of("variable " + HclString.quote(zoneVariable))
                        .attribute("description", HclString.quote("Hosted zone ID of " + zone))
                        .attribute("type", "string")
                        .text());
        for (var group : RecordGroup.of(ZoneLayout.publishable(records, zone))) {
            out.append('\n').append(resource(group, "var." + zoneVariable, taken));
        }
    }

    private static String resource(RecordGroup group, String zoneId, Set<String> taken) {
        var name = HclBlock.identifier(taken, group.type(), group.owner().ascii());
        var values =
                group.data().stream()
                        .map(data -> HclString.quote(value(data)))
                        .collect(Collectors.joining(", ", "[", "]"));
        return "# "
                + ValueText.purpose(group.purpose())
                + "\n"
                + HclBlock.of("resource \"aws_route53_record\" " + HclString.quote(name))
                        .attribute("zone_id", zoneId)
                        .attribute("name", HclString.quote(group.owner().ascii()))
                        .attribute("type", HclString.quote(group.type()))
                        .attribute("ttl", Long.toString(group.ttl().toSeconds()))
                        .attribute("records", values)
                        .text();
    }

    private static String value(RecordData data) {
        return switch (data) {
            case RecordData.A a -> ValueText.address(a);
            case RecordData.Aaaa aaaa -> ValueText.address(aaaa);
            case RecordData.Mx mx -> mx.preference() + " " + mx.exchange().ascii();
            case RecordData.Txt txt -> TxtPresentation.route53Joined(txt.text());
            case RecordData.Ptr ptr ->
                    throw new IllegalArgumentException("PTR belongs to the reverse zone: " + ptr);
        };
    }
}
