package org.sendready.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The classic ways a key record gets mangled, recognised from the published strings.
class DkimKeyMistakesTest {

    /// A stand-in for a key's base64: long enough to be cut at 255 in a record.
    private static final String KEY = "MIIB" + "A".repeat(380) + "IDAQAB";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // zone-file strings pasted into a panel: quotes and a blank inside p=
                "pasted | p= contains stray quotes (without them it is exactly the right key)",
                // escaped quotes as some panels store them
                "escaped | p= contains stray quotes (without them it is exactly the right key)",
                // only the first 255-octet string of the record arrived
                "first255 | the DKIM key is cut off at 255 characters, the most one TXT string"
                        + " holds",
                // the key ends early though the record is split
                "prefix | the DKIM key is cut off after 300 of its 390 characters",
                // nothing recognisable: another key entirely
                "other | ",
            })
    void diagnose_namesTheMistake(String kind, String expected) {
        var record = "v=DKIM1; k=rsa; p=";
        List<String> strings =
                switch (kind) {
                    case "pasted" ->
                            List.of(record + KEY.substring(0, 200) + "\" \"", KEY.substring(200));
                    case "escaped" ->
                            List.of(
                                    record
                                            + KEY.substring(0, 200)
                                            + "\\\" \\\""
                                            + KEY.substring(200));
                    case "first255" -> List.of((record + KEY).substring(0, 255));
                    case "prefix" ->
                            Arrays.asList(record + KEY.substring(0, 200), KEY.substring(200, 300));
                    case "other" -> List.of(record + "B".repeat(390));
                    default -> throw new IllegalArgumentException(kind);
                };

        var mistake = DkimKeyMistakes.diagnose(strings, KEY);

        if (expected == null) {
            assertThat(mistake).isEmpty();
        } else {
            assertThat(mistake.orElseThrow().what())
                    .isEqualTo(expected.replace("p=contains", "p= contains"));
        }
    }
}
