package org.sendready.records;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Objects;
import org.sendready.dns.DomainName;

/// The data part of a resource record, one case per type sendready publishes.
public sealed interface RecordData {

    /// The RR type mnemonic as zone files write it.
    String type();

    record A(Inet4Address address) implements RecordData {
        public A {
            Objects.requireNonNull(address);
        }

        @Override
        public String type() {
            return "A";
        }
    }

    record Aaaa(Inet6Address address) implements RecordData {
        public Aaaa {
            Objects.requireNonNull(address);
        }

        @Override
        public String type() {
            return "AAAA";
        }
    }

    /// RFC 1035 section 3.3.9: preference 0..65535, lower is preferred.
    record Mx(int preference, DomainName exchange) implements RecordData {
        public Mx {
            if (preference < 0 || preference > 65535) {
                throw new IllegalArgumentException("MX preference out of range: " + preference);
            }
            Objects.requireNonNull(exchange);
        }

        @Override
        public String type() {
            return "MX";
        }
    }

    /// A TXT record's logical value: the character-strings joined, as SPF, DKIM and DMARC read
    /// it (RFC 7208 section 3.3, RFC 6376 section 3.6.2.2). Exporters split it as their target
    // needs.
    record Txt(String text) implements RecordData {
        public Txt {
            Objects.requireNonNull(text);
        }

        @Override
        public String type() {
            return "TXT";
        }
    }

    record Ptr(DomainName target) implements RecordData {
        public Ptr {
            Objects.requireNonNull(target);
        }

        @Override
        public String type() {
            return "PTR";
        }
    }
}
