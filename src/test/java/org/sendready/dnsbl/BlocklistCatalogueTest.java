package org.sendready.dnsbl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/// Properties every catalogue entry must have, whatever its table says.
class BlocklistCatalogueTest {

    @Test
    void standard_hasTheIssuesListsOfBothKinds_withUniqueNames() {
        var lists = BlocklistCatalogue.standard();

        assertThat(lists)
                .extracting(l -> l.zone().ascii())
                .containsExactly(
                        "zen.spamhaus.org",
                        "b.barracudacentral.org",
                        "bl.spamcop.net",
                        "dnsbl-1.uceprotect.net",
                        "psbl.surriel.com",
                        "bl.mailspike.net",
                        "dbl.spamhaus.org",
                        "multi.surbl.org",
                        "multi.uribl.com");
        assertThat(lists).extracting(Blocklist::name).doesNotHaveDuplicates();
    }

    @Test
    void standard_saysWhereToLookAndWhereToAskForRemoval_forEveryList() {
        assertThat(BlocklistCatalogue.standard())
                .allSatisfy(
                        list -> {
                            assertThat(list.info()).isPresent();
                            assertThat(list.removal()).isPresent();
                        });
    }

    @Test
    void standard_neverReadsTheRfc5782TestEntryAsARefusal() {
        // RFC 5782 section 5: 127.0.0.2 is every IP list's test entry, so it must be listed.
        var testEntry = ReturnCodes.address(127, 0, 0, 2);

        assertThat(BlocklistCatalogue.standard())
                .filteredOn(list -> list.kind() == ListKind.IP)
                .allSatisfy(
                        list ->
                                assertThat(list.codes().meaningsOf(testEntry))
                                        .extracting(ReturnCode::kind)
                                        .containsExactly(CodeKind.LISTED));
    }
}
