package org.sendready.dmarc;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.sendready.input.InvalidInput;

/// Where reports go: one entry of the `rua` or `ruf` list (RFC 7489 sections 6.2 and 6.4), a
/// URI with an optional size limit (`mailto:dmarc@example.com!10m`).
///
/// Receivers must support `mailto:` and may support nothing else (RFC 7489 section 6.2), so
/// [Mailto] is the case that matters; [Other] keeps any other URI so that a live record can be
/// read and reproduced, and [DmarcParser] warns about it.
public sealed interface ReportUri {

    /// The limit appended as `!size`, if any.
    Optional<ReportSizeLimit> sizeLimit();

    /// The URI as the record writes it, with `,`, `;` and `!` percent-encoded (RFC 7489
    /// section 6.4) and the size suffix appended.
    String text();

    /// A `mailto:` destination with exactly one address.
    record Mailto(MailAddress address, Optional<ReportSizeLimit> sizeLimit) implements ReportUri {

        /// What a local part keeps unencoded in a mailto URI: RFC 6068 section 2 `qchar`
        /// (unreserved and some-delims) without `!` (starts the DMARC size suffix), `,` (separates
        /// DMARC URIs), `;` (separates tags), `:` and `@`; letters and digits are always kept.
        private static final CharacterClass LOCAL_PART_KEEP = new CharacterClass("-._~$'()*+");

        public Mailto {
            Objects.requireNonNull(address);
            Objects.requireNonNull(sizeLimit);
        }

        @Override
        public String text() {
            return "mailto:"
                    + PercentEncoding.encode(address.localPart(), LOCAL_PART_KEEP)
                    + "@"
                    + address.domain().ascii()
                    + sizeLimit.map(ReportSizeLimit::text).orElse("");
        }
    }

    /// A destination of another scheme (for example `https:`), kept as written.
    record Other(URI uri, Optional<ReportSizeLimit> sizeLimit) implements ReportUri {
        public Other {
            Objects.requireNonNull(uri);
            Objects.requireNonNull(sizeLimit);
            if (!uri.isAbsolute()) {
                throw new InvalidInput("dmarc", "'" + uri + "' has no scheme such as mailto:");
            }
            var text = uri.toString();
            if (text.chars().anyMatch(c -> c == '!' || c == ',' || c == ';')) {
                throw new InvalidInput(
                        "dmarc",
                        "'"
                                + uri
                                + "' has '!', ',' or ';'; write them %21, %2C and %3B (RFC 7489"
                                + " section 6.4)");
            }
        }

        @Override
        public String text() {
            return uri + sizeLimit.map(ReportSizeLimit::text).orElse("");
        }
    }

    /// A mailto destination without a size limit.
    static Mailto mailto(MailAddress address) {
        return new Mailto(address, Optional.empty());
    }

    /// Parses one report URI as the `rua`/`ruf` tags hold it (`mailto:dmarc@example.com!10m`);
    /// errors name `field` and the URI.
    static ReportUri parse(String text, String field) {
        return ReportUriParser.parse(text, field);
    }
}
