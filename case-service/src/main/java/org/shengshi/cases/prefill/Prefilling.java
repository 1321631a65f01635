package org.shengshi.cases.prefill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shengshi.cases.catalog.ItemSnapshot;
import org.shengshi.cases.catalog.ItemSnapshot.FormField;
import org.shengshi.cases.problem.CaseRuleException;
import org.shengshi.cases.remote.CertificatesClient;
import org.shengshi.cases.remote.CertificatesClient.WalletEntry;
import org.shengshi.cases.remote.IdentityClient;
import org.shengshi.cases.remote.IdentityClient.VerifiedIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Fills the form fields that have a prefill source and were left empty (少填):
 * {@code profile:<attribute>} from the applicant's verified identity at identity-service
 * (name, idNumber, regionCode), {@code certificate:<type>.<field>} from a valid
 * certificate of that type in the caller's own wallet (their bearer token relayed). A
 * source that fails or has nothing leaves its fields empty; it never blocks filing.
 */
@Service
public class Prefilling {

	private static final Logger log = LoggerFactory.getLogger(Prefilling.class);

	private static final Pattern PROFILE = Pattern.compile("profile:([A-Za-z][A-Za-z0-9]{0,39})");

	private static final Pattern CERTIFICATE = Pattern
		.compile("certificate:([A-Za-z0-9_]{1,64})\\.([A-Za-z][A-Za-z0-9]{0,39})");

	private final IdentityClient identity;

	private final CertificatesClient certificates;

	Prefilling(IdentityClient identity, CertificatesClient certificates) {
		this.identity = identity;
		this.certificates = certificates;
	}

	/**
	 * @param applicantSub whose profile fills {@code profile:} fields
	 * @param walletBearer the caller's bearer token when the caller is the applicant
	 * (their wallet fills {@code certificate:} fields), else {@code null}
	 */
	public Prefill fill(ItemSnapshot item, Map<String, String> given, String applicantSub, String walletBearer) {
		Map<String, String> values = new LinkedHashMap<>(given);
		List<String> prefilled = new ArrayList<>();
		List<String> missed = new ArrayList<>();
		Sources sources = new Sources(applicantSub, walletBearer);
		for (FormField field : item.formFields()) {
			if (field.prefill() == null || !blank(given.get(field.name()))) {
				continue;
			}
			Optional<String> value = sources.valueOf(field.prefill()).filter((v) -> !v.isBlank());
			if (value.isPresent()) {
				values.put(field.name(), value.get());
				prefilled.add(field.name());
			}
			else {
				missed.add(field.name());
			}
		}
		if (!missed.isEmpty()) {
			log.info("Prefill left {} field(s) of item {} empty: {}", missed.size(), item.itemCode(), missed);
		}
		return new Prefill(values, prefilled, missed);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Reads each source at most once per filing. */
	private final class Sources {

		private final String applicantSub;

		private final String walletBearer;

		private Optional<VerifiedIdentity> profile;

		private final Map<String, Optional<Map<String, String>>> certificateFields = new HashMap<>();

		private List<WalletEntry> wallet;

		Sources(String applicantSub, String walletBearer) {
			this.applicantSub = applicantSub;
			this.walletBearer = walletBearer;
		}

		Optional<String> valueOf(String source) {
			Matcher profileSource = PROFILE.matcher(source);
			if (profileSource.matches()) {
				return profile().map(attribute(profileSource.group(1)));
			}
			Matcher certificateSource = CERTIFICATE.matcher(source);
			if (certificateSource.matches() && this.walletBearer != null) {
				return certificate(certificateSource.group(1)).map((fields) -> fields.get(certificateSource.group(2)));
			}
			return Optional.empty();
		}

		private Optional<VerifiedIdentity> profile() {
			if (this.profile == null) {
				this.profile = Prefilling.this.identity.identityForPrefill(this.applicantSub);
			}
			return this.profile;
		}

		private static Function<VerifiedIdentity, String> attribute(String name) {
			return switch (name) {
				case "name" -> VerifiedIdentity::name;
				case "idNumber" -> VerifiedIdentity::idNumber;
				case "regionCode" -> VerifiedIdentity::regionCode;
				case "phone" -> VerifiedIdentity::phone;
				case "gender" -> (identity) -> IdNumberFacts.gender(identity.idNumber());
				case "birthDate" -> (identity) -> IdNumberFacts.birthDate(identity.idNumber());
				default -> (identity) -> null;
			};
		}

		private Optional<Map<String, String>> certificate(String typeCode) {
			return this.certificateFields.computeIfAbsent(typeCode, this::readCertificate);
		}

		private Optional<Map<String, String>> readCertificate(String typeCode) {
			try {
				if (this.wallet == null) {
					this.wallet = Prefilling.this.certificates.wallet(this.walletBearer);
				}
				return this.wallet.stream()
					.filter((entry) -> typeCode.equals(entry.typeCode()) && entry.valid())
					.findFirst()
					.flatMap((entry) -> Prefilling.this.certificates.fields(this.walletBearer, entry.id()));
			}
			catch (CaseRuleException ex) {
				this.wallet = List.of();
				return Optional.empty();
			}
		}

	}

}
