/**
 * Apache Commons Logging bound to SLF4J so that a message object is turned into text only
 * when its level is enabled (see {@link LevelCheckingLogFactory}).
 */
package org.shengshi.platform.common.logging;
