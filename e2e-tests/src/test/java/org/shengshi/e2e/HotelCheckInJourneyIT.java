package org.shengshi.e2e;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.e2e.Residents.expect;
import static org.shengshi.e2e.Residents.json;

/**
 * Journey 1 of DESIGN.md §7, through the gateway with real Keycloak tokens: sign up →
 * real-name verify → the resident e-ID appears in the wallet → a QR code shown at a hotel
 * desk → the hotel's system verifies it and gets the name and ID number (and a photo
 * reference) only → the resident sees the use in the certificate's use log.
 */
@ExtendWith(LocalStackExtension.class)
class HotelCheckInJourneyIT {

	@Test
	void aNewResidentChecksInAtAHotelWithTheResidentEid(Platform platform) {
		Residents residents = new Residents(platform);
		Residents.Resident resident = residents.signUp();
		assertThat(Jwt.claims(residents.token(resident)).path("loa").asInt()).isEqualTo(1);

		resident = residents.verifyRealName(resident, "林晓红");
		String token = residents.token(resident);
		assertThat(Jwt.claims(token).path("loa").asInt()).as("a new token after real-name verification").isEqualTo(2);

		JsonNode wallet = Eventually.await("the resident e-ID in the wallet", Duration.ofSeconds(60),
				() -> platform.gatewayGet("/api/v1/certificates/wallet", token).json(), (w) -> !w.isEmpty());
		String certificateId = wallet.get(0).path("id").asString();
		assertThat(wallet.toString()).as("the wallet list is masked").doesNotContain(resident.idNumber());
		JsonNode full = expect(platform.gatewayGet("/api/v1/certificates/wallet/" + certificateId, token), 200).json();
		assertThat(full.toString()).contains(resident.idNumber()).contains("林晓红");

		JsonNode shown = expect(platform.gatewayPost("/api/v1/certificates/" + certificateId + "/presentations", token,
				json(Map.of("purpose", "HOTEL_CHECK_IN"))), 200, 201)
			.json();
		String presentation = shown.path("token").asString();
		assertThat(presentation).hasSizeLessThanOrEqualTo(64);
		String qr = shown.path("qrPng").asString();
		assertThat(qr).startsWith("data:image/png;base64,");
		assertThat(Base64.getDecoder().decode(qr.substring(qr.indexOf(',') + 1))).startsWith(0x89, 'P', 'N', 'G');

		String hotel = platform.clientToken("hotel-verifier");
		JsonNode verified = expect(
				platform.gatewayPost("/api/v1/certificates/verifications", hotel, json(Map.of("token", presentation))),
				200)
			.json();
		assertThat(verified.path("authentic").asBoolean()).isTrue();
		assertThat(verified.path("purpose").asString()).isEqualTo("HOTEL_CHECK_IN");
		assertThat(verified.path("fields").propertyNames()).containsOnly("name", "idNumber", "photoRef");
		assertThat(verified.path("fields").path("idNumber").asString()).isEqualTo(resident.idNumber());
		assertThat(verified.path("fields").path("name").asString()).isEqualTo("林晓红");

		HttpResult replay = platform.gatewayPost("/api/v1/certificates/verifications", hotel,
				json(Map.of("token", presentation)));
		assertThat(replay.status()).as("a QR code works once").isBetween(400, 499);
		assertThat(replay.isProblem()).isTrue();

		JsonNode uses = expect(platform.gatewayGet("/api/v1/certificates/" + certificateId + "/uses", token), 200)
			.json();
		assertThat(uses.toString()).contains("hotel-verifier").contains("HOTEL_CHECK_IN");
	}

}
