/**
 * Presenting a certificate by QR code: short-lived, unguessable
 * {@link org.shengshi.certificate.presentation.PresentationToken}s bound (server side) to
 * one certificate, a disclosure and an expiry, and
 * {@link org.shengshi.certificate.presentation.QrCodes} that render them as PNG. Single
 * use is enforced where the presentation is stored (an atomic get-and-delete in Redis).
 */
package org.shengshi.certificate.presentation;
