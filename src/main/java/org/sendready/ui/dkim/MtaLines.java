package org.sendready.ui.dkim;

import java.util.List;
import java.util.Objects;
import org.sendready.dkim.DkimSelector;
import org.sendready.dns.DomainName;
import org.sendready.mta.OpenDkimKeyTableWriter;
import org.sendready.mta.OpenDkimSigningTableWriter;
import org.sendready.mta.RspamdDkimSigningWriter;
import org.sendready.mta.SigningKey;

/// The signing filter's lines for a set of selectors: OpenDKIM's KeyTable and SigningTable,
/// and rspamd's `dkim_signing.conf`, with keys where each filter usually keeps them.
///
/// @param selectors the selectors that sign, in order
/// @param openDkim the KeyTable and SigningTable, one after the other
/// @param rspamd the rspamd module configuration
public record MtaLines(List<DkimSelector> selectors, String openDkim, String rspamd) {
    public MtaLines {
        selectors = List.copyOf(selectors);
        Objects.requireNonNull(openDkim);
        Objects.requireNonNull(rspamd);
    }

    /// The lines for signing `domain`'s mail with `selectors`.
    static MtaLines of(DomainName domain, List<DkimSelector> selectors) {
        var openDkimKeys =
                selectors.stream()
                        .map(s -> SigningKey.inOpenDkimLayout(domain, s.ascii()))
                        .toList();
        var rspamdKeys =
                selectors.stream().map(s -> SigningKey.inRspamdLayout(domain, s.ascii())).toList();
        return new MtaLines(
                selectors,
                OpenDkimKeyTableWriter.write(openDkimKeys)
                        + "\n"
                        + OpenDkimSigningTableWriter.write(openDkimKeys),
                RspamdDkimSigningWriter.write(rspamdKeys));
    }
}
