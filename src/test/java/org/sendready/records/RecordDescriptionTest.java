package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecordDescriptionTest {

    static Stream<Arguments> records() {
        return Stream.of(
                // the selector comes from the owner name
                Arguments.of(
                        SampleRecords.record(
                                "s2025._domainkey.example.com",
                                "example.com",
                                3600,
                                SampleRecords.txt("v=DKIM1; p="),
                                RecordPurpose.DKIM),
                        "DKIM public key, selector s2025 (RFC 6376 section 3.6.1)"),
                // the reverse name becomes the address again
                Arguments.of(
                        SampleRecords.ptrRecord(
                                "2001:db8::10", "8.b.d.0.1.0.0.2.ip6.arpa", "mail.example.com"),
                        "Reverse DNS of 2001:db8::10: must name the mail host"),
                // the authorised domain comes from the owner name
                Arguments.of(
                        SampleRecords.record(
                                "example.org._report._dmarc.example.com",
                                "example.com",
                                3600,
                                SampleRecords.txt("v=DMARC1"),
                                RecordPurpose.REPORT_AUTHORIZATION),
                        "Lets this domain receive DMARC reports for example.org"
                                + " (RFC 7489 section 7.1)"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("records")
    void of_namesWhatTheRecordIsFor(DnsRecord record, String expected) {
        assertThat(RecordDescription.of(record)).isEqualTo(expected);
    }
}
