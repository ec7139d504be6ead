package org.sendready.mta;

import java.util.List;
import java.util.Objects;
import org.sendready.dmarc.MailAddress;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// Where the bounce (Return-Path) domain's mail goes: every address of it, whatever its
/// per-message token, into one mailbox that the bounce processor reads; `postmaster@` the
/// bounce domain to the domain's own postmaster, since it must reach a person (RFC 5321
/// section 4.5.1).
///
/// @param bounceDomain the Return-Path domain, e.g. `e.example.com`, whose MX is this host
/// @param mailbox where bounces are delivered, e.g. `bounces@example.com`; not in the bounce
///     domain, or it would loop back into the catch-all
/// @param postmaster where `postmaster@` the bounce domain goes
public record BounceRouting(DomainName bounceDomain, MailAddress mailbox, MailAddress postmaster) {

    public BounceRouting {
        Objects.requireNonNull(bounceDomain);
        Objects.requireNonNull(mailbox);
        Objects.requireNonNull(postmaster);
        for (var address : List.of(mailbox, postmaster)) {
            if (address.domain().equals(bounceDomain)) {
                throw new InvalidInput(
                        "bounce mailbox",
                        address
                                + " is in the bounce domain itself, so the catch-all would loop;"
                                + " use a mailbox of another domain, e.g. bounces@"
                                + parentOrSelf(bounceDomain));
            }
        }
    }

    /// Bounces to `bounces@domain`, postmaster to `postmaster@domain`.
    public static BounceRouting of(DomainName bounceDomain, DomainName domain) {
        return new BounceRouting(
                bounceDomain,
                new MailAddress("bounces", domain),
                new MailAddress("postmaster", domain));
    }

    /// The snippets: the `main.cf` lines, then the regexp table.
    public List<MtaSnippet> snippets() {
        return List.of(
                new MtaSnippet(
                        PostfixBounceDomainWriter.MAIN_CF, PostfixBounceDomainWriter.mainCf(this)),
                new MtaSnippet(
                        PostfixBounceDomainWriter.TABLE, PostfixBounceDomainWriter.table(this)));
    }

    private static String parentOrSelf(DomainName name) {
        var ascii = name.ascii();
        int dot = ascii.indexOf('.');
        return dot > 0 && ascii.indexOf('.', dot + 1) > 0 ? ascii.substring(dot + 1) : ascii;
    }
}
