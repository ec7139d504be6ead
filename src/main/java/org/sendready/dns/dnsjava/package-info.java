/// The live [org.sendready.dns.DnsResolver] over dnsjava: the only code that imports
/// `org.xbill.DNS`. It translates dnsjava's messages and exceptions into sendready's values once,
/// here, so nothing above it sees a dnsjava type.
package org.sendready.dns.dnsjava;
