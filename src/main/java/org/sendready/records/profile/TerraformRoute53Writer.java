package org.sendready.records.profile;

import java.util.Set;
import java.util.stream.Collectors;
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

    private static final TerraformLayout LAYOUT =
            new TerraformLayout(
                    """
                    # Terraform for Amazon Route 53, written by sendready.
                    # Needs provider hashicorp/aws (resource aws_route53_record).
                    # Route 53 holds one record set per name and type: if the zone already has
                    # one (e.g. a TXT record at the apex), add these values to its resource.
                    """,
                    "route53_zone_id",
                    "Hosted zone ID of ");

    @Override
    public String write(RecordSet records) {
        return LAYOUT.write(
                records,
                (zoneRecords, zoneId, taken) ->
                        RecordGroup.of(zoneRecords).stream()
                                .map(group -> resource(group, zoneId, taken))
                                .toList());
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
