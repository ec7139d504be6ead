/// The Blocklists page: the plan's sending addresses and domain (or any others) looked up on
/// IP and domain blocklists, with each answer explained and a link to the list's removal page.
package org.sendready.ui.blocklists;
