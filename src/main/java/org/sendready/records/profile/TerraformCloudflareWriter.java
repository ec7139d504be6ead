package org.sendready.records.profile;

import java.util.Set;
import org.sendready.records.DnsRecord;
import org.sendready.records.QuotedString;
import org.sendready.records.RecordData;
import org.sendready.records.RecordSet;

/// Terraform for Cloudflare: provider `cloudflare/cloudflare` v5, one `cloudflare_dns_record`
/// per record.
///
/// Rules:
/// - v5 renamed `cloudflare_record` to `cloudflare_dns_record` (and `value` to `content`);
///   v4 is end of life, so v5 is the target (provider upgrade guide; terraform-provider-
///   cloudflare issue 7072).
/// - `name` is the full name in Punycode: the API returns full names, so a relative name
///   would show as a change on every plan.
/// - TXT `content` is zone-file text: "The content must consist of quoted character strings
///   (RFC 1035), each with a length of up to 255 bytes. Strings exceeding this allowed
///   maximum length are automatically split" (Cloudflare API, TXT record `content`). Giving
///   one long string works, but Cloudflare stores it split and v5 then reports drift on
///   every plan (terraform-provider-cloudflare issue 6238), so the value is written pre-split
///   as [TxtPresentation] quoted strings with RFC 1035 decimal escapes.
/// - MX: `content` is the mail server, `priority` a separate attribute.
/// - A/AAAA of a mail host: `proxied = false`; Cloudflare's proxy carries HTTP, not SMTP.
/// - `ttl` in seconds; 1 means automatic, other values start at 60 ([#MIN_TTL_SECONDS]).
final class TerraformCloudflareWriter implements ProfileWriter {

    /// Cloudflare API, DNS record `ttl`: "Value must be between 60 and 86400, with the
    /// minimum reduced to 30 for Enterprise zones", or 1 for automatic.
    static final long MIN_TTL_SECONDS = 60;

    private static final TerraformLayout LAYOUT =
            new TerraformLayout(
                    """
                    # Terraform for Cloudflare, written by sendready.
                    # Needs provider cloudflare/cloudflare ~> 5.0 (resource cloudflare_dns_record).
                    """,
                    "cloudflare_zone_id",
                    "Cloudflare zone ID of ");

    @Override
    public String write(RecordSet records) {
        return LAYOUT.write(
                records,
                (zoneRecords, zoneId, taken) ->
                        zoneRecords.stream().map(r -> resource(r, zoneId, taken)).toList());
    }

    private static String resource(DnsRecord record, String zoneId, Set<String> taken) {
        var type = record.data().type();
        var name = HclBlock.identifier(taken, type, record.owner().ascii());
        var block =
                HclBlock.of("resource \"cloudflare_dns_record\" " + HclString.quote(name))
                        .attribute("zone_id", zoneId)
                        .attribute("name", HclString.quote(record.owner().ascii()))
                        .attribute("type", HclString.quote(type));
        switch (record.data()) {
            case RecordData.A a ->
                    block.attribute("content", address(a)).attribute("proxied", "false");
            case RecordData.Aaaa aaaa ->
                    block.attribute("content", address(aaaa)).attribute("proxied", "false");
            case RecordData.Mx mx ->
                    block.attribute("content", HclString.quote(mx.exchange().ascii()))
                            .attribute("priority", Integer.toString(mx.preference()));
            case RecordData.Txt txt ->
                    block.attribute(
                            "content",
                            HclString.quote(
                                    TxtPresentation.quotedStrings(
                                            txt.text(), QuotedString.ByteEscape.DECIMAL)));
            case RecordData.Ptr ptr ->
                    throw new IllegalArgumentException("PTR belongs to the reverse zone: " + ptr);
        }
        long ttl = Math.max(record.ttl().toSeconds(), MIN_TTL_SECONDS);
        block.attribute("ttl", Long.toString(ttl));
        var comment = "# " + ValueText.purpose(record.purpose()) + "\n";
        return comment + block.text();
    }

    private static String address(RecordData data) {
        return HclString.quote(ValueText.address(data));
    }
}
