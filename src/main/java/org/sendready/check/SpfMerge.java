package org.sendready.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.sendready.spf.Directive;
import org.sendready.spf.Mechanism;
import org.sendready.spf.Modifier;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.Term;

/// One SPF record to replace several published at one name, which RFC 7208 section 4.5 makes
/// a permerror.
///
/// When the plan's record already holds every term of the published ones (`all` aside), it is
/// the merge. Otherwise the merge is the union of the terms: the plan's first, then those only
/// a published record has, in order, and one `all` at the end (the plan's, else the first
/// published one). Since a record with `all` ignores `redirect=` (RFC 7208 section 6.1), a
/// redirect becomes the `include:` of the same domain.
///
/// @param record the merged record
/// @param planCovers whether `record` is the plan's record unchanged
/// @param added terms taken from the published records
/// @param rewritten `redirect=` terms turned into includes
record SpfMerge(SpfRecord record, boolean planCovers, List<Term> added, List<Term> rewritten) {

    SpfMerge {
        added = List.copyOf(added);
        rewritten = List.copyOf(rewritten);
    }

    static SpfMerge of(SpfRecord plan, List<SpfRecord> published) {
        var planTerms = plan.terms().stream().map(Term::format).toList();
        boolean covers =
                published.stream()
                        .flatMap(r -> r.terms().stream())
                        .filter(t -> !isAll(t))
                        .allMatch(t -> planTerms.contains(t.format()));
        if (covers) {
            return new SpfMerge(plan, true, List.of(), List.of());
        }
        var all =
                firstAll(plan)
                        .or(
                                () ->
                                        published.stream()
                                                .flatMap(r -> firstAll(r).stream())
                                                .findFirst());
        var terms = new LinkedHashMap<String, Term>();
        var added = new ArrayList<Term>();
        var rewritten = new ArrayList<Term>();
        var sources = new ArrayList<SpfRecord>();
        sources.add(plan);
        sources.addAll(published);
        Optional<Term> redirect = Optional.empty();
        for (var source : sources) {
            for (var term : source.terms()) {
                if (isAll(term)) {
                    continue;
                }
                var merged = term;
                if (term instanceof Modifier.Redirect(var domain)) {
                    if (all.isEmpty() && redirect.isEmpty()) {
                        redirect = Optional.of(term);
                        continue;
                    }
                    merged = Directive.pass(new Mechanism.Include(domain));
                    rewritten.add(term);
                }
                if (merged instanceof Modifier.Explanation
                        && terms.values().stream()
                                .anyMatch(Modifier.Explanation.class::isInstance)) {
                    continue;
                }
                if (terms.putIfAbsent(merged.format(), merged) == null && source != plan) {
                    added.add(merged);
                }
            }
        }
        var result = new ArrayList<>(terms.values());
        all.ifPresent(result::add);
        redirect.ifPresent(result::add);
        return new SpfMerge(new SpfRecord(result), false, added, rewritten);
    }

    private static boolean isAll(Term term) {
        return term instanceof Directive directive
                && directive.mechanism() instanceof Mechanism.All;
    }

    private static Optional<Term> firstAll(SpfRecord record) {
        return record.terms().stream().filter(SpfMerge::isAll).findFirst();
    }
}
