/**
 * The sandbox channel for development and demos: deterministic, in-process, no network.
 * It keeps its trades in memory, pays or fails them on request and hands out callbacks
 * signed with HMAC-SHA256, which it verifies like a real channel. Magic amounts (last
 * three fen digits) trigger failure paths: see
 * {@link org.shengshi.payment.channel.sandbox.SandboxChannel}.
 */
package org.shengshi.payment.channel.sandbox;
