/// DNS names, the resolver port ([org.sendready.dns.DnsResolver]) and the values it answers
/// with. No dnsjava here: the live implementation is in `org.sendready.dns.dnsjava`.
package org.sendready.dns;
