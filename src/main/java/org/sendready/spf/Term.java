package org.sendready.spf;

/// One space-separated term of a record after `v=spf1` (RFC 7208 section 4.6.1): a
/// [Directive] (qualifier and mechanism) or a [Modifier].
public sealed interface Term permits Directive, Modifier {

    /// The term in canonical text.
    String format();
}
