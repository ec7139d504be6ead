/// Blocklists (DNSBLs): whether a sending IP or a domain is listed on the well-known lists,
/// asked as RFC 5782 describes, with each list's return codes explained.
///
/// A typed catalogue of lists ([BlocklistCatalogue]), a lists file to configure others
/// ([BlocklistFile]), the reading of one answer ([ListingReader]) and a scanner that asks
/// every list concurrently, bounded in queries in flight and in time ([BlocklistScanner]).
package org.sendready.dnsbl;
