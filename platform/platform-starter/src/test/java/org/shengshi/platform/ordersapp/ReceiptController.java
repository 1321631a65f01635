package org.shengshi.platform.ordersapp;

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.shengshi.platform.idempotency.Idempotent;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An idempotent POST that creates a receipt row. Payers named {@code slow-<millis>} make
 * the handler take that long; a payer named {@code flaky-...} fails with a 500 the first
 * time it is seen.
 */
@RestController
@RequestMapping("/api/v1/receipts")
class ReceiptController {

	private final JdbcTemplate jdbc;

	private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

	ReceiptController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@PostMapping
	@Idempotent
	ResponseEntity<Receipt> create(@Valid @RequestBody NewReceipt request) throws InterruptedException {
		if (request.payer().startsWith("slow-")) {
			Thread.sleep(Long.parseLong(request.payer().substring(5)));
		}
		if (request.payer().startsWith("flaky-") && this.failedOnce.add(request.payer())) {
			throw new IllegalStateException("simulated failure");
		}
		String id = UUID.randomUUID().toString();
		this.jdbc.update("INSERT INTO receipt (id, payer, amount_fen) VALUES (?, ?, ?)", id, request.payer(),
				request.amountFen());
		return ResponseEntity.created(URI.create("/api/v1/receipts/" + id))
			.body(new Receipt(id, request.payer(), request.amountFen()));
	}

	@PostMapping("/required-key")
	@Idempotent(required = true)
	ResponseEntity<Receipt> createWithRequiredKey(@Valid @RequestBody NewReceipt request) throws InterruptedException {
		return create(request);
	}

	record NewReceipt(@NotBlank String payer, @Positive long amountFen) {
	}

	record Receipt(String id, String payer, long amountFen) {
	}

}
