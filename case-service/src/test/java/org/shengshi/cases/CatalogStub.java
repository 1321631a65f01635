package org.shengshi.cases;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stands in for service-catalog, another process, answering the contract {@code GET
 * /api/v1/catalog/items/{code}/versions/{version}} (docs/architecture.md,
 * "Service-to-service contracts"). In e2e-tests the real service-catalog replaces it.
 */
public final class CatalogStub {

	public static final String DEPARTMENT = "440100-GA";

	public static final String REGION = "440100";

	private static CatalogStub shared;

	private final WireMockServer server;

	private CatalogStub() {
		this.server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").http2PlainDisabled(true).dynamicPort());
		this.server.start();
	}

	public static synchronized CatalogStub shared() {
		if (shared == null) {
			shared = new CatalogStub();
		}
		return shared;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * A published item with two required fields, two materials, the given limit and fee.
	 */
	public void publishedItem(String code, int version, int limitDays, long feeFen) {
		item(code, version, "PUBLISHED", DEPARTMENT, limitDays, feeFen);
	}

	public void item(String code, int version, String status, String department, int limitDays, long feeFen) {
		String body = """
				{"itemCode":"%s","version":%d,"name":"居住证申领","status":"%s","departmentCode":"%s",
				 "regionCode":"%s","promisedLimitDays":%d,"instant":false,"feeFen":%d,
				 "materials":[
				  {"code":"ID_CARD","name":"居民身份证","required":true,"forms":["ORIGINAL"],"certificateType":"RESIDENT_ID"},
				  {"code":"LEASE","name":"租赁合同","required":true,"forms":["COPY","ELECTRONIC"],"certificateType":null}],
				 "formFields":[
				  {"name":"address","label":"居住地址","required":true,"maxLength":200},
				  {"name":"reason","label":"申领事由","required":true,"maxLength":0},
				  {"name":"remark","label":"备注","required":false,"maxLength":50}]}
				"""
			.formatted(code, version, status, department, REGION, limitDays, feeFen);
		this.server.stubFor(get(urlPathEqualTo("/api/v1/catalog/items/" + code + "/versions/" + version))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
	}

	/**
	 * A published free item whose form fields may be prefilled (name and ID number from
	 * the profile, the address from a residence permit), whose ID card may be given as a
	 * resident e-ID and which produces a residence permit.
	 */
	public void prefilledItem(String code, int version) {
		String body = """
				{"itemCode":"%s","version":%d,"name":"居住证签注","status":"PUBLISHED","departmentCode":"%s",
				 "regionCode":"%s","promisedLimitDays":5,"instant":false,"feeFen":0,
				 "producesCertificateType":"RESIDENCE_PERMIT",
				 "materials":[
				  {"code":"ID_CARD","name":"居民身份证","required":true,"forms":["ORIGINAL","ELECTRONIC"],"certificateType":"RESIDENT_ID"},
				  {"code":"LEASE","name":"租赁合同","required":false,"forms":["COPY"],"certificateType":null}],
				 "formFields":[
				  {"name":"name","label":"姓名","required":true,"maxLength":50,"prefill":"profile:name"},
				  {"name":"idNumber","label":"公民身份号码","required":true,"maxLength":18,"prefill":"profile:idNumber"},
				  {"name":"residenceAddress","label":"居住地住址","required":false,"maxLength":200,
				   "prefill":"certificate:RESIDENCE_PERMIT.residenceAddress"},
				  {"name":"reason","label":"申领事由","required":true,"maxLength":0,"prefill":null}]}
				"""
			.formatted(code, version, DEPARTMENT, REGION);
		this.server.stubFor(get(urlPathEqualTo("/api/v1/catalog/items/" + code + "/versions/" + version))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
	}

	/**
	 * A published free instant item (即办) needing loa 3 and no materials, like 养老金领取资格认证;
	 * its two form fields are optional.
	 */
	public void instantItem(String code, int version) {
		String body = """
				{"itemCode":"%s","version":%d,"name":"养老金领取资格认证","status":"PUBLISHED","departmentCode":"%s",
				 "regionCode":"%s","promisedLimitDays":1,"instant":true,"feeFen":0,"requiredAssurance":3,
				 "materials":[],
				 "formFields":[
				  {"name":"address","label":"居住地址","required":false,"maxLength":200},
				  {"name":"reason","label":"事由","required":false,"maxLength":50}]}
				""".formatted(code, version, DEPARTMENT, REGION);
		this.server.stubFor(get(urlPathEqualTo("/api/v1/catalog/items/" + code + "/versions/" + version))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
	}

	public void unknownItem(String code, int version) {
		this.server.stubFor(get(urlPathEqualTo("/api/v1/catalog/items/" + code + "/versions/" + version))
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"code\":\"ITEM_NOT_FOUND\",\"status\":404}")));
	}

	public void failingItem(String code, int version) {
		this.server.stubFor(get(urlPathEqualTo("/api/v1/catalog/items/" + code + "/versions/" + version))
			.willReturn(aResponse().withStatus(503)));
	}

}
