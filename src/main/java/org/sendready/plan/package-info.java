/// The setup plan an admin edits, and its JSON project file.
package org.sendready.plan;
