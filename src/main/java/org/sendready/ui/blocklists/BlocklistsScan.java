package org.sendready.ui.blocklists;

import java.util.List;
import java.util.Objects;
import org.sendready.dnsbl.Blocklist;
import org.sendready.dnsbl.Targets;

/// What a scan asks: the targets, the lists, and so the grid of results it fills.
///
/// @param targets the addresses and domains, and those left out with the reason
/// @param lists the lists ticked when the scan started
public record BlocklistsScan(Targets targets, List<Blocklist> lists) {
    public BlocklistsScan {
        Objects.requireNonNull(targets);
        lists = List.copyOf(lists);
    }
}
