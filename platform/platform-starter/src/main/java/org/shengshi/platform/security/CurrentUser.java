package org.shengshi.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.shengshi.platform.problem.ProblemException;
import org.shengshi.platform.problem.StandardProblem;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller, as its access token describes it. Declare it as a controller method
 * parameter, or call {@link #current()} from a service.
 *
 * @param subject the token subject ({@code sub})
 * @param roles the realm roles ({@code realm_access.roles}), without prefix
 * @param department the department code of a staff member ({@code department}), or null
 * @param loa the effective assurance level: the claim {@code loa} (1 phone, 2 real-name,
 * 3 face-verified; 0 when absent), except that 3 holds only while the claim
 * {@code loa_exp} (epoch seconds) is in the future — without it, or once it has passed,
 * the level is 2
 * @param clientId the client the token was issued to ({@code azp})
 */
public record CurrentUser(String subject, Set<String> roles, @Nullable String department, int loa,
		@Nullable String clientId) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	/**
	 * Reads a validated Keycloak access token.
	 */
	public static CurrentUser of(Jwt jwt) {
		return of(jwt, Instant.now());
	}

	/**
	 * Reads a validated Keycloak access token at the given time (for {@code loa_exp}).
	 */
	public static CurrentUser of(Jwt jwt, Instant now) {
		return new CurrentUser(jwt.getSubject(), RealmRoles.of(jwt), blankToNull(jwt.getClaimAsString("department")),
				effectiveLoa(numberOf(jwt.getClaims().get("loa")), longOf(jwt.getClaims().get("loa_exp")), now),
				clientIdOf(jwt));
	}

	/**
	 * Face-verified (3) only while {@code loaExpiresAt} (epoch seconds) is after now;
	 * afterwards, or without an expiry, real-name verified (2).
	 */
	static int effectiveLoa(int loa, long loaExpiresAt, Instant now) {
		if (loa < 3) {
			return loa;
		}
		return (loaExpiresAt > now.getEpochSecond()) ? loa : 2;
	}

	/**
	 * The caller of the current request, if authenticated with a token.
	 */
	public static Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return Optional.of(of(token.getToken()));
		}
		return Optional.empty();
	}

	/**
	 * The caller of the current request; {@code 401 UNAUTHENTICATED} when there is none.
	 */
	public static CurrentUser current() {
		return find().orElseThrow(StandardProblem.UNAUTHENTICATED::exception);
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(Collection<String> candidates) {
		return candidates.stream().anyMatch(this.roles::contains);
	}

	/**
	 * {@code 403 ACCESS_DENIED} unless the caller has the role.
	 */
	public CurrentUser requireRole(String role) {
		if (!hasRole(role)) {
			throw StandardProblem.ACCESS_DENIED.exception();
		}
		return this;
	}

	/**
	 * The caller's department; {@code 403 DEPARTMENT_REQUIRED} for a caller without one
	 * (residents, systems).
	 */
	public String requireDepartment() {
		if (this.department == null) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "DEPARTMENT_REQUIRED", "需要部门身份", "Department required")
				.detail("此操作仅限所属部门的工作人员。", "Only staff of a department may perform this operation.");
		}
		return this.department;
	}

	/**
	 * {@code 403 ASSURANCE_LEVEL_TOO_LOW} unless the caller's assurance level is at least
	 * {@code minimum}; the problem says which level is needed so the app can step up.
	 */
	public CurrentUser requireLoa(int minimum) {
		if (this.loa < minimum) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "ASSURANCE_LEVEL_TOO_LOW", "身份认证等级不足",
					"Assurance level too low")
				.detail("此操作需要认证等级 " + minimum + "，请完成更高等级的身份核验。",
						"This operation needs assurance level " + minimum + "; please verify your identity further.")
				.with("requiredLoa", minimum)
				.with("currentLoa", this.loa);
		}
		return this;
	}

	private static int numberOf(@Nullable Object claim) {
		return (int) Math.min(Integer.MAX_VALUE, longOf(claim));
	}

	private static long longOf(@Nullable Object claim) {
		if (claim instanceof Number number) {
			return number.longValue();
		}
		if (claim instanceof String text) {
			try {
				return Long.parseLong(text.trim());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}
		return 0;
	}

	private static @Nullable String clientIdOf(Jwt jwt) {
		String azp = blankToNull(jwt.getClaimAsString("azp"));
		return (azp != null) ? azp : blankToNull(jwt.getClaimAsString("client_id"));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
