/**
 * Personal data at rest and on display: AES-256-GCM field encryption with key rotation
 * ({@link org.shengshi.platform.pii.PiiCipher}), keyed hashes for equality lookups
 * ({@link org.shengshi.platform.pii.BlindIndex}), masking for responses and logs
 * ({@link org.shengshi.platform.pii.Masking}) and a MyBatis type for encrypted columns
 * ({@link org.shengshi.platform.pii.EncryptedString}).
 */
@NullMarked
package org.shengshi.platform.pii;

import org.jspecify.annotations.NullMarked;
