package org.sendready.records.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sendready.dns.DomainName;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordSet;

/// The file both Terraform writers write: the header comments, then for each forward zone a
/// `# Zone` comment, a string variable for the zone's ID and the zone's resources, then a
/// comment for each PTR record, which belongs to the address owner's reverse zone.
///
/// @param header the opening comment lines, each ending with a newline
/// @param variablePrefix the start of each zone-ID variable's name, e.g. `route53_zone_id`
/// @param variableDescription the zone-ID variable's description before the zone name, e.g.
///     `Hosted zone ID of `
record TerraformLayout(String header, String variablePrefix, String variableDescription) {

    /// Writes a zone's resources.
    @FunctionalInterface
    interface ZoneResources {

        /// The resource blocks for a zone's `records`; `zoneId` is the HCL expression of the
        /// zone's ID, and names of blocks are made unique among `taken` with
        /// [HclBlock#identifier].
        List<String> blocks(List<DnsRecord> records, String zoneId, Set<String> taken);
    }

    /// The whole file for `records`, each zone's resources written by `resources`.
    String write(RecordSet records, ZoneResources resources) {
        var out = new StringBuilder(header);
        Set<String> taken = new HashSet<>();
        for (var zone : ZoneLayout.forwardZones(records)) {
            writeZone(out, zone, records, resources, taken);
        }
        ZoneLayout.reverse(records)
                .forEach(ptr -> out.append("\n# ").append(ValueText.ptrNote(ptr)).append('\n'));
        return out.toString();
    }

    private void writeZone(
            StringBuilder out,
            DomainName zone,
            RecordSet records,
            ZoneResources resources,
            Set<String> taken) {
        var zoneVariable = HclBlock.identifier(taken, variablePrefix, zone.ascii());
        out.append("\n# Zone ").append(ValueText.zoneTitle(zone)).append('\n');
        out.append(
                HclBlock.of("variable " + HclString.quote(zoneVariable))
                        .attribute("description", HclString.quote(variableDescription + zone))
                        .attribute("type", "string")
                        .text());
        var zoneRecords = ZoneLayout.publishable(records, zone);
        for (var block : resources.blocks(zoneRecords, "var." + zoneVariable, taken)) {
            out.append('\n').append(block);
        }
    }
}
