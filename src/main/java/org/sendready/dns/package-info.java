/// DNS names and the resolver facade; the only package that talks to dnsjava.
package org.sendready.dns;
