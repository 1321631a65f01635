package org.shengshi.catalog.items;

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
	ItemVersionView item(@PathVariable String itemCode) {
		return this.items.current(itemCode);
	}

	@GetMapping("/{itemCode}/versions/{version}")
	ItemVersionView version(@PathVariable String itemCode, @PathVariable int version) {
		return this.items.version(itemCode, version);
	}

}
