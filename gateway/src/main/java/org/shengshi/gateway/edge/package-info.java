/**
 * What every response and request gets at the edge, before security and routing: security
 * headers, the allowed methods, the request body size limit and CORS for the configured
 * app origins. Rejections are problem+json.
 */
package org.shengshi.gateway.edge;
