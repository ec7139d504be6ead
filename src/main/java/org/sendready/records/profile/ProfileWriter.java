package org.sendready.records.profile;

import org.sendready.records.RecordSet;

/// Writes a record set in one export profile's format.
sealed interface ProfileWriter
        permits DnsControlWriter,
                OctoDnsWriter,
                TerraformCloudflareWriter,
                TerraformRoute53Writer,
                PanelInstructionsWriter {

    /// The whole export as text, ending with a newline.
    String write(RecordSet records);
}
