package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.spf.SpfParser;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.Term;

/// Merging several published SPF records into the one to publish.
class SpfMergeTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the plan already holds everything: the plan's record is the merge
                "v=spf1 ip4:192.0.2.10 include:_spf.mail.example -all | v=spf1 ip4:192.0.2.10 ~all;"
                        + " v=spf1 include:_spf.mail.example -all | v=spf1 ip4:192.0.2.10"
                        + " include:_spf.mail.example -all | true | ",
                // a provider's include only a published record has: kept, before one -all
                "v=spf1 ip4:192.0.2.10 -all | v=spf1 ip4:192.0.2.10 -all; v=spf1"
                        + " include:_spf.google.com ~all | v=spf1 ip4:192.0.2.10"
                        + " include:_spf.google.com -all | false | include:_spf.google.com",
                // duplicates across published records are added once
                "v=spf1 ip4:192.0.2.10 -all | v=spf1 mx -all; v=spf1 mx a -all | v=spf1"
                        + " ip4:192.0.2.10 mx a -all | false | mx a",
                // a redirect becomes an include, since the merged record ends with all
                "v=spf1 ip4:192.0.2.10 -all | v=spf1 redirect=_spf.example.net; v=spf1 -all |"
                        + " v=spf1 ip4:192.0.2.10 include:_spf.example.net -all | false |"
                        + " include:_spf.example.net",
            })
    void of_mergesIntoOneRecord(
            String plan, String published, String merged, boolean planCovers, String added) {
        var records =
                Arrays.stream(published.split(";"))
                        .map(String::strip)
                        .map(SpfParser::parse)
                        .toList();

        var merge = SpfMerge.of(SpfParser.parse(plan), records);

        assertThat(merge.record().format()).isEqualTo(merged);
        assertThat(merge.planCovers()).isEqualTo(planCovers);
        assertThat(String.join(" ", merge.added().stream().map(Term::format).toList()))
                .isEqualTo(added == null ? "" : added);
        assertThat(SpfParser.parse(merge.record().format())).isEqualTo(merge.record());
    }

    @Test
    void of_keepsThePlansAll_whenAPublishedRecordEndsOtherwise() {
        SpfRecord merged =
                SpfMerge.of(
                                SpfParser.parse("v=spf1 ip4:192.0.2.10 ~all"),
                                List.of(SpfParser.parse("v=spf1 mx -all")))
                        .record();

        assertThat(merged.format()).isEqualTo("v=spf1 ip4:192.0.2.10 mx ~all");
    }
}
