package org.shengshi.catalog.items;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.shengshi.catalog.cache.JsonResponses;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous reads of published items: the detail of the current version and any version
 * by number.
 */
@RestController
@RequestMapping("/api/v1/catalog/items")
class ItemController {

	private final ItemCache items;

	ItemController(ItemCache items) {
		this.items = items;
	}

	@GetMapping("/{itemCode}")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ItemVersionView.class)))
	ResponseEntity<byte[]> item(@PathVariable String itemCode) {
		return JsonResponses.ok(this.items.current(itemCode));
	}

	@GetMapping("/{itemCode}/versions/{version}")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ItemVersionView.class)))
	ResponseEntity<byte[]> version(@PathVariable String itemCode, @PathVariable int version) {
		return JsonResponses.ok(this.items.version(itemCode, version));
	}

}
