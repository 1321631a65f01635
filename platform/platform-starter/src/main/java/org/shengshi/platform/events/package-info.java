/**
 * Events between services: a transactional outbox ({@link EventPublisher}) relayed to one
 * Redis Stream per source service, and consumer groups with an inbox so that every
 * {@link EventHandler} sees an event's effect once even when Redis delivers it twice.
 */
package org.shengshi.platform.events;
