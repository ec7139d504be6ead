/// DKIM (RFC 6376, RFC 8463): key generation, PEM files and key records.
package org.sendready.dkim;
