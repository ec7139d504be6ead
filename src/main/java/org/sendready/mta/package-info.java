/// Configuration snippets for mail transfer agents and signing filters.
package org.sendready.mta;
