/// The wizard's optional bounce domain step: a Return-Path domain of its own, its MX and SPF
/// records, and what it means for DMARC alignment.
package org.sendready.ui.bounce;
