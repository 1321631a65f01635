package org.shengshi.e2e;

import java.util.List;

import org.shengshi.localstack.DemoAccount;

/**
 * One authenticated wiring endpoint of docs/architecture.md: who gets 200, and who must
 * get 403 (a resident on a staff endpoint).
 *
 * @param path the path through the gateway
 * @param allowed demo users that get 200
 * @param forbidden a demo user with the wrong role, or {@code null} when any
 * authenticated user may call it
 */
record WiringEndpoint(String path, List<DemoAccount> allowed, DemoAccount forbidden) {

	static final List<WiringEndpoint> ALL = List.of(
			new WiringEndpoint("/api/v1/identity/me",
					List.of(DemoAccount.RESIDENT1, DemoAccount.OFFICER1, DemoAccount.ADMIN1), null),
			new WiringEndpoint("/api/v1/identity/staff", List.of(DemoAccount.DEPTADMIN1), DemoAccount.RESIDENT1),
			new WiringEndpoint("/api/v1/catalog/manage/items", List.of(DemoAccount.PUBLISHER1, DemoAccount.REVIEWER1),
					DemoAccount.RESIDENT1),
			new WiringEndpoint("/api/v1/cases", List.of(DemoAccount.RESIDENT1), null),
			new WiringEndpoint("/api/v1/cases/queue", List.of(DemoAccount.OFFICER1, DemoAccount.OFFICER2),
					DemoAccount.RESIDENT1),
			new WiringEndpoint("/api/v1/payments/orders", List.of(DemoAccount.RESIDENT1), null),
			new WiringEndpoint("/api/v1/payments/reconciliation/reports", List.of(DemoAccount.ADMIN1),
					DemoAccount.RESIDENT1),
			new WiringEndpoint("/api/v1/certificates/wallet", List.of(DemoAccount.RESIDENT1), null),
			new WiringEndpoint("/api/v1/certificates/issued", List.of(DemoAccount.OFFICER1, DemoAccount.DEPTADMIN1),
					DemoAccount.RESIDENT1));

	@Override
	public String toString() {
		return "GET " + this.path;
	}

}
