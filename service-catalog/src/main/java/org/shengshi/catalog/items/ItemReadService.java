package org.shengshi.catalog.items;

import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published versions from the database: any version by number (cases keep the
 * version they were filed under) and the current one.
 */
@Service
@Transactional(readOnly = true)
public class ItemReadService {

	private final ItemStore store;

	private final CertificateTypeDirectory certificateTypes;

	ItemReadService(ItemStore store, CertificateTypeDirectory certificateTypes) {
		this.store = store;
		this.certificateTypes = certificateTypes;
	}

	/** Version {@code version} of the item, whatever its status. */
	public ItemVersionView version(String itemCode, int version) {
		ItemRecord item = this.store.findItem(itemCode).orElseThrow(ItemReadService::versionNotFound);
		VersionRecord stored = this.store.findVersion(item.id(), version).orElseThrow(ItemReadService::versionNotFound);
		return view(stored);
	}

	/** The current version of a published item; others are not shown to the public. */
	public ItemVersionView current(String itemCode) {
		ItemRecord item = this.store.findItem(itemCode)
			.filter((row) -> "PUBLISHED".equals(row.status()) && row.currentVersion() != null)
			.orElseThrow(ItemReadService::itemNotFound);
		return this.store.findVersion(item.id(), item.currentVersion())
			.map(this::view)
			.orElseThrow(ItemReadService::itemNotFound);
	}

	private ItemVersionView view(VersionRecord stored) {
		return ItemVersionView.of(ItemContentCodec.readItem(stored.content()), stored.version(), stored.status(),
				stored.publishedAt(), this.certificateTypes);
	}

	static ProblemException itemNotFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, "ITEM_NOT_FOUND", "服务事项不存在或未发布",
				"Service item not found or not published");
	}

	static ProblemException versionNotFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, "ITEM_VERSION_NOT_FOUND", "服务事项版本不存在",
				"No such version of the service item");
	}

}
