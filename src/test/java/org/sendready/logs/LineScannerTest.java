package org.sendready.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineScannerTest {
    private static List<String> lines(String text, int buffer) throws IOException {
        var seen = new ArrayList<String>();
        new LineScanner(buffer)
                .scan(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        (b, s, e) -> seen.add(new String(b, s, e - s, StandardCharsets.UTF_8)));
        return seen;
    }

    @Test
    void scan_splitsLines_acrossBufferRefills() throws IOException {
        assertThat(lines("alpha\nbeta\r\ngamma\n\ndelta", 8))
                .containsExactly("alpha", "beta", "gamma", "", "delta");
    }

    @Test
    void scan_cutsOverlongLine_andSkipsItsRest() throws IOException {
        assertThat(lines("0123456789abcdef\nok\n", 8)).containsExactly("01234567", "ok");
    }
}
