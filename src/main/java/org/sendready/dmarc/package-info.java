/// DMARC (RFC 7489): policy model, builder and parser.
package org.sendready.dmarc;
