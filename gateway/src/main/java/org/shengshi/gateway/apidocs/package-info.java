/**
 * The gateway's own OpenAPI document: how to authenticate and what the gateway's own
 * errors look like. Swagger UI lists it next to every service's document.
 */
package org.shengshi.gateway.apidocs;
