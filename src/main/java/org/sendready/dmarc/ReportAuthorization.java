package org.sendready.dmarc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// A record the operator of a foreign report destination publishes to accept a domain's
/// reports (RFC 7489 section 7.1): TXT `v=DMARC1` at
/// `<policy-domain>._report._dmarc.<report-domain>`.
///
/// Without it receivers drop the reports. The record lives in the report domain's zone, so
/// usually someone else (the report service) publishes it.
///
/// @param reportDomain the domain of the report address
/// @param owner where the record goes
/// @param value the TXT value
public record ReportAuthorization(DomainName reportDomain, DomainName owner, String value) {

    /// RFC 7489 section 7.1: the record's value starts with the DMARC version tag.
    public static final String VALUE = "v=DMARC1";

    public ReportAuthorization {
        Objects.requireNonNull(reportDomain);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(value);
    }

    /// The authorizations `policy` needs when published for `policyDomain`, one per report
    /// domain, in the order the domains first appear in `rua` and then `ruf`.
    ///
    /// **Simplification.** RFC 7489 section 7.1 exempts destinations in the policy domain's
    /// organizational domain, which takes the Public Suffix List to find. Here a destination is
    /// in-house when either domain is the other or lies below it (`example.com` and
    /// `reports.example.com`). Two sibling subdomains (`a.example.com`, `b.example.com`) are
    /// therefore treated as foreign: that asks for a record that is not needed, which is
    /// harmless, and never misses one that is. Only `mailto:` destinations are considered.
    static List<ReportAuthorization> requiredFor(DmarcPolicy policy, DomainName policyDomain) {
        var domains = new LinkedHashSet<DomainName>();
        Stream.concat(policy.aggregateReports().stream(), policy.failureReports().stream())
                .filter(uri -> uri instanceof ReportUri.Mailto)
                .map(uri -> ((ReportUri.Mailto) uri).address().domain())
                .filter(domain -> !domain.isWithin(policyDomain) && !policyDomain.isWithin(domain))
                .forEach(domains::add);
        var result = new ArrayList<ReportAuthorization>();
        for (var domain : domains) {
            result.add(new ReportAuthorization(domain, owner(policyDomain, domain), VALUE));
        }
        return List.copyOf(result);
    }

    private static DomainName owner(DomainName policyDomain, DomainName reportDomain) {
        var name = policyDomain.ascii() + "._report._dmarc." + reportDomain.ascii();
        if (name.length() > DomainName.MAX_LENGTH) {
            throw new InvalidInput(
                    "dmarc",
                    "the report authorization name for "
                            + reportDomain
                            + " would be "
                            + name.length()
                            + " characters, over the DNS limit of "
                            + DomainName.MAX_LENGTH
                            + "; use a report address in "
                            + policyDomain
                            + " or a shorter domain");
        }
        return new DomainName(name);
    }
}
