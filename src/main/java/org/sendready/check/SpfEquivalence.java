package org.sendready.check;

import java.util.List;
import org.sendready.spf.Directive;
import org.sendready.spf.Mechanism;
import org.sendready.spf.Qualifier;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.Term;

/// Whether a live SPF record says the same as the planned one.
///
/// Records are compared parsed, in canonical form, so spacing and letter case never matter.
/// Term order matters in general, since the first matching directive decides (RFC 7208
/// section 4.6.2); it does not when every directive but a final `all` passes, the shape of
/// every record sendready plans (`v=spf1 ip4:... ip6:... -all`), so there order is ignored.
final class SpfEquivalence {

    private SpfEquivalence() {}

    static boolean equivalent(SpfRecord live, SpfRecord planned) {
        if (live.format().equals(planned.format())) {
            return true;
        }
        return orderFree(live) && orderFree(planned) && sorted(live).equals(sorted(planned));
    }

    /// Every directive passes, except possibly an `all` at the very end.
    private static boolean orderFree(SpfRecord record) {
        var directives = record.directives();
        for (int i = 0; i < directives.size(); i++) {
            Directive directive = directives.get(i);
            var last = i == directives.size() - 1;
            if (directive.mechanism() instanceof Mechanism.All && !last) {
                return false;
            }
            if (directive.qualifier() != Qualifier.PASS
                    && !(last && directive.mechanism() instanceof Mechanism.All)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sorted(SpfRecord record) {
        return record.terms().stream().map(Term::format).sorted().toList();
    }
}
