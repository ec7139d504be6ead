package org.sendready.spf;

import java.util.List;
import java.util.Optional;
import org.sendready.input.InvalidInput;

/// An SPF record (RFC 7208 section 4.6): the terms after `v=spf1`, in the order written.
///
/// Directives are evaluated left to right; modifiers may stand anywhere. At most one
/// `redirect=` and one `exp=` (RFC 7208 section 6). Equal records have equal canonical text,
/// and `SpfParser.parse(record.format())` equals `record`.
public record SpfRecord(List<Term> terms) {

    /// RFC 7208 section 4.5: the version section every record starts with.
    public static final String VERSION = "v=spf1";

    /// RFC 7208 section 4.6.4: at most 10 DNS-querying terms per evaluation, else permerror.
    public static final int MAX_DNS_TERMS = 10;

    public SpfRecord {
        terms = List.copyOf(terms);
        if (terms.stream().filter(Modifier.Redirect.class::isInstance).count() > 1) {
            throw new InvalidInput("spf", "redirect= appears more than once; keep one");
        }
        if (terms.stream().filter(Modifier.Explanation.class::isInstance).count() > 1) {
            throw new InvalidInput("spf", "exp= appears more than once; keep one");
        }
    }

    /// A record of `terms`.
    public static SpfRecord of(Term... terms) {
        return new SpfRecord(List.of(terms));
    }

    /// The directives in evaluation order.
    public List<Directive> directives() {
        return terms.stream()
                .filter(Directive.class::isInstance)
                .map(Directive.class::cast)
                .toList();
    }

    /// The modifiers in the order written.
    public List<Modifier> modifiers() {
        return terms.stream().filter(Modifier.class::isInstance).map(Modifier.class::cast).toList();
    }

    /// The `redirect=` target, if any.
    public Optional<DomainSpec> redirect() {
        return terms.stream()
                .filter(Modifier.Redirect.class::isInstance)
                .map(t -> ((Modifier.Redirect) t).domain())
                .findFirst();
    }

    /// The `exp=` target, if any.
    public Optional<DomainSpec> explanation() {
        return terms.stream()
                .filter(Modifier.Explanation.class::isInstance)
                .map(t -> ((Modifier.Explanation) t).domain())
                .findFirst();
    }

    /// True when some directive is `all`, which makes `redirect=` ineffective (RFC 7208
    /// section 6.1).
    public boolean hasAll() {
        return directives().stream().anyMatch(d -> d.mechanism() instanceof Mechanism.All);
    }

    /// The DNS-querying terms written in this record (RFC 7208 section 4.6.4): `include`,
    /// `a`, `mx`, `ptr`, `exists`, and `redirect=` unless `all` makes it ineffective. The
    /// records that `include` and `redirect` name add their own terms when evaluated.
    public int dnsTermCount() {
        int count = 0;
        for (var directive : directives()) {
            if (directive.mechanism().queriesDns()) {
                count++;
            }
        }
        if (redirect().isPresent() && !hasAll()) {
            count++;
        }
        return count;
    }

    /// The canonical text: `v=spf1`, then each term after one space (RFC 7208 section 4.6.1).
    public String format() {
        var text = new StringBuilder(VERSION.length() + terms.size() * 24).append(VERSION);
        for (var term : terms) {
            text.append(' ').append(term.format());
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
