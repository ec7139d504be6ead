/// The RFC 6376 tag-list syntax shared by DKIM and DMARC records.
package org.sendready.taglist;
