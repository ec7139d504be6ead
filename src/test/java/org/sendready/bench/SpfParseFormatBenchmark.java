package org.sendready.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sendready.spf.SpfParser;

/// Parse and format of a realistic 40-term SPF record. Target: under 50 µs per operation.
///
/// `mvn -q -Pbench test-compile exec:exec -Dbench.args="SpfParse -f 1 -wi 3 -i 5"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SpfParseFormatBenchmark {

    /// 40 terms as a large sender publishes them: own IPv4 and IPv6 ranges, a and mx with
    /// CIDR, provider includes, a macro lookup, unknown modifier, explanation and all.
    static final String RECORD =
            "v=spf1"
                    + " ip4:192.0.2.0/24 ip4:198.51.100.0/25 ip4:203.0.113.7 ip4:203.0.113.8"
                    + " ip4:203.0.113.9 ip4:203.0.113.10 ip4:203.0.113.64/26 ip4:100.64.0.0/16"
                    + " ip4:172.16.5.0/24 ip4:10.20.30.40 ip4:192.0.2.200/30 ip4:198.18.0.0/15"
                    + " ip6:2001:db8::/32 ip6:2001:db8:1234::1 ip6:2001:DB8:abcd:0:0:0:0:25"
                    + " ip6:2001:db8:ff00::/40 ip6:2001:db8:5::/48 ip6:::ffff:192.0.2.1"
                    + " ip6:fd00::/8 ip6:2001:db8:0:1::/64"
                    + " a a:mail.example.com a:out.example.com/28 a:relay.example.net/24//64"
                    + " mx mx:example.org/30 mx:mail.example.net//48"
                    + " include:_spf.google.com include:spf.protection.outlook.com"
                    + " ~include:mailgun.org ?include:sendgrid.net"
                    + " exists:%{i}._spf.%{d} exists:%{l1r+-}.user.%{d2}"
                    + " -ip4:192.0.2.99 -ip6:2001:db8::99"
                    + " note=%{d}-managed x-owner=postmaster"
                    + " ip4:192.0.2.128/25"
                    + " ~all exp=explain._spf.example.com";

    @Benchmark
    public String parseAndFormat() {
        return SpfParser.parse(RECORD).format();
    }
}
