/// Validation errors for user input, shared by every layer's parsers.
package org.sendready.input;
