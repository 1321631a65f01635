/**
 * Certificate status (证照状态) with the codes used by certificate platforms, the events that
 * change it, and the explicit transition table
 * ({@link org.shengshi.certificate.status.CertificateTransitions}). The service layer
 * applies a transition with a conditional update ({@code WHERE status = ?}).
 */
package org.shengshi.certificate.status;
