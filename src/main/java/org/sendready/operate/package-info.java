/// From failure to fix: links rejections in mail logs to the setup step that fixes them.
package org.sendready.operate;
