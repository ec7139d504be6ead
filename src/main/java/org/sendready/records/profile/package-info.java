/// Export profiles: the record set written for the places admins paste or commit DNS records,
/// DNS-as-code files (DNSControl, octoDNS, Terraform) and provider web panels.
///
/// Every profile carries the rules of its target: how names are written (relative, `@`,
/// blank, fully qualified), how a TXT value longer than one 255-octet character-string is
/// given (one string, or pre-split quoted strings), and how values are escaped. The rules are
/// documented where they are defined, with their source and how certain it is.
package org.sendready.records.profile;
