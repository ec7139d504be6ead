/// The wizard's DMARC step: the policy, alignment and report addresses, the staged rollout,
/// and the records (the policy and any report authorizations).
package org.sendready.ui.dmarc;
