/// The wizard's reverse DNS step: the PTR record of every sending address, who publishes it,
/// and a live check of this step alone.
package org.sendready.ui.ptr;
