package org.shengshi.certificate.keys;

import java.util.List;
import java.util.Map;

import org.shengshi.certificate.signature.IssuerKey;
import org.shengshi.certificate.signature.PublicJwk;
import org.shengshi.certificate.signature.SignatureAlgorithm;
import org.shengshi.platform.problem.ProblemException;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issuer public keys (anonymous) and key rotation (the department's administrator).
 */
@RestController
@RequestMapping("/api/v1/certificates/keys")
class KeysController {

	private final KeyRings rings;

	KeysController(KeyRings rings) {
		this.rings = rings;
	}

	@GetMapping
	Map<String, List<PublicJwk>> keys() {
		return Map.of("keys", this.rings.published().stream().map(IssuerKey::publicJwk).toList());
	}

	@GetMapping("/{kid}")
	PublishedKey key(@PathVariable String kid) {
		IssuerKey key = this.rings.find(kid)
			.orElseThrow(
					() -> new ProblemException(HttpStatus.NOT_FOUND, "KEY_NOT_FOUND", "密钥不存在", "No key with this id"));
		return new PublishedKey(key.publicJwk(), key.publicKeyPem());
	}

	@PostMapping("/rotations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('dept_admin')")
	PublishedKey rotate(CurrentUser user, @RequestParam(defaultValue = "SM2_SM3") SignatureAlgorithm algorithm) {
		IssuerKey next = this.rings.rotate(user.requireDepartment(), algorithm);
		return new PublishedKey(next.publicJwk(), next.publicKeyPem());
	}

	record PublishedKey(PublicJwk jwk, String pem) {
	}

}
