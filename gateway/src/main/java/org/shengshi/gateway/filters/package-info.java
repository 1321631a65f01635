/**
 * The gateway's edge filters run as one WebFlux filter ({@link EdgeFilterChain}).
 */
package org.shengshi.gateway.filters;
