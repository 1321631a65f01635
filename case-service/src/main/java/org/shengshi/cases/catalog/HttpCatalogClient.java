package org.shengshi.cases.catalog;

import java.util.regex.Pattern;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@link CatalogClient} over HTTP: {@code GET
 * /api/v1/catalog/items/{code}/versions/{version}} on service-catalog (a public,
 * anonymous endpoint for published items). The {@link RestClient} comes from Boot's
 * builder, so traceparent and the platform timeouts apply.
 */
class HttpCatalogClient implements CatalogClient {

	private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final RestClient http;

	HttpCatalogClient(RestClient http) {
		this.http = http;
	}

	@Override
	public ItemSnapshot itemVersion(String itemCode, int version) {
		if (itemCode == null || !ITEM_CODE.matcher(itemCode).matches() || version < 1) {
			throw new CaseRuleException(CaseErrorCode.ITEM_VERSION_NOT_FOUND, "no such item version");
		}
		try {
			ItemSnapshot item = this.http.get()
				.uri("/api/v1/catalog/items/{code}/versions/{version}", itemCode, version)
				.retrieve()
				.body(ItemSnapshot.class);
			if (item == null || !itemCode.equals(item.itemCode()) || item.version() != version) {
				throw new CaseRuleException(CaseErrorCode.CATALOG_UNAVAILABLE, "the catalog answered another item");
			}
			return item;
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				throw new CaseRuleException(CaseErrorCode.ITEM_VERSION_NOT_FOUND,
						"item " + itemCode + " has no version " + version);
			}
			throw unavailable(ex);
		}
		catch (RestClientException ex) {
			throw unavailable(ex);
		}
	}

	private static CaseRuleException unavailable(Exception ex) {
		return new CaseRuleException(CaseErrorCode.CATALOG_UNAVAILABLE,
				"service-catalog did not answer: " + ex.getClass().getSimpleName());
	}

}
